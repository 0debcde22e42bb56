package dict

import (
	"slices"
	"strings"
)

// VerbRef is one verb form a token may be: its block, verb and form.
type VerbRef struct {
	Block *Block
	Verb  *Verb
	Form  int // index into Verb.Forms
}

// Words returns the words of the form, upper case, and the index of the
// verb word among them.
func (r VerbRef) Words() ([]string, int) { return r.Verb.Forms[r.Form], r.Verb.Head[r.Form] }

// Code is the code of the verb when no pattern matches: its own, else its
// block's.
func (r VerbRef) Code() Code {
	if r.Verb.Code != nil {
		return *r.Verb.Code
	}
	return r.Block.Code
}

// Compiled is a verb dictionary indexed for matching: each form by its
// verb word, and each verb by its base, which a token's lemma is matched
// against. It is read-only once built.
type Compiled struct {
	Verbs   []*Verbs
	byForm  map[string][]VerbRef // lower-case verb word of a form
	byBase  map[string][]VerbRef // lower-case base of a verb, Form 0
	synsets map[string]*SynonymSet
	// transforms are the verbs' '~' lines, with their verbs' codes.
	transforms []CompiledTransform
	members    map[string]*memberIndex // by set name
}

// memberIndex lists a synonym set's members by their first word, lower
// case, so that a matcher at a token tries only the members that can
// begin there: &WEAPON has hundreds, of which a token starts one or two.
// Members that begin with anything but a word are tried at every token.
type memberIndex struct {
	byWord map[string][]int
	other  []int
}

func indexMembers(s *SynonymSet) *memberIndex {
	x := &memberIndex{byWord: map[string][]int{}}
	defer x.capLists()
	for i, m := range s.Members {
		if len(m) > 0 && m[0].Kind == Word {
			w := strings.ToLower(m[0].Text)
			x.byWord[w] = append(x.byWord[w], i)
		} else {
			x.other = append(x.other, i)
		}
	}
	return x
}

// capLists caps each list at its length, so that MembersAt can hand one
// out and an append to it cannot reach the next.
func (x *memberIndex) capLists() {
	x.other = slices.Clip(x.other)
	for w, l := range x.byWord {
		x.byWord[w] = slices.Clip(l)
	}
}

// MembersAt returns, in the set's order, the indices of the members of
// set name that may begin at a token with this text and lemma: those whose
// first word is either (as the matcher compares words, ignoring case), and
// those that begin with no word. The list may be the index's own: read it,
// do not write to it.
func (c *Compiled) MembersAt(name, text, lemma string) []int {
	x, ok := c.members[name]
	if !ok {
		return nil
	}
	t, l := strings.ToLower(text), strings.ToLower(lemma)
	byText, byLemma := x.byWord[t], x.byWord[l]
	if l == t {
		byLemma = nil
	}
	// Each list is in the set's order already: when only one has
	// members, it is the answer, with no copy (the matcher asks at
	// every token, and most tokens begin a member of no list or one).
	switch {
	case len(byText) == 0 && len(byLemma) == 0:
		return x.other
	case len(x.other) == 0 && len(byLemma) == 0:
		return byText
	case len(x.other) == 0 && len(byText) == 0:
		return byLemma
	}
	out := append(append(slices.Clone(x.other), byText...), byLemma...)
	slices.Sort(out)
	return slices.Clip(slices.Compact(out))
}

// Compile indexes verb dictionaries. When several define a synonym set of
// one name, the first wins, as for the patterns: earlier dictionaries are
// tried first.
func Compile(vs ...*Verbs) *Compiled {
	c := &Compiled{Verbs: vs, byForm: map[string][]VerbRef{}, byBase: map[string][]VerbRef{}, synsets: map[string]*SynonymSet{},
		members: map[string]*memberIndex{}}
	for _, v := range vs {
		for name, s := range v.Synsets {
			if _, dup := c.synsets[name]; !dup {
				c.synsets[name] = s
				c.members[name] = indexMembers(s)
			}
		}
		for bi := range v.Blocks {
			b := &v.Blocks[bi]
			for vi := range b.Verbs {
				verb := &b.Verbs[vi]
				c.byBase[verb.Base] = append(c.byBase[verb.Base], VerbRef{b, verb, 0})
				for fi, f := range verb.Forms {
					key := strings.ToLower(f[verb.Head[fi]])
					c.byForm[key] = append(c.byForm[key], VerbRef{b, verb, fi})
				}
			}
		}
	}
	c.compileTransforms()
	return c
}

// Candidates returns the verb forms whose verb word is form (any case),
// then those whose base is lemma, in dictionary order.
func (c *Compiled) Candidates(form, lemma string) []VerbRef {
	out := c.byForm[strings.ToLower(form)]
	if l := strings.ToLower(lemma); l != "" && l != strings.ToLower(form) {
		out = append(out[:len(out):len(out)], c.byBase[l]...)
	}
	return out
}

// Synset returns the synonym set of a name.
func (c *Compiled) Synset(name string) (*SynonymSet, bool) {
	s, ok := c.synsets[name]
	return s, ok
}

// CompiledTransform is a transformation with its verbs' own codes: a
// governing verb is matched by its code, so "stated" is SAY wherever the
// dictionary codes it as SAY.
type CompiledTransform struct {
	Transform
	UpperCode, LowerCode string // LowerCode is AnyCode for any
}

// Transforms returns the dictionaries' transformations whose verb words
// the dictionaries know, in order; the others can never apply.
func (c *Compiled) Transforms() []CompiledTransform {
	return c.transforms
}

// ownCode is the code of the first verb whose form or base is word.
func (c *Compiled) ownCode(word string) (string, bool) {
	cands := c.Candidates(word, word)
	if len(cands) == 0 {
		return "", false
	}
	return cands[0].Code().Forward, true
}

func (c *Compiled) compileTransforms() {
	for _, v := range c.Verbs {
		for _, t := range v.Transforms {
			up, ok := c.ownCode(t.Upper)
			low := AnyCode
			if t.Lower != AnyCode {
				var okLow bool
				low, okLow = c.ownCode(t.Lower)
				ok = ok && okLow
			}
			if ok && up != "" && low != "" {
				c.transforms = append(c.transforms, CompiledTransform{t, up, low})
			}
		}
	}
}
