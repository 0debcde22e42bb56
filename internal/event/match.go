package event

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/internal/event/dict"
)

// maxSteps bounds the backtracking of one pattern over one clause.
const maxSteps = 4000

// match is a pattern fitted to a verb.
type match struct {
	words          int   // pattern words found: the more, the more specific
	source, target int   // tokens a '$' or '+' named, or -1
	used           []int // tokens the pattern's words took
}

// matcher fits the patterns of one verb occurrence.
type matcher struct {
	t         *tree
	c         *dict.Compiled
	dom       []int // the verb's clause, sorted
	first     int   // first and last token of the verb's words
	last      int
	steps     int
	cur       match
	captures  []capture
	afterVerb bool  // matching the words after '*'
	agent     []int // a passive verb's "by" phrase, sorted, or nil
	// passive is the clause's passive subject's phrase, sorted, where the
	// words after the verb may also be found (see fitPassive); nil when
	// the verb has none.
	passive []int
}

type capture struct {
	kind dict.Kind
	tok  int
}

// fit tries pattern p; ok is false when it does not fit.
func (m *matcher) fit(p *dict.Pattern) (match, bool) {
	m.steps, m.cur, m.captures = 0, match{source: -1, target: -1}, nil
	pre, post := p.Pre(), p.Post()
	verbJoined := p.Terms[p.Verb].Joined
	// Words before the verb: in order, left of the verb; the last one
	// joined to the verb must touch it.
	if !m.seq(pre, 0, m.t.lo-1, m.first, false, func(end int) bool {
		return len(pre) == 0 || !pre[len(pre)-1].Joined || end == m.first-1
	}) && !m.fitAgent(pre) {
		return match{}, false
	}
	preWords, preUsed, preCaps := m.cur.words, m.cur.used, m.captures
	m.cur, m.captures = match{source: -1, target: -1}, nil
	m.afterVerb = true
	defer func() { m.afterVerb = false }()
	if m.seq(post, 0, m.last, m.t.hi, verbJoined, func(int) bool { return true }) {
		return result(preWords+m.cur.words, append(preUsed, m.cur.used...), append(preCaps, m.captures...)), true
	}
	if len(pre) == 0 && !verbJoined && len(m.passive) > 0 {
		m.cur, m.captures = match{source: -1, target: -1}, nil
		return m.fitPassive(post)
	}
	return match{}, false
}

// result is a match of words tokens with its first '$' and '+' captures.
func result(words int, used []int, caps []capture) match {
	out := match{words: words, used: used, source: -1, target: -1}
	for _, c := range caps {
		if c.kind == dict.Source && out.source < 0 {
			out.source = c.tok
		}
		if c.kind == dict.Target && out.target < 0 {
			out.target = c.tok
		}
	}
	return out
}

// fitAgent fits the words before the verb in a passive verb's "by"
// phrase, where the active clause's subject stands: "the building was
// demolished by a protestor" fits "- PROTESTOR *".
func (m *matcher) fitAgent(pre []dict.Term) bool {
	if len(pre) == 0 || len(m.agent) == 0 || pre[len(pre)-1].Joined {
		return false
	}
	m.cur, m.captures = match{source: -1, target: -1}, nil
	dom := m.dom
	m.dom = m.agent
	defer func() { m.dom = dom }()
	return m.seq(pre, 0, m.agent[0]-1, m.agent[len(m.agent)-1]+1, false, func(int) bool { return true })
}

// fitPassive fits the words after the verb in the passive subject's
// phrase, where the active clause's object stands: "evidence against
// Arnor was presented" fits "- * EVIDENCE", as PETRARCH matches a
// pattern's object against the verb's object wherever the parse puts it.
func (m *matcher) fitPassive(post []dict.Term) (match, bool) {
	dom := m.dom
	m.dom = m.passive
	defer func() { m.dom = dom }()
	lo, hi := m.passive[0]-1, m.passive[len(m.passive)-1]+1
	if !m.seq(post, 0, lo, min(hi, m.first), false, func(int) bool { return true }) {
		return match{}, false
	}
	return result(m.cur.words, m.cur.used, m.captures), true
}

// seq matches terms[i:] at tokens after cur and before hi; joined says
// the first must be the token right after cur. done checks the end.
func (m *matcher) seq(terms []dict.Term, i, cur, hi int, joined bool, done func(end int) bool) bool {
	m.steps++
	if m.steps > maxSteps {
		return false
	}
	if i == len(terms) {
		return done(cur)
	}
	tm := terms[i]
	if tm.Kind == dict.Skip || tm.Kind == dict.Compound {
		return m.seq(terms, i+1, cur, hi, joined || tm.Joined, done)
	}
	for _, p := range m.dom {
		if p <= cur || p >= hi || (joined && p != cur+1) {
			continue
		}
		save, saveCaps := m.cur, len(m.captures)
		if end, ok := m.term(tm, p); ok && m.seq(terms, i+1, end, hi, tm.Joined, done) {
			return true
		}
		m.cur, m.captures = save, m.captures[:saveCaps]
		if m.steps > maxSteps {
			return false
		}
	}
	return false
}

// term matches one term at token p and returns the last token it took.
func (m *matcher) term(tm dict.Term, p int) (int, bool) {
	switch tm.Kind {
	case dict.Word:
		if !m.word(tm.Text, p) || m.afterVerb && !m.inVerbPhrase(p) {
			return 0, false
		}
		m.took(p)
		return p, true
	case dict.Synset:
		return m.synset(tm.Text, p, 0)
	case dict.Phrase:
		return m.phrase(tm.Sub, p)
	case dict.Prep:
		return m.prep(tm.Sub, p)
	case dict.Source, dict.Target:
		if !m.t.nominal(p) {
			return 0, false
		}
		m.captures = append(m.captures, capture{tm.Kind, nounHead(m.t, p)})
		return p, true
	}
	return 0, false
}

