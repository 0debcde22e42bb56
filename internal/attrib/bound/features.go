package bound

import (
	"strings"

	"github.com/newsgraph/newsgraph/internal/attrib/build"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
	"github.com/newsgraph/newsgraph/internal/perceptron"
)

// boundary feature templates.
const (
	bfSame uint8 = iota
	bfDelta
	bfDeltaKind
	bfLemmaSame
	bfFirst
	bfFirstTag
	bfBefore
	bfStartTags
	bfLast
	bfLastTag
	bfAfter
	bfEndTags
	bfLen
	bfSentence
	bfQuoteEdges
	bfRoots
	bfGap
	bfGapLen
	bfDropLeft
	bfDropLeftWord
	bfDropRight
	bfDropRightWord
	bfAfter2
	bfBefore2
	bfCutsQuote
	bfFirstRel
	bfLemmaFirst
	bfLemmaEnd
	bfDangling
	bfAttach
	bfFollow
	bfCommas
	bfOccasion
	bfInnerCues
)

// features describes span c for role r of attribution k, whose rules'
// span was cur: its two edges each alone (startFeatures, endFeatures) and
// what only the whole span shows (pairFeatures). The ranker scores the
// edges apart (edgeScores), since every start is weighed with every end.
func (rf *refiner) features(dst []uint64, k int, r spanRole, c, cur view.Range) []uint64 {
	dst = rf.pairFeatures(dst, k, r, c, cur)
	dst = rf.startFeatures(dst, k, r, c.A, cur.A)
	return rf.endFeatures(dst, k, r, c.B, cur.B)
}

// hasher starts the key of template t for role r.
func hasher(t uint8, r spanRole) perceptron.Hasher { return perceptron.New(t).Int(int(r)) }

// partner returns the span role r's gap is measured to, in attribution
// k: the content for the cue, the cue for the others. It is found once
// for all the options of a span (set forgets it).
func (rf *refiner) partner(k int, r spanRole) (view.Range, bool) {
	if p := &rf.partnerOf; !p.known || p.k != k || p.r != r {
		other := roleCue
		if r == roleCue {
			other = roleContent
		}
		t, ok := rf.current(k, other)
		*p = partnerSpan{k: k, r: r, t: t, ok: ok, known: true}
	}
	return rf.partnerOf.t, rf.partnerOf.ok
}

// partnerSpan is what partner found last.
type partnerSpan struct {
	k         int
	r         spanRole
	t         view.Range
	ok, known bool
}

// startFeatures describes a span's start a: its first words and what
// comes before them, and the words between a and the rules' start ruleA.
func (rf *refiner) startFeatures(dst []uint64, k int, r spanRole, a, ruleA int) []uint64 {
	x := rf.x
	first, head := x.D.Tokens[a], rf.head[k]
	dst = append(dst,
		hasher(bfFirst, r).Str(x.Lower[a]).Key(),
		hasher(bfFirstTag, r).Str(x.Tag(a)).Str(first.Dep).Key(),
		hasher(bfBefore, r).Str(rf.word(a-1)).Key(),
		hasher(bfStartTags, r).Str(rf.tagAt(a-1)).Str(x.Tag(a)).Key(),
		hasher(bfBefore2, r).Str(rf.word(a-2)).Str(rf.word(a-1)).Key(),
		hasher(bfFirstRel, r).Str(first.Dep).Int(view.B2I(first.Head == head)).Str(first.Tag).Key(),
		hasher(bfLemmaFirst, r).Str(x.Lemma(head)).Str(x.Lower[a]).Key(),
	)
	return rf.dropped(dst, hasher(bfDropLeft, r), hasher(bfDropLeftWord, r), a, ruleA)
}

// endFeatures describes a span's end b (exclusive): its last words, what
// follows them, and the words between b and the rules' end ruleB.
func (rf *refiner) endFeatures(dst []uint64, k int, r spanRole, b, ruleB int) []uint64 {
	x := rf.x
	dst = append(dst,
		hasher(bfLast, r).Str(x.Lower[b-1]).Key(),
		hasher(bfLastTag, r).Str(x.Tag(b-1)).Str(x.D.Tokens[b-1].Dep).Key(),
		hasher(bfAfter, r).Str(rf.word(b)).Key(),
		hasher(bfEndTags, r).Str(x.Tag(b-1)).Str(rf.tagAt(b)).Key(),
		hasher(bfAfter2, r).Str(rf.word(b)).Str(rf.word(b+1)).Key(),
	)
	follow := rf.follow(hasher(bfFollow, r), b)
	dst = append(dst, follow.Key(), follow.Str(string(rf.atts[k].Kind)).Key())
	if b < len(x.Lower) && rf.occasionAt(b) {
		dst = append(dst, hasher(bfOccasion, r).Str(x.Lemma(rf.head[k])).Key(), hasher(bfOccasion, r).Str(x.Lower[b]).Key())
	}
	return rf.dropped(dst, hasher(bfDropRight, r), hasher(bfDropRightWord, r), b, ruleB)
}

