package corpus

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
)

// TimeMLTimex is one TIMEX3 of a TimeML document's text: its extent as a
// half-open range of byte offsets into TimeMLDoc.Text, its type and its
// normalised value.
type TimeMLTimex struct {
	Start, End int // byte offsets into TimeMLDoc.Text
	Type       string
	Value      string
}

// TimeMLDoc is one TimeBank .tml file: the document creation time, the
// text of its <TEXT> element with every tag stripped and every entity
// decoded, and the time expressions marked in that text.
type TimeMLDoc struct {
	ID      string
	DCT     string // the value of the CREATION_TIME TIMEX3, "1998-02-13T14:26:00"; empty when absent
	Text    string
	Timexes []TimeMLTimex
}

// ReadTimeML reads a TimeML file.
func ReadTimeML(path string) (*TimeMLDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	d, err := ParseTimeML(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return d, nil
}

// timemlReader walks the XML tokens once, keeping what it needs of the
// element it is in: whether it is inside <TEXT>, <DCT> or <DOCID>, and the
// TIMEX3 whose extent is open.
type timemlReader struct {
	doc     TimeMLDoc
	text    strings.Builder
	inText  bool
	inDCT   bool
	inID    bool
	sawText bool
	open    *TimeMLTimex // the TIMEX3 of the text whose end tag is still to come
}

// ParseTimeML reads a TimeML document. The text is what <TEXT> holds
// between its tags, character data only, so the offsets of its TIMEX3s are
// those a reader of the plain text sees.
func ParseTimeML(r io.Reader) (*TimeMLDoc, error) {
	dec := xml.NewDecoder(r)
	var tr timemlReader
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("timeml: %w", err)
		}
		if err := tr.token(tok); err != nil {
			return nil, fmt.Errorf("timeml: line %d: %w", lineOf(dec), err)
		}
	}
	if !tr.sawText {
		return nil, errors.New("timeml: no <TEXT> element")
	}
	if tr.inText || tr.open != nil {
		return nil, errors.New("timeml: <TEXT> is not closed")
	}
	tr.doc.Text = tr.text.String()
	return &tr.doc, nil
}

func lineOf(dec *xml.Decoder) int {
	line, _ := dec.InputPos()
	return line
}

func (tr *timemlReader) token(tok xml.Token) error {
	switch t := tok.(type) {
	case xml.StartElement:
		return tr.start(t)
	case xml.EndElement:
		return tr.end(t)
	case xml.CharData:
		switch {
		case tr.inText:
			tr.text.Write(t)
		case tr.inID:
			tr.doc.ID += strings.TrimSpace(string(t))
		}
	}
	return nil
}

func (tr *timemlReader) start(t xml.StartElement) error {
	switch t.Name.Local {
	case "TEXT":
		if tr.sawText {
			return errors.New("a second <TEXT> element")
		}
		tr.inText, tr.sawText = true, true
	case "DCT":
		tr.inDCT = true
	case "DOCID":
		tr.inID = true
	case "TIMEX3":
		switch {
		case tr.inText:
			if tr.open != nil {
				return errors.New("a TIMEX3 inside another")
			}
			tr.open = &TimeMLTimex{Start: tr.text.Len(), Type: timemlAttr(t, "type"), Value: timemlAttr(t, "value")}
		case tr.inDCT || timemlAttr(t, "functionInDocument") == "CREATION_TIME":
			if tr.doc.DCT == "" {
				tr.doc.DCT = timemlAttr(t, "value")
			}
		}
	}
	return nil
}

func (tr *timemlReader) end(t xml.EndElement) error {
	switch t.Name.Local {
	case "TEXT":
		if tr.open != nil {
			return errors.New("</TEXT> inside a TIMEX3")
		}
		tr.inText = false
	case "DCT":
		tr.inDCT = false
	case "DOCID":
		tr.inID = false
	case "TIMEX3":
		if tr.open != nil {
			tr.open.End = tr.text.Len()
			tr.doc.Timexes = append(tr.doc.Timexes, *tr.open)
			tr.open = nil
		}
	}
	return nil
}

func timemlAttr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}
