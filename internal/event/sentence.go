package event

import (
	"slices"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/event/dict"
)

// maxCandidates bounds the verb forms tried at one token.
const maxCandidates = 16

// coding is the best reading of one verb token.
type coding struct {
	ref         dict.VerbRef
	first, last int
	m           match
	code        dict.Code
	formLen     int
	matched     bool // a pattern fitted
	pattern     int  // its line
}

// sentence codes sentence k: every verb's best reading, complements
// folded into the verbs that govern them, then the events.
func (c *Coder) sentence(d *newsgraph.Doc, k int, s newsgraph.Sentence) ([]newsgraph.Event, []Drop) {
	t := newTree(d, s)
	var rs []*reading
	for v := t.lo; v < t.hi; v++ {
		if !t.verb(v) {
			continue
		}
		if best, ok := c.best(t, v); ok {
			rs = append(rs, c.read(t, v, best))
		}
	}
	c.combineAll(t, rs)
	var drops []Drop
	out := map[*reading][]newsgraph.Event{}
	for _, r := range rs {
		c.trace(k, r)
		if r.unrealised {
			drops = append(drops, Drop{Sentence: k, Verb: r.verb, Code: r.code.String(), Reason: "unrealised"})
		}
		if r.consumed {
			continue
		}
		ev, reason := c.emit(k, r)
		if reason != "" {
			drops = append(drops, Drop{Sentence: k, Verb: r.verb, Code: r.code.String(), Reason: reason})
		}
		out[r] = ev
	}
	dropGoverned(t, rs, out)
	var events []newsgraph.Event
	for _, r := range rs {
		if _, kept := out[r]; !kept && !r.consumed {
			drops = append(drops, Drop{Sentence: k, Verb: r.verb, Code: r.code.String(), Reason: "adjunct"})
		}
		for _, e := range out[r] {
			if !duplicate(events, e) {
				events = append(events, e)
			}
		}
	}
	return events, drops
}

// best finds the verb form at v and its best pattern: a longer form
// first, then a pattern with more words, then dictionary order.
func (c *Coder) best(t *tree, v int) (coding, bool) {
	tk := t.tok(v)
	cands := c.Verbs.Candidates(t.d.TokenText(v), tk.Lemma)
	var best coding
	found := false
	// The clause and passive phrases are the verb's, whichever form fits:
	// walked once, for the first form found at v.
	var m *matcher
	// A verb's forms often share a block ("said" as SAID and as SAY):
	// its patterns, fitted to the same words, fit the same way again.
	var fits [maxCandidates]blockFit
	nfits := 0
	for i, ref := range cands {
		if i == maxCandidates {
			break
		}
		first, last, ok := formAt(t, v, ref)
		if !ok {
			continue
		}
		cd := coding{ref: ref, first: first, last: last, code: ref.Code(), m: match{source: -1, target: -1}}
		cd.formLen = len(ref.Verb.Forms[ref.Form])
		if m == nil {
			m = &matcher{t: t, c: c.Verbs, dom: clause(t, v), passive: passiveSubject(t, v), agent: passiveAgent(t, v)}
		}
		m.first, m.last = first, last
		k := slices.IndexFunc(fits[:nfits], func(f blockFit) bool { return f.block == ref.Block && f.first == first && f.last == last })
		if k < 0 {
			k, nfits = nfits, nfits+1
			fits[k] = bestPattern(m, ref.Block, v)
		}
		if f := fits[k]; f.matched {
			cd.m, cd.code, cd.matched, cd.pattern = f.m, f.code, true, f.pattern
		}
		if !found || better(cd, best) {
			best, found = cd, true
		}
	}
	return best, found
}

// blockFit is the best pattern of a block for the verb's words from
// token first to last, when one fits (matched).
type blockFit struct {
	block       *dict.Block
	first, last int
	matched     bool
	m           match
	code        dict.Code
	pattern     int // its line
}

