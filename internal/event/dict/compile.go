package dict

import "strings"

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
}

// Compile indexes verb dictionaries. When several define a synonym set of
// one name, the first wins, as for the patterns: earlier dictionaries are
// tried first.
func Compile(vs ...*Verbs) *Compiled {
	c := &Compiled{Verbs: vs, byForm: map[string][]VerbRef{}, byBase: map[string][]VerbRef{}, synsets: map[string]*SynonymSet{}}
	for _, v := range vs {
		for name, s := range v.Synsets {
			if _, dup := c.synsets[name]; !dup {
				c.synsets[name] = s
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
