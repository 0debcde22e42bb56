package dict

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/newsgraph/newsgraph/internal/actors"
)

// Verbs is a verb dictionary as read.
type Verbs struct {
	File    string
	Blocks  []Block
	Synsets map[string]*SynonymSet // by name, without '&'
	// NonCAMEO counts the verb and pattern codes that are no CAMEO code.
	NonCAMEO int
	// Transforms are the '~' lines: how an event over another is coded.
	Transforms []Transform
}

// Block is one "--- NAME [CODE] ---" verb block: synonymous verbs and the
// patterns they share.
type Block struct {
	Name     string
	Code     Code // the code of a verb matched by no pattern
	Line     int
	Verbs    []Verb
	Patterns []Pattern
}

// Verb is one verb line of a block with its forms.
type Verb struct {
	// Forms are the verb's inflected forms as words, upper case:
	// [["BREAK","DOWN"], ["BROKE","DOWN"], ...]. Head[i] is the index of
	// the verb word in Forms[i] (the word marked '+', else the first).
	Forms [][]string
	Head  []int
	Base  string // the verb word of the first form, lower case: matched against lemmas
	Code  *Code  // the verb's own code, nil for the block's
	Line  int
}

// SynonymSet is an "&NAME" set: its members are term sequences.
type SynonymSet struct {
	Name     string
	Members  [][]Term
	NoPlural bool // the name ended with '_': no plurals are made
	Line     int
}

// ReadVerbs reads a verb dictionary. Errors are as the package doc says.
func ReadVerbs(r io.Reader, file string) (*Verbs, error) {
	vr := &verbReader{v: &Verbs{File: file, Synsets: map[string]*SynonymSet{}}, file: file}
	long, err := actors.EachLine(r, file, vr.line)
	vr.v.KeepFolds()
	return vr.v, finishLines(file, vr.errs, long, &vr.xc, err)
}

type verbReader struct {
	v     *Verbs
	file  string
	xc    actors.XMLComments
	errs  actors.LineErrors
	set   *SynonymSet // the set whose '+' members are being read
	block *Block
}

func (vr *verbReader) bad(n int, format string, a ...any) {
	vr.errs = append(vr.errs, &actors.LineError{File: vr.file, Line: n, Msg: fmt.Sprintf(format, a...)})
}

func (vr *verbReader) line(n int, line string) {
	if vr.xc.Skip(n, line) {
		return
	}
	content, comment := actors.SplitComment(line)
	t := strings.TrimSpace(content)
	if t == "" {
		return
	}
	if err := actors.CheckText(t); err != nil {
		vr.bad(n, "%v", err)
		return
	}
	if t[0] != '+' {
		vr.set = nil
	}
	var err error
	switch {
	case strings.HasPrefix(t, "--- ") || strings.HasPrefix(t, "---\t"):
		// A header may carry a comment before its closing "---".
		err = vr.header(n, t)
	case t[0] == '&':
		err = vr.synset(n, t)
	case t[0] == '+' && vr.set != nil:
		err = vr.member(t[1:])
	case t[0] == '~':
		var tr Transform
		if tr, err = parseTransform(t[1:], n); err == nil {
			vr.v.Transforms = append(vr.v.Transforms, tr)
		}
	case vr.block == nil:
		err = errors.New("verb or pattern before any --- block ---")
	case t[0] == '-':
		err = vr.pattern(n, t[1:], comment)
	default:
		err = vr.verb(n, t)
	}
	if err != nil {
		vr.bad(n, "%v", err)
	}
}

func (vr *verbReader) header(n int, t string) error {
	inner := strings.TrimSpace(strings.TrimSuffix(t[3:], "---"))
	name, rest, hasCode := strings.Cut(inner, "[")
	b := Block{Name: strings.TrimSpace(name), Line: n, Code: Code{CAMEO: true}}
	if b.Name == "" {
		return errors.New("verb block without a name")
	}
	if hasCode {
		code, _, ok := strings.Cut(rest, "]")
		if !ok {
			return errors.New("'[' without ']' in the block header")
		}
		c, err := parseCode(code)
		if err != nil {
			return err
		}
		b.Code = c
		vr.count(c)
	}
	vr.v.Blocks = append(vr.v.Blocks, b)
	vr.block = &vr.v.Blocks[len(vr.v.Blocks)-1]
	return nil
}

func (vr *verbReader) count(c Code) {
	if !c.CAMEO {
		vr.v.NonCAMEO++
	}
}

func (vr *verbReader) synset(n int, t string) error {
	name := strings.TrimSpace(t[1:])
	noPlural := strings.HasSuffix(name, "_")
	name = strings.TrimSuffix(name, "_")
	if name == "" || !upperName(strings.ReplaceAll(name, "_", "")) {
		return fmt.Errorf("synonym set name %q is not upper-case letters, digits and '_'", name)
	}
	vr.set = &SynonymSet{Name: name, NoPlural: noPlural, Line: n}
	vr.v.Synsets[name] = vr.set
	return nil
}

// member reads a '+' line of a synonym set. Regular plurals of a
// member's last word are members too, unless the set's or the member's
// name ends with '_'.
func (vr *verbReader) member(t string) error {
	t = strings.TrimSpace(t)
	noPlural := vr.set.NoPlural || strings.HasSuffix(t, "_")
	terms, _, err := parseTerms(t, vr.known, 0, 0)
	if err != nil {
		return fmt.Errorf("synonym %q: %w", t, err)
	}
	if len(terms) == 0 {
		return errors.New("empty synonym")
	}
	if err := vr.defined(terms); err != nil {
		return err
	}
	for _, x := range terms {
		if x.Kind != Word && x.Kind != Synset && x.Kind != Prep && x.Kind != Phrase {
			return fmt.Errorf("synonym %q holds a marker ($ + ^ %% *)", t)
		}
	}
	vr.set.Members = append(vr.set.Members, terms)
	if last := terms[len(terms)-1]; !noPlural && last.Kind == Word {
		pl := append([]Term(nil), terms...)
		pl[len(pl)-1].Text = plural(last.Text)
		vr.set.Members = append(vr.set.Members, pl)
	}
	return nil
}

// known reports whether a synonym set of that name is defined.
func (vr *verbReader) known(name string) bool {
	_, ok := vr.v.Synsets[name]
	return ok
}

// defined refuses terms naming a synonym set not defined above.
func (vr *verbReader) defined(ts []Term) error {
	var err error
	synsets(ts, func(name string) {
		if _, ok := vr.v.Synsets[name]; !ok && err == nil {
			err = fmt.Errorf("synonym set &%s is not defined above (the line is left out)", name)
		}
	})
	return err
}

func (vr *verbReader) pattern(n int, t, comment string) error {
	p, err := parsePattern(t, n, comment, vr.known)
	if err != nil {
		return err
	}
	if err := vr.defined(p.Terms); err != nil {
		return err
	}
	vr.count(p.Code)
	vr.block.Patterns = append(vr.block.Patterns, p)
	return nil
}
