package coref

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/gazetteer"
)

// entity is an entity while it is being built.
type entity struct {
	typ      string
	name     string   // canonical: the name with the most words, the first of them
	words    []string // name's words, folded (see nameWords)
	mentions []int    // indices into resolver.mentions
	roles    []role   // titles and nationalities met before its names
	gender   byte     // 'm', 'f', or 0 while unknown
	// established counts the names by which the writer has referred to it
	// (see establishes)
	established int
	members     []int // for a group: the entities it is made of
	// tentative: started by a description (see nominal.go), and kept only
	// when another mention joins it.
	tentative bool
	plural    bool // a description's entity named in the plural ("the parents")
	weakName  bool // named by a description its next one should replace (see nominal)
}

// resolver holds one document while its entities are built. Mentions are
// kept in text order; each added mention is inserted in place.
type resolver struct {
	d        *newsgraph.Doc
	mentions []newsgraph.Mention
	ents     []*entity
	sentOf   []int // per token, its sentence
	lower    []string
	gaz      *gazetteer.Gazetteer
	writer   int                 // the entity of the article's writer, -1 until "I" is met outside a quotation
	we       int                 // the entity of "we" outside quotations, -1 until met
	you      int                 // the entity of "you" outside quotations, -1 until met
	inQuote  []bool              // per token: inside a quotation; made when first asked
	runFirst []int               // per quoted token: the first token of its run of quoted tokens (quoteRun); made when first asked
	runLast  []int               // per quoted token: the last token of that run
	named    []newsgraph.Mention // the mentions before the scan of others added to them, in order of their starts
	inSpeech []bool              // per token: inside a quotation or an interview's question or answer; made when first asked
	headLike []int8              // per paragraph: 1 reads as a headline, 2 not, 0 not read yet (see headlineLike)
}

func newResolver(d *newsgraph.Doc) *resolver {
	r := &resolver{d: d, sentOf: make([]int, len(d.Tokens)), lower: make([]string, len(d.Tokens)), gaz: gazetteer.Default(), writer: -1, we: -1, you: -1}
	for k, s := range d.Sentences {
		for i := s.FirstToken; i < s.EndToken; i++ {
			r.sentOf[i] = k
		}
	}
	for i := range d.Tokens {
		r.lower[i] = strings.ToLower(d.TokenText(i))
	}
	for _, m := range d.Mentions {
		if m.Kind == newsgraph.MentionName && r.nominal(m.Span) {
			m.Entity = newsgraph.NoEntity
			r.mentions = append(r.mentions, m)
		}
	}
	slices.SortStableFunc(r.mentions, func(a, b newsgraph.Mention) int { return a.Start - b.Start })
	return r
}

// nominal: span is not made only of interjections and conjunctions. The
// NER now and then takes a capitalised one at the start of a sentence for
// a name ("Oh", "Yes", "And"); a name is a proper noun phrase, and a word
// the tagger reads as an interjection or a conjunction is none, so such a
// "name" is dropped.
func (r *resolver) nominal(s newsgraph.Span) bool {
	a, b := r.tokens(s)
	for i := a; i < b; i++ {
		if t := r.d.Tokens[i].Tag; t != "UH" && t != "CC" {
			return true
		}
	}
	return a >= b
}

// join adds mention k to entity e.
func (r *resolver) join(k, e int) {
	r.mentions[k].Entity = e
	r.ents[e].mentions = append(r.ents[e].mentions, k)
}

// newEntity starts an entity with mention k.
func (r *resolver) newEntity(k int, typ string) int {
	r.ents = append(r.ents, &entity{typ: typ})
	e := len(r.ents) - 1
	r.join(k, e)
	return e
}

// tokens returns the token range [a, b) of a span.
func (r *resolver) tokens(s newsgraph.Span) (int, int) {
	toks := r.d.Tokens
	a, _ := slices.BinarySearchFunc(toks, s.Start, func(t newsgraph.Token, x int) int { return t.Start - x })
	b := a
	for b < len(toks) && toks[b].End <= s.End {
		b++
	}
	return a, b
}

// finish writes the entities into the Doc, in order of their first
// mentions, with the mentions they gathered.
func (r *resolver) finish() {
	d := r.d
	d.Mentions = r.withoutLoneDescriptions()
	d.Entities = make([]newsgraph.Entity, 0, len(r.ents))
	// Entities were created in text order of their first mention, except
	// groups and descriptions, which are created where they are met: renumber.
	order := make([]int, 0, len(r.ents))
	seen := make([]bool, len(r.ents))
	// d.Mentions, not r.mentions: the lone descriptions were filtered out
	// in place, and r.mentions still runs over the stale tail, whose
	// entities would come out with no mention at all.
	for _, m := range d.Mentions {
		if m.Entity >= 0 && !seen[m.Entity] {
			seen[m.Entity] = true
			order = append(order, m.Entity)
		}
	}
	id := make([]int, len(r.ents))
	for i, e := range order {
		id[e] = i
	}
	for _, e := range order {
		x := r.ents[e]
		ent := newsgraph.Entity{Type: x.typ, Name: x.name}
		said := map[string]bool{}
		for _, ro := range x.roles {
			if t := strings.Join(ro.words, " "); !said[t] {
				said[t] = true
				ent.Roles = append(ent.Roles, ro.span)
			}
		}
		for _, m := range x.members {
			ent.Members = append(ent.Members, id[m])
		}
		d.Entities = append(d.Entities, ent)
	}
	for k := range d.Mentions {
		m := &d.Mentions[k]
		if m.Entity >= 0 {
			m.Entity = id[m.Entity]
			d.Entities[m.Entity].Mentions = append(d.Entities[m.Entity].Mentions, k)
		}
	}
}

// withoutLoneDescriptions returns the mentions less those of tentative
// entities that no other mention joined.
func (r *resolver) withoutLoneDescriptions() []newsgraph.Mention {
	out := r.mentions[:0]
	for _, m := range r.mentions {
		if m.Entity >= 0 && r.ents[m.Entity].tentative && len(r.ents[m.Entity].mentions) < 2 {
			continue
		}
		out = append(out, m)
	}
	return out
}