// bestPattern fits each pattern of block that may fit the sentence and
// keeps the best (fitsBetter).
func bestPattern(m *matcher, block *dict.Block, v int) blockFit {
	out := blockFit{block: block, first: m.first, last: m.last}
	for pi := range block.Patterns {
		p := &block.Patterns[pi]
		if !mayFit(m.t, p.Terms) {
			continue
		}
		got, ok := m.fit(p)
		if ok && (!out.matched || fitsBetter(got, out.m, v)) {
			out.m, out.code, out.matched, out.pattern = got, p.Code, true, p.Line
		}
	}
	return out
}

// fitsBetter reports whether pattern match a beats b at verb v: more
// words; on a tie, words nearer the verb (PETRARCH walks the words after
// the verb in order, so the first that continues a pattern decides:
// "launched attacks during a campaign" is an attack); on a tie again the
// later pattern, as a pattern written again further down the dictionary
// replaces the earlier one in PETRARCH's pattern tree.
func fitsBetter(a, b match, v int) bool {
	if a.words != b.words {
		return a.words > b.words
	}
	return spread(a, v) <= spread(b, v)
}

// spread is how far the words a pattern took lie from the verb.
func spread(m match, v int) int {
	n := 0
	for _, p := range m.used {
		n += max(p-v, v-p)
	}
	return n
}

func better(a, b coding) bool {
	if a.formLen != b.formLen {
		return a.formLen > b.formLen
	}
	if a.matched != b.matched {
		return a.matched
	}
	return a.m.words > b.m.words
}

// formAt checks that the other words of a multi-word verb stand next to
// v in the text (a particle may also be any dependent of v) and returns
// the first and last token of the form.
func formAt(t *tree, v int, ref dict.VerbRef) (int, int, bool) {
	words, head := ref.Words()
	first, last := v, v
	for j := head - 1; j >= 0; j-- {
		p := v - (head - j)
		if p < t.lo || !equalFold(t.d.TokenText(p), words[j]) {
			return 0, 0, false
		}
		first = p
	}
	for j := head + 1; j < len(words); j++ {
		p := v + (j - head)
		if p < t.hi && equalFold(t.d.TokenText(p), words[j]) {
			last = p
			continue
		}
		if j != head+1 || !slices.ContainsFunc(t.kids(v), func(c int) bool { return equalFold(t.d.TokenText(c), words[j]) }) {
			return 0, 0, false
		}
	}
	return first, last, true
}

// passiveSubject is the phrase of v's passive subject, sorted, or nil.
func passiveSubject(t *tree, v int) []int {
	s := t.child(v, "nsubjpass", "nsubj:pass")
	if s < 0 || s > v {
		return nil
	}
	return t.subtree(s, nil)
}

// passiveAgent is the phrase of a passive v's "by" agent, sorted, or nil.
func passiveAgent(t *tree, v int) []int {
	if t.child(v, "nsubjpass", "nsubj:pass") < 0 {
		return nil
	}
	if a := agentOf(t, v); a > v {
		return t.subtree(a, nil)
	}
	return nil
}

// clause is the verb's clause, where its patterns' words are looked for:
// its subtree without conjoined and paratactic clauses, and without the
// clauses of its words (a relative clause on its object, an adverbial
// clause below): "praised the army in comments that related to the war"
// is no praise "to" anyone.
func clause(t *tree, v int) []int {
	return t.subtreeCut(v, func(parent, c int) bool {
		switch t.dep(c) {
		case "conj", "parataxis", "punct":
			return parent == v
		case "acl", "advcl", "ccomp", "csubj":
			return parent != v
		}
		return false
	})
}

func duplicate(es []newsgraph.Event, e newsgraph.Event) bool {
	for _, x := range es {
		if x.CAMEO == e.CAMEO && x.Sentence == e.Sentence && sameCodes(x.Actor, e.Actor) && sameCodes(x.Recipient, e.Recipient) {
			return true
		}
	}
	return false
}

func sameCodes(a, b []newsgraph.Participant) bool {
	return slices.EqualFunc(a, b, func(x, y newsgraph.Participant) bool { return slices.Equal(x.Codes, y.Codes) })
}