// pairFeatures describes what depends on both of span c's edges: how it
// differs from the rules' span cur, its length, how it sits in its
// sentence, quotation and parse, and the gap to the attribution's other
// span.
func (rf *refiner) pairFeatures(dst []uint64, k int, r spanRole, c, cur view.Range) []uint64 {
	x := rf.x
	h := func(t uint8) perceptron.Hasher { return hasher(t, r) }
	sameA, sameB := view.B2I(c.A == cur.A), view.B2I(c.B == cur.B)
	da, db := view.Clip(c.A-cur.A), view.Clip(c.B-cur.B)
	head, edges := rf.head[k], rf.sentenceEdges(c)
	dst = append(dst,
		h(bfSame).Int(sameA).Int(sameB).Key(),
		h(bfDelta).Int(da).Int(db).Key(),
		h(bfDeltaKind).Int(da).Int(db).Str(string(rf.atts[k].Kind)).Key(),
		h(bfLemmaSame).Str(x.Lemma(head)).Int(sameA).Int(sameB).Key(),
		h(bfLen).Int(view.Bucket(c.B-c.A)).Key(),
		h(bfSentence).Int(edges).Key(),
		h(bfQuoteEdges).Int(rf.quoteEdge(c.A, c.A-1)).Int(rf.quoteEdge(c.B-1, c.B)).Key(),
		h(bfCutsQuote).Int(rf.cutsQuote(c.A-1, c.A)).Int(rf.cutsQuote(c.B-1, c.B)).Key(),
		h(bfLemmaEnd).Str(x.Lemma(head)).Int(edges).Key(),
		h(bfCommas).Int(min(rf.commas(c), 4)).Int(sameB).Key(),
		h(bfInnerCues).Int(min(rf.innerCues(c, head), 2)).Int(sameB).Key(),
	)
	roots, rootDep, toHead := rf.x.Roots(c, head)
	left, right := rf.dangling(c, head)
	dst = append(dst, h(bfRoots).Int(min(roots, 3)).Str(rootDep).Int(toHead).Key(),
		h(bfDangling).Str(left).Str(right).Key())
	if rel, at, ok := rf.attachAfter(c, head); ok {
		dst = append(dst, h(bfAttach).Str(rel).Int(at).Key(), h(bfAttach).Str(rel).Int(at).Str(x.Lemma(head)).Key())
	}
	if o, ok := rf.partner(k, r); ok {
		side, gap := rf.gap(h(bfGap), c, o)
		dst = append(dst, gap.Key(), h(bfGapLen).Int(side).Int(view.Bucket(max(o.A-c.B, c.A-o.B))).Key())
	}
	return dst
}

// dropped describes the tokens between a candidate's edge and the rules'
// (at most four), and whether the candidate adds or drops them.
func (rf *refiner) dropped(dst []uint64, tag, word perceptron.Hasher, edge, rule int) []uint64 {
	dir := 1
	if edge > rule {
		dir = -1
	}
	for i := min(edge, rule); i < max(edge, rule) && i < min(edge, rule)+4; i++ {
		dst = append(dst, tag.Int(dir).Str(rf.x.Tag(i)).Key(), word.Int(dir).Str(rf.x.Lower[i]).Key())
	}
	return dst
}

func (rf *refiner) word(i int) string {
	if i < 0 || i >= len(rf.x.Lower) {
		return "<>"
	}
	return rf.x.Lower[i]
}

func (rf *refiner) tagAt(i int) string {
	if i < 0 || i >= len(rf.x.Lower) {
		return "<>"
	}
	return rf.x.Tag(i)
}

// sentenceEdges codes whether c starts its sentence and whether it ends
// it, ends just before its final punctuation, or neither.
func (rf *refiner) sentenceEdges(c view.Range) int {
	x := rf.x
	first := x.D.Sentences[x.Sentence[c.A]].FirstToken
	end := x.D.Sentences[x.Sentence[c.B-1]].EndToken
	code := 0
	switch {
	case c.B == end:
		code = 2
	case c.B == end-1 && x.Tag(end-1) == ".":
		code = 1
	}
	if c.A == first {
		code += 3
	}
	return code
}

// quoteEdge codes the token at an edge: a quotation mark, a word inside a
// quotation that goes on past the edge, or neither.
func (rf *refiner) quoteEdge(i, outside int) int {
	x := rf.x
	switch {
	case view.IsQuoteMark(x.D.TokenText(i)):
		return 1
	case x.QuoteAt[i] >= 0 && outside >= 0 && outside < len(x.QuoteAt) && x.QuoteAt[outside] == x.QuoteAt[i]:
		return 2
	}
	return 0
}

// dangling names the relations of c's words whose heads lie before it
// (other than the cue's word) and after it: a span that ends between a
// subject and its verb leaves the subject dangling.
func (rf *refiner) dangling(c view.Range, cueHead int) (left, right string) {
	for i := c.A; i < c.B; i++ {
		t := &rf.x.D.Tokens[i]
		switch {
		case t.Tag == "." || t.Tag == "," || t.Head < 0 || t.Head == cueHead:
		case t.Head < c.A && left == "":
			left = t.Dep
		case t.Head >= c.B && right == "":
			right = t.Dep
		}
	}
	return left, right
}

