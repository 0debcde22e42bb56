package dict

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/newsgraph/newsgraph/internal/actors"
)

// Discard is one phrase of a discard list: a sentence holding it is not
// coded (sports results, historical chronologies), nor, for a Story
// discard (written with a leading '+'), is any sentence of its article.
type Discard struct {
	Phrase string // upper case, words joined by single blanks
	Story  bool
	// WholeWord is set when the phrase was written with a final '_': the
	// text must have a blank or punctuation after it; otherwise the phrase
	// is a stem ("BASEBALL" discards "baseballs").
	WholeWord bool
	Line      int
}

// ReadDiscards reads a discard list: one phrase a line, '#' comments.
func ReadDiscards(r io.Reader, file string) ([]Discard, error) {
	var out []Discard
	err := eachContent(r, file, func(n int, t, _ string) error {
		d, err := discardLine(t)
		d.Line = n
		if err == nil {
			out = append(out, d)
		}
		return err
	})
	return out, err
}

func discardLine(t string) (Discard, error) {
	if err := actors.CheckText(t); err != nil {
		return Discard{}, err
	}
	var d Discard
	if rest, ok := strings.CutPrefix(t, "+"); ok {
		d.Story, t = true, rest
	}
	if rest, ok := strings.CutSuffix(t, "_"); ok {
		d.WholeWord, t = true, rest
	}
	if strings.ContainsAny(t, "[]{}") {
		return Discard{}, fmt.Errorf("discard %q holds a bracket", t)
	}
	d.Phrase = strings.Join(strings.Fields(strings.ToUpper(strings.ReplaceAll(t, "_", " "))), " ")
	if d.Phrase == "" {
		return Discard{}, errors.New("empty discard phrase")
	}
	return d, nil
}

// eachContent calls fn with each line's content, trimmed, and comment,
// skipping blank lines and comments; fn's error makes the line a
// LineError.
func eachContent(r io.Reader, file string, fn func(n int, content, comment string) error) error {
	var errs actors.LineErrors
	var xc actors.XMLComments
	long, err := actors.EachLine(r, file, func(n int, line string) {
		if xc.Skip(n, line) {
			return
		}
		content, comment := actors.SplitComment(line)
		t := strings.TrimSpace(content)
		if t == "" {
			return
		}
		if err := fn(n, t, comment); err != nil {
			errs = append(errs, &actors.LineError{File: file, Line: n, Msg: err.Error()})
		}
	})
	return finishLines(file, errs, long, &xc, err)
}

// finishLines gives a reader's error: that of the read, else its
// malformed lines, if any.
func finishLines(file string, errs, long actors.LineErrors, xc *actors.XMLComments, err error) error {
	if err != nil {
		return err
	}
	errs = append(errs, long...)
	if e := xc.Unclosed(file); e != nil {
		errs = append(errs, e)
	}
	if len(errs) > 0 {
		return errs
	}
	return nil
}
