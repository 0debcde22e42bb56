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
	"unicode/utf8"
)

// Word is one syntactic word of a CoNLL-U sentence.
type Word struct {
	Form, Lemma, UPOS, XPOS, Feats string
	Head                           int // 1-based; 0 for the root
	Deprel                         string
	SpaceAfter                     bool
	Misc                           string // the MISC column as written ("_" for none): CorefUD keeps coreference there
	Line                           int    // the line it was read from, for errors found after parsing
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
	ID     string
	Text   string
	NewDoc bool
	DocID  string // "# newdoc id = …"
	NewPar bool
	// GlobalEntity is CorefUD's "# global.Entity = …" declaration: the
	// fields of an Entity= bracket in the document this sentence starts.
	GlobalEntity string
	Words        []Word
	MultiTokens  []MultiToken
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
// A sentence whose word ids are out of order, whose heads point outside it
// or form a cycle, or whose ranges cover words it does not have is an
// error: the trainers index words by these numbers.
func ParseCoNLLU(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20) // grows as lines need, up to 1 MiB
	var out []Sentence
	var cur Sentence
	line := 0
	end := func() error {
		if len(cur.Words) > 0 {
			if err := checkSentence(&cur); err != nil {
				return fmt.Errorf("sentence ending at line %d: %w", line, err)
			}
			out = append(out, cur)
		}
		cur = Sentence{}
		return nil
	}
	for sc.Scan() {
		line++
		l := sc.Text()
		switch {
		case !utf8.ValidString(l):
			// CoNLL-U is UTF-8; other bytes would reach the writer, which
			// turns them into U+FFFD, and the models as words no text has.
			return nil, fmt.Errorf("line %d: not UTF-8", line)
		case l == "":
			if err := end(); err != nil {
				return nil, err
			}
		case strings.HasPrefix(l, "#"):
			comment(&cur, l)
		default:
			if err := row(&cur, l); err != nil {
				return nil, fmt.Errorf("line %d: %w", line, err)
			}
			if n := len(cur.Words); n > 0 && cur.Words[n-1].Line == 0 {
				cur.Words[n-1].Line = line
			}
		}
	}
	if err := end(); err != nil {
		return nil, err
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
		if key == "newdoc id" {
			s.DocID = val
		}
	case key == "global.Entity":
		s.GlobalEntity = val
	case strings.HasPrefix(key, "newpar"):
		s.NewPar = true
	}
}

func row(s *Sentence, l string) error {
	f := strings.Split(l, "\t")
	if len(f) != 10 {
		return fmt.Errorf("want 10 tab-separated fields, got %d", len(f))
	}
	for i, v := range f {
		if v == "" {
			return fmt.Errorf("field %d is empty (CoNLL-U writes _ for none)", i+1)
		}
	}
	space := !strings.Contains(f[9], "SpaceAfter=No")
	next := len(s.Words) + 1
	if a, b, ok := strings.Cut(f[0], "-"); ok {
		first, err1 := strconv.Atoi(a)
		last, err2 := strconv.Atoi(b)
		// A range comes just before its first word and spans at least two.
		if err1 != nil || err2 != nil || first != next || last <= first {
			return fmt.Errorf("bad range id %q before word %d", f[0], next)
		}
		s.MultiTokens = append(s.MultiTokens, MultiToken{first, last, f[1], space})
		return nil
	}
	if strings.Contains(f[0], ".") {
		return nil
	}
	if id, err := strconv.Atoi(f[0]); err != nil || id != next {
		return fmt.Errorf("word id %q, want %d", f[0], next)
	}
	head, err := strconv.Atoi(f[6])
	if (err != nil && f[6] != "_") || head < 0 {
		return fmt.Errorf("bad head %q", f[6])
	}
	s.Words = append(s.Words, Word{Form: f[1], Lemma: f[2], UPOS: f[3], XPOS: f[4], Feats: f[5],
		Head: head, Deprel: f[7], SpaceAfter: space, Misc: f[9]})
	return nil
}

// checkSentence checks what can only be checked once every word is read:
// heads and ranges inside the sentence, and heads forming a tree.
func checkSentence(s *Sentence) error {
	n := len(s.Words)
	for _, m := range s.MultiTokens {
		if m.Last > n {
			return fmt.Errorf("range %d-%d past the last word %d", m.First, m.Last, n)
		}
	}
	for i, w := range s.Words {
		if w.Head > n {
			return fmt.Errorf("word %d: head %d past the last word %d", i+1, w.Head, n)
		}
	}
	return checkAcyclic(n, func(i int) int { return s.Words[i].Head - 1 })
}

// checkAcyclic reports an error when following heads from some word never
// reaches a root. head(i) is the 0-based head of word i, -1 for a root, and
// is known to be in range.
func checkAcyclic(n int, head func(int) int) error {
	// state: 0 unvisited, 1 on the current path, 2 known to reach a root.
	state := make([]byte, n)
	var path []int
	for i := range n {
		path = path[:0]
		j := i
		for j >= 0 && state[j] == 0 {
			state[j] = 1
			path = append(path, j)
			j = head(j)
		}
		if j >= 0 && state[j] == 1 {
			return fmt.Errorf("word %d: heads form a cycle", j+1)
		}
		for _, k := range path {
			state[k] = 2
		}
	}
	return nil
}