// attachAfter describes the phrase that follows span c in its sentence
// (after any comma): its relation and whether it hangs on the cue's word
// (0), on a word inside c (1) or elsewhere (2). "described it as a con in
// his remarks": "in his remarks" hangs on the cue, so content stops
// before it; "the pay of the crews, who are on strike" hangs inside.
func (rf *refiner) attachAfter(c view.Range, cueHead int) (string, int, bool) {
	x := rf.x
	end := x.D.Sentences[x.Sentence[c.B-1]].EndToken
	i := c.B
	for i < end && x.Tag(i) == "," {
		i++
	}
	if i >= end || x.Tag(i) == "." {
		return "", 0, false
	}
	t := x.D.Tokens[i]
	if (t.Dep == "case" || t.Dep == "mark" || t.Dep == "cc") && t.Head > i && t.Head < end {
		t = x.D.Tokens[t.Head] // the phrase's head: "in a statement" → "statement"
	}
	switch {
	case t.Head == cueHead:
		return t.Dep, 0, true
	case t.Head >= c.A && t.Head < c.B:
		return t.Dep, 1, true
	}
	return t.Dep, 2, true
}

// cutsQuote: tokens i and j, either side of an edge, lie in the same
// quotation.
func (rf *refiner) cutsQuote(i, j int) int {
	q := rf.x.QuoteAt
	return view.B2I(i >= 0 && j < len(q) && q[i] >= 0 && q[i] == q[j])
}

// gap tells on which side of o the span c lies, and mixes into h that
// side and the words between them (their tags when there are more than
// three) joined by spaces. The words are mixed in one by one as Str would
// mix their join: joining them cost an allocation per candidate span.
func (rf *refiner) gap(h perceptron.Hasher, c, o view.Range) (int, perceptron.Hasher) {
	a, b, side := c.B, o.A, -1
	if c.A >= o.B {
		a, b, side = o.B, c.A, 1
	}
	if b < a {
		return 0, h.Int(0).Str("")
	}
	h = h.Int(side)
	for i := a; i < b && i < a+4; i++ {
		if i > a {
			h = h.Cat(" ")
		}
		if b-a > 3 {
			h = h.Cat(rf.x.Tag(i))
		} else {
			h = h.Cat(rf.x.Lower[i])
		}
	}
	return side, h.Str("")
}

// follow mixes into h what comes after a span's end: the word after a
// comma (", which", ", but", ", saying") or the next word's tag and
// relation, hashed as Str hashes their join with spaces, without
// building it.
func (rf *refiner) follow(h perceptron.Hasher, i int) perceptron.Hasher {
	x := rf.x
	switch {
	case i >= len(x.Lower):
		return h.Str("<end>")
	case x.Lower[i] == "," && i+1 < len(x.Lower):
		h, i = h.Cat(", "), i+1
	}
	return h.Cat(x.Tag(i)).Cat(" ").Str(x.D.Tokens[i].Dep)
}

// commas counts the commas inside span c outside quotations.
func (rf *refiner) commas(c view.Range) int { return rf.commasBefore[c.B] - rf.commasBefore[c.A] }

// countCommas returns, for each token index i and the end, the number of
// commas outside quotations before i: every candidate span asks how many
// it holds.
func countCommas(x *build.Builder) []int {
	n := make([]int, len(x.Lower)+1)
	for i, w := range x.Lower {
		n[i+1] = n[i]
		if w == "," && x.QuoteAt[i] < 0 {
			n[i+1]++
		}
	}
	return n
}

// innerCues counts the cues with subjects of their own inside span c,
// outside quotations, other than the attribution's: "the mayor is praising
// the plan as her deputy urges caution" holds a second report,
// which PolNeAR gives an attribution of its own rather than nesting it.
func (rf *refiner) innerCues(c view.Range, cueHead int) int {
	n := rf.cuesBefore[c.B] - rf.cuesBefore[c.A]
	if cueHead >= c.A && cueHead < c.B && rf.cuesBefore[cueHead+1] > rf.cuesBefore[cueHead] {
		n--
	}
	return n
}

// countSubjectCues returns, for each token index i and the end, the
// number of cue words before i outside quotations that have a subject.
func countSubjectCues(x *build.Builder) []int {
	cues := make([]bool, len(x.Lower))
	for _, t := range x.D.Tokens {
		if h := t.Head; h >= 0 && h < len(cues) && strings.HasPrefix(t.Dep, "nsubj") && x.QuoteAt[h] < 0 {
			cues[h] = cues[h] || x.Cues.IsCue(h)
		}
	}
	n := make([]int, len(x.Lower)+1)
	for i, c := range cues {
		n[i+1] = n[i] + view.B2I(c)
	}
	return n
}
