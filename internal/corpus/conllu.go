// Package corpus reads the annotated corpora newsgraph trains and evaluates
// on: CoNLL-U treebanks (UD English EWT, GUM) and, later, CoNLL-2003 and
// PolNeAR. Readers stream; none of the data is shipped.
package corpus

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
)

// Word is one syntactic word of a CoNLL-U sentence.
type Word struct {
	Form, Lemma, UPOS, XPOS, Feats string
	Head                           int // 1-based; 0 for the root
	Deprel                         string
	SpaceAfter                     bool
}

// MultiToken is a CoNLL-U range line (e.g. "1-2 don't"): a surface token
// made of several words.
type MultiToken struct {
	First, Last int // 1-based word indices, inclusive
	Form        string
	SpaceAfter  bool
}

// Sentence is one CoNLL-U sentence with its comments' key facts.
type Sentence struct {
	ID          string
	Text        string
	NewDoc      bool
	NewPar      bool
	Words       []Word
	MultiTokens []MultiToken
}

// OpenFile opens a possibly gzip-compressed file.
func OpenFile(path string) (io.ReadCloser, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	if !strings.HasSuffix(path, ".gz") {
		return f, nil
	}
	z, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, err
	}
	return struct {
		io.Reader
		io.Closer
	}{z, f}, nil
}

// ReadCoNLLU reads every sentence of a CoNLL-U file.
func ReadCoNLLU(path string) ([]Sentence, error) {
	rc, err := OpenFile(path)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return ParseCoNLLU(rc)
}

// ParseCoNLLU reads CoNLL-U from r. Empty nodes (decimal ids) are skipped.
func ParseCoNLLU(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var out []Sentence
	var cur Sentence
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		switch {
		case l == "":
			if len(cur.Words) > 0 {
				out = append(out, cur)
			}
			cur = Sentence{}
		case strings.HasPrefix(l, "#"):
			comment(&cur, l)
		default:
			if err := row(&cur, l); err != nil {
				return nil, fmt.Errorf("line %d: %w", line, err)
			}
		}
	}
	if len(cur.Words) > 0 {
		out = append(out, cur)
	}
	return out, sc.Err()
}

func comment(s *Sentence, l string) {
	key, val, _ := strings.Cut(strings.TrimSpace(strings.TrimPrefix(l, "#")), "=")
	key, val = strings.TrimSpace(key), strings.TrimSpace(val)
	switch {
	case key == "text":
		s.Text = val
	case key == "sent_id":
		s.ID = val
	case strings.HasPrefix(key, "newdoc"):
		s.NewDoc = true
	case strings.HasPrefix(key, "newpar"):
		s.NewPar = true
	}
}

func row(s *Sentence, l string) error {
	f := strings.Split(l, "\t")
	if len(f) != 10 {
		return fmt.Errorf("want 10 tab-separated fields, got %d", len(f))
	}
	space := !strings.Contains(f[9], "SpaceAfter=No")
	if a, b, ok := strings.Cut(f[0], "-"); ok {
		first, err1 := strconv.Atoi(a)
		last, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("bad range id %q", f[0])
		}
		s.MultiTokens = append(s.MultiTokens, MultiToken{first, last, f[1], space})
		return nil
	}
	if strings.Contains(f[0], ".") {
		return nil
	}
	head, err := strconv.Atoi(f[6])
	if err != nil && f[6] != "_" {
		return fmt.Errorf("bad head %q", f[6])
	}
	s.Words = append(s.Words, Word{Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: f[5],
		Head: head, Deprel: f[7], SpaceAfter: space})
	return nil
}