func (m *matcher) took(p int) {
	m.cur.words++
	m.cur.used = append(m.cur.used, p)
}

// word reports whether token p is w: its text or lemma, upper case.
func (m *matcher) word(w string, p int) bool {
	tk := m.t.tok(p)
	return strings.EqualFold(m.t.d.TokenText(p), w) || strings.EqualFold(tk.Lemma, w)
}

// synset matches any member of a set at p, nested sets to a depth of 4.
func (m *matcher) synset(name string, p, depth int) (int, bool) {
	s, ok := m.c.Synset(name)
	if !ok || depth > 4 {
		return 0, false
	}
	for _, k := range m.c.MembersAt(name, m.t.d.TokenText(p), m.t.tok(p).Lemma) {
		member := s.Members[k]
		save, saveCaps := m.cur, len(m.captures)
		if len(member) == 1 && member[0].Kind == dict.Synset {
			if end, ok := m.synset(member[0].Text, p, depth+1); ok {
				return end, true
			}
			continue
		}
		end := -1
		if m.seq(member, 0, p-1, m.t.hi, true, func(e int) bool { end = e; return true }) {
			return end, true
		}
		m.cur, m.captures = save, m.captures[:saveCaps]
	}
	return 0, false
}

// phrase matches {A B H} at its head H, token p: the other words must be
// dependents of p before it, in order.
func (m *matcher) phrase(words []dict.Term, p int) (int, bool) {
	head := words[len(words)-1]
	if _, ok := m.term(head, p); !ok {
		return 0, false
	}
	mods := m.t.subtree(p, nil)
	j := 0
	for _, q := range mods {
		if q >= p || j == len(words)-1 {
			break
		}
		w := words[j]
		if w.Kind == dict.Word && m.word(w.Text, q) {
			m.took(q)
			j++
		} else if w.Kind == dict.Synset {
			if _, ok := m.synset(w.Text, q, 0); ok {
				j++
			}
		}
	}
	return p, j == len(words)-1
}

// prep matches (P X ...) at a preposition p: X is matched at p's object
// (the word p is the case marker of), or after p when p has none.
func (m *matcher) prep(sub []dict.Term, p int) (int, bool) {
	if len(sub) == 0 {
		return 0, false
	}
	obj := m.t.head(p)
	marks := obj > p && (m.t.dep(p) == "case" || m.t.dep(p) == "mark")
	if marks && !m.attached(obj) {
		return 0, false
	}
	end, ok := m.term(sub[0], p)
	if !ok {
		return 0, false
	}
	rest := sub[1:]
	if len(rest) == 0 {
		return end, true
	}
	if marks {
		first := rest[0]
		if first.Kind == dict.Source || first.Kind == dict.Target {
			m.captures = append(m.captures, capture{first.Kind, obj})
			return m.after(rest[1:], obj)
		}
		if first.Kind != dict.Skip {
			e, ok := m.term(first, obj)
			if !ok {
				return 0, false
			}
			return m.after(rest[1:], e)
		}
	}
	return m.after(rest, end)
}

// attached reports whether a prepositional phrase headed by obj belongs
// to the verb's phrase, as PETRARCH reads a pattern's (P X) among the
// verb phrase's constituents: it hangs on the verb, on its object, or on
// a word the pattern took ("SUMMIT (IN ^)"), not deep in another phrase
// ("comes a day before his heads to Beijing" is no coming to Beijing).
func (m *matcher) attached(obj int) bool {
	h := m.t.head(obj)
	switch {
	case h < 0:
		return false
	case h >= m.first && h <= m.last, slices.Contains(m.cur.used, h):
		return true
	}
	switch m.t.dep(h) {
	case "obj", "dobj", "iobj":
		return m.t.head(h) >= m.first && m.t.head(h) <= m.last
	}
	return false
}

// inVerbPhrase reports whether a word after the verb belongs to the
// verb's phrase: it, or the word it modifies ("many similar attacks",
// "in protest"), hangs on the verb, on its object or on a word the
// pattern took. "Made remarks at the start of a trip" is no "* TRIP".
func (m *matcher) inVerbPhrase(p int) bool {
	q := p
	for range 3 {
		switch m.t.dep(q) {
		case "case", "mark", "det", "amod", "compound", "nummod", "advmod", "flat":
			if h := m.t.head(q); h >= 0 {
				q = h
				continue
			}
		}
		break
	}
	if q >= m.first && q <= m.last || slices.Contains(m.cur.used, q) {
		return true
	}
	return m.attached(q)
}

// after matches terms in order after token cur and returns where they end.
func (m *matcher) after(terms []dict.Term, cur int) (int, bool) {
	end := cur
	ok := m.seq(terms, 0, cur, m.t.hi, false, func(e int) bool { end = e; return true })
	return end, ok
}

// nounHead climbs from a word inside a name or compound to the head of
// its noun phrase.
func nounHead(t *tree, p int) int {
	for range 8 {
		switch t.dep(p) {
		case "compound", "flat", "name", "amod", "det", "nummod":
			if h := t.head(p); h >= 0 && t.nominal(h) {
				p = h
				continue
			}
		}
		return p
	}
	return p
}
