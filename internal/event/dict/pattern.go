package dict

import (
	"errors"
	"fmt"
	"strings"
)

// Kind is what a pattern term stands for.
type Kind uint8

// Term kinds. The markers are TABARI's and PETRARCH's.
const (
	Word     Kind = iota // a word, upper case: the head of a noun phrase, a particle, a preposition
	Phrase               // {A B}: a noun phrase whose head is its last word
	Prep                 // (P X): a preposition, then its object (may be empty)
	Synset               // &NAME: any member of a synonym set
	Source               // $: the actor is the noun phrase here
	Target               // +: the recipient is the noun phrase here
	Skip                 // ^: any one word or phrase
	Compound             // %: a compound actor; accepted and not checked
	VerbSlot             // *: the verb
)

// Term is one element of a pattern or a synonym set's member.
type Term struct {
	Kind Kind
	Text string // Word: the word, upper case; Synset: the set's name without '&'
	Sub  []Term // Phrase: its words, head last; Prep: the preposition, then its object
	// Joined is set when '_' ties the term to the next (in a pattern, the
	// verb slot is a term too): the two must be consecutive words.
	Joined bool

	// A Word's FoldHash (fold, when folded is foldedASCII), kept by
	// Verbs.KeepFolds: matchers ask it of every pattern they pass over.
	fold   uint64
	folded uint8
}

const (
	foldedNot   = iota // not computed yet
	foldedASCII        // fold holds FoldHash(Text)
	foldedOther        // Text is not ASCII
)

// WordFold returns FoldHash of a Word term's text, and false when the
// text is not ASCII (a prefilter on ASCII folding cannot rule it out).
func (t *Term) WordFold() (uint64, bool) {
	switch t.folded {
	case foldedASCII:
		return t.fold, true
	case foldedOther:
		return 0, false
	}
	if !isASCII(t.Text) {
		return 0, false
	}
	return FoldHash(t.Text), true
}

// KeepFolds computes each word's WordFold once, into its term, rather
// than at every ask. ReadVerbs does it; a dictionary decoded otherwise
// (gob keeps no unexported field) calls it once, before anyone reads it:
// it writes to the terms.
func (v *Verbs) KeepFolds() {
	for _, s := range v.Synsets {
		for _, m := range s.Members {
			foldTerms(m)
		}
	}
	for bi := range v.Blocks {
		for pi := range v.Blocks[bi].Patterns {
			foldTerms(v.Blocks[bi].Patterns[pi].Terms)
		}
	}
}

// foldTerms computes WordFold for terms and the terms within them.
func foldTerms(terms []Term) {
	for i := range terms {
		t := &terms[i]
		if t.Kind == Word {
			t.folded = foldedOther
			if isASCII(t.Text) {
				t.fold, t.folded = FoldHash(t.Text), foldedASCII
			}
		}
		foldTerms(t.Sub)
	}
}

// FoldHash hashes s (FNV-1a) as strings.EqualFold compares it with ASCII
// words: ASCII letters in upper case, and the two letters outside ASCII
// that fold to ASCII ones (the Kelvin sign, the long s) as those.
func FoldHash(s string) uint64 {
	h := uint64(14695981039346656037)
	add := func(b byte) { h = (h ^ uint64(b)) * 1099511628211 }
	for i := 0; i < len(s); i++ {
		b := s[i]
		switch {
		case b >= 'a' && b <= 'z':
			add(b - 'a' + 'A')
		case b < 0x80:
			add(b)
		case strings.HasPrefix(s[i:], "\u212a"):
			add('K')
			i += len("\u212a") - 1
		case strings.HasPrefix(s[i:], "\u017f"):
			add('S')
			i += len("\u017f") - 1
		default:
			add(b)
		}
	}
	return h
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// Pattern is one "- words * words [CODE] # comment" line of a verb block.
type Pattern struct {
	Terms   []Term // Terms[Verb] is the verb slot
	Verb    int
	Code    Code
	Line    int
	Comment string
}

// Pre returns the terms before the verb, Post those after it.
func (p *Pattern) Pre() []Term  { return p.Terms[:p.Verb] }
func (p *Pattern) Post() []Term { return p.Terms[p.Verb+1:] }

// maxTerms bounds one pattern or member; the longest published one has 9.
const maxTerms = 64

// parseTerms reads a run of pattern terms; inside is the closing bracket
// of the group being read ('}' or ')'), 0 at the top level. It returns
// the terms and the rest of s after the closing bracket.
// known tells the synonym sets defined so far: a set's name may hold '_',
// which elsewhere joins two terms, so the longest known name is read.
func parseTerms(s string, known func(string) bool, inside byte, depth int) ([]Term, string, error) {
	if depth > 4 {
		return nil, "", errors.New("brackets nested too deep")
	}
	var out []Term
	for {
		if len(out) > maxTerms {
			return nil, "", fmt.Errorf("more than %d terms", maxTerms)
		}
		if s == "" {
			if inside != 0 {
				return nil, "", fmt.Errorf("%q not closed", opening(inside))
			}
			return out, "", nil
		}
		c := s[0]
		switch {
		case c == ' ' || c == '\t':
			s = s[1:]
		case c == '_':
			if n := len(out); n > 0 {
				out[n-1].Joined = true
			}
			s = s[1:]
		case c == inside:
			return out, s[1:], nil
		case c == '}' || c == ')':
			return nil, "", fmt.Errorf("unexpected %q", c)
		case c == '{' || c == '(':
			if inside != 0 && (c == '(' || inside == '}') {
				return nil, "", fmt.Errorf("%q inside %q", c, opening(inside))
			}
			sub, rest, err := parseTerms(s[1:], known, closing(c), depth+1)
			if err != nil {
				return nil, "", err
			}
			k := Phrase
			if c == '(' {
				k = Prep
			}
			if len(sub) == 0 && k == Phrase {
				return nil, "", errors.New("empty {}")
			}
			out, s = append(out, Term{Kind: k, Sub: sub}), rest
		case c == '*' || strings.IndexByte("$+^%", c) >= 0 && (len(s) == 1 || strings.IndexByte(" \t_)}", s[1]) >= 0):
			out, s = append(out, Term{Kind: markerKind(c)}), s[1:]
		case c == '&':
			name, rest := cutSynset(s[1:], known)
			if name == "" || !upperName(strings.ReplaceAll(name, "_", "")) {
				return nil, "", fmt.Errorf("synonym set name %q is not upper-case letters and digits", name)
			}
			out, s = append(out, Term{Kind: Synset, Text: name}), rest
		default:
			w, rest := cutWord(s)
			if w == "" {
				return nil, "", fmt.Errorf("unexpected %q", c)
			}
			out, s = append(out, Term{Kind: Word, Text: strings.ToUpper(w)}), rest
		}
	}
}

func markerKind(c byte) Kind {
	return map[byte]Kind{'$': Source, '+': Target, '^': Skip, '%': Compound, '*': VerbSlot}[c]
}

func opening(c byte) byte {
	if c == '}' {
		return '{'
	}
	return '('
}

func closing(c byte) byte {
	if c == '{' {
		return '}'
	}
	return ')'
}

// cutWord returns the word at the start of s and the rest: a word ends at
// a blank, '_', a bracket or '*'.
func cutWord(s string) (string, string) {
	i := strings.IndexAny(s, " \t_{}()*&")
	if i < 0 {
		return s, ""
	}
	return s[:i], s[i:]
}

// cutSynset returns the synonym set name at the start of s: the longest
// run of name characters and '_' that is a known set, else the run up to
// the first '_'.
func cutSynset(s string, known func(string) bool) (string, string) {
	end := 0
	for end < len(s) && (upperName(s[end:end+1]) || s[end] == '_') {
		end++
	}
	for i := end; i > 0; i-- {
		if (i == end || s[i] == '_') && known != nil && known(s[:i]) {
			return s[:i], s[i:]
		}
	}
	return cutWord(s)
}

func upperName(s string) bool {
	for i := 0; i < len(s); i++ {
		if !(s[i] >= 'A' && s[i] <= 'Z' || s[i] >= '0' && s[i] <= '9' || s[i] == '-') {
			return false
		}
	}
	return true
}

// parsePattern reads the text of a pattern line after its '-', comment
// removed.
func parsePattern(s string, n int, comment string, known func(string) bool) (Pattern, error) {
	words, code, ok, err := cutCode(s)
	if err != nil {
		return Pattern{}, err
	}
	if !ok {
		return Pattern{}, errors.New("pattern without a [code]")
	}
	c, err := parseCode(code)
	if err != nil {
		return Pattern{}, err
	}
	terms, _, err := parseTerms(words, known, 0, 0)
	if err != nil {
		return Pattern{}, err
	}
	verb := -1
	for i, t := range terms {
		if t.Kind == VerbSlot {
			if verb >= 0 {
				return Pattern{}, errors.New("two '*' in a pattern")
			}
			verb = i
		}
	}
	if verb < 0 {
		return Pattern{}, errors.New("pattern without the verb '*'")
	}
	return Pattern{Terms: terms, Verb: verb, Code: c, Line: n, Comment: comment}, nil
}

// synsets lists the synonym sets a run of terms names, nested included.
func synsets(ts []Term, fn func(name string)) {
	for _, t := range ts {
		if t.Kind == Synset {
			fn(t.Text)
		}
		synsets(t.Sub, fn)
	}
}
