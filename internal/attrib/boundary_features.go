package attrib

import (
	"strings"

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
)

// features describes span c for role r of attribution k, whose rules'
// span was cur.
func (rf *refiner) features(dst []uint64, k int, r spanRole, c, cur tokRange) []uint64 {
	x := rf.x
	h := func(t uint8) perceptron.Hasher { return perceptron.New(t).Int(int(r)) }
	sameA, sameB := b2i(c.a == cur.a), b2i(c.b == cur.b)
	da, db := clip(c.a-cur.a), clip(c.b-cur.b)
	head := rf.head[k]
	dst = append(dst,
		h(bfSame).Int(sameA).Int(sameB).Key(),
		h(bfDelta).Int(da).Int(db).Key(),
		h(bfDeltaKind).Int(da).Int(db).Str(string(rf.atts[k].Kind)).Key(),
		h(bfLemmaSame).Str(x.lemma(head)).Int(sameA).Int(sameB).Key(),
		h(bfFirst).Str(x.lower[c.a]).Key(),
		h(bfFirstTag).Str(x.tag(c.a)).Str(x.d.Tokens[c.a].Dep).Key(),
		h(bfBefore).Str(rf.word(c.a-1)).Key(),
		h(bfStartTags).Str(rf.tagAt(c.a-1)).Str(x.tag(c.a)).Key(),
		h(bfLast).Str(x.lower[c.b-1]).Key(),
		h(bfLastTag).Str(x.tag(c.b-1)).Str(x.d.Tokens[c.b-1].Dep).Key(),
		h(bfAfter).Str(rf.word(c.b)).Key(),
		h(bfEndTags).Str(x.tag(c.b-1)).Str(rf.tagAt(c.b)).Key(),
		h(bfLen).Int(bucket(c.b-c.a)).Key(),
		h(bfSentence).Int(rf.sentenceEdges(c)).Key(),
		h(bfQuoteEdges).Int(rf.quoteEdge(c.a, c.a-1)).Int(rf.quoteEdge(c.b-1, c.b)).Key(),
	)
	first := x.d.Tokens[c.a]
	dst = append(dst,
		h(bfAfter2).Str(rf.word(c.b)).Str(rf.word(c.b+1)).Key(),
		h(bfBefore2).Str(rf.word(c.a-2)).Str(rf.word(c.a-1)).Key(),
		h(bfCutsQuote).Int(rf.cutsQuote(c.a-1, c.a)).Int(rf.cutsQuote(c.b-1, c.b)).Key(),
		h(bfFirstRel).Str(first.Dep).Int(b2i(first.Head == head)).Str(first.Tag).Key(),
		h(bfLemmaFirst).Str(x.lemma(head)).Str(x.lower[c.a]).Key(),
		h(bfLemmaEnd).Str(x.lemma(head)).Int(rf.sentenceEdges(c)).Key(),
	)
	dst = append(dst, h(bfFollow).Str(rf.follow(c.b)).Key(), h(bfFollow).Str(rf.follow(c.b)).Str(string(rf.atts[k].Kind)).Key(),
		h(bfCommas).Int(min(rf.commas(c), 4)).Int(sameB).Key())
	if c.b < len(x.lower) && rf.occasionAt(c.b) {
		dst = append(dst, h(bfOccasion).Str(x.lemma(head)).Key(), h(bfOccasion).Str(x.lower[c.b]).Key())
	}
	roots, rootDep, toHead := rf.roots(c, head)
	left, right := rf.dangling(c, head)
	dst = append(dst, h(bfRoots).Int(min(roots, 3)).Str(rootDep).Int(toHead).Key(),
		h(bfDangling).Str(left).Str(right).Key())
	if rel, at, ok := rf.attachAfter(c, head); ok {
		dst = append(dst, h(bfAttach).Str(rel).Int(at).Key(), h(bfAttach).Str(rel).Int(at).Str(x.lemma(head)).Key())
	}
	other := roleCue
	if r == roleCue {
		other = roleContent
	}
	if o, ok := rf.current(k, other); ok {
		side, gap := rf.gap(c, o)
		dst = append(dst, h(bfGap).Int(side).Str(gap).Key(), h(bfGapLen).Int(side).Int(bucket(max(o.a-c.b, c.a-o.b))).Key())
	}
	dst = rf.dropped(dst, h(bfDropLeft), h(bfDropLeftWord), c.a, cur.a)
	return rf.dropped(dst, h(bfDropRight), h(bfDropRightWord), c.b, cur.b)
}

// dropped describes the tokens between a candidate's edge and the rules'
// (at most four), and whether the candidate adds or drops them.
func (rf *refiner) dropped(dst []uint64, tag, word perceptron.Hasher, edge, rule int) []uint64 {
	dir := 1
	if edge > rule {
		dir = -1
	}
	for i := min(edge, rule); i < max(edge, rule) && i < min(edge, rule)+4; i++ {
		dst = append(dst, tag.Int(dir).Str(rf.x.tag(i)).Key(), word.Int(dir).Str(rf.x.lower[i]).Key())
	}
	return dst
}

func (rf *refiner) word(i int) string {
	if i < 0 || i >= len(rf.x.lower) {
		return "<>"
	}
	return rf.x.lower[i]
}

func (rf *refiner) tagAt(i int) string {
	if i < 0 || i >= len(rf.x.lower) {
		return "<>"
	}
	return rf.x.tag(i)
}

// sentenceEdges codes whether c starts its sentence and whether it ends
// it, ends just before its final punctuation, or neither.
func (rf *refiner) sentenceEdges(c tokRange) int {
	x := rf.x
	first := x.d.Sentences[x.sentence[c.a]].FirstToken
	end := x.d.Sentences[x.sentence[c.b-1]].EndToken
	code := 0
	switch {
	case c.b == end:
		code = 2
	case c.b == end-1 && x.tag(end-1) == ".":
		code = 1
	}
	if c.a == first {
		code += 3
	}
	return code
}

// quoteEdge codes the token at an edge: a quotation mark, a word inside a
// quotation that goes on past the edge, or neither.
func (rf *refiner) quoteEdge(i, outside int) int {
	x := rf.x
	switch {
	case isQuoteMark(x.d.TokenText(i)):
		return 1
	case x.quoteAt[i] >= 0 && outside >= 0 && outside < len(x.quoteAt) && x.quoteAt[outside] == x.quoteAt[i]:
		return 2
	}
	return 0
}

// dangling names the relations of c's words whose heads lie before it
// (other than the cue's word) and after it: a span that ends between a
// subject and its verb leaves the subject dangling.
func (rf *refiner) dangling(c tokRange, cueHead int) (left, right string) {
	for i := c.a; i < c.b; i++ {
		t := rf.x.d.Tokens[i]
		switch {
		case t.Tag == "." || t.Tag == "," || t.Head < 0 || t.Head == cueHead:
		case t.Head < c.a && left == "":
			left = t.Dep
		case t.Head >= c.b && right == "":
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
func (rf *refiner) attachAfter(c tokRange, cueHead int) (string, int, bool) {
	x := rf.x
	end := x.d.Sentences[x.sentence[c.b-1]].EndToken
	i := c.b
	for i < end && x.tag(i) == "," {
		i++
	}
	if i >= end || x.tag(i) == "." {
		return "", 0, false
	}
	t := x.d.Tokens[i]
	if (t.Dep == "case" || t.Dep == "mark" || t.Dep == "cc") && t.Head > i && t.Head < end {
		t = x.d.Tokens[t.Head] // the phrase's head: "in a statement" → "statement"
	}
	switch {
	case t.Head == cueHead:
		return t.Dep, 0, true
	case t.Head >= c.a && t.Head < c.b:
		return t.Dep, 1, true
	}
	return t.Dep, 2, true
}

// cutsQuote: tokens i and j, either side of an edge, lie in the same
// quotation.
func (rf *refiner) cutsQuote(i, j int) int {
	q := rf.x.quoteAt
	return b2i(i >= 0 && j < len(q) && q[i] >= 0 && q[i] == q[j])
}

// roots counts c's tokens whose head lies outside it, and gives the first
// one's relation and whether its head is the cue's word.
func (rf *refiner) roots(c tokRange, cueHead int) (n int, dep string, toHead int) {
	dep = "-"
	for i := c.a; i < c.b; i++ {
		t := rf.x.d.Tokens[i]
		if t.Head >= c.a && t.Head < c.b {
			continue
		}
		if n == 0 {
			dep, toHead = t.Dep, b2i(t.Head == cueHead)
		}
		n++
	}
	return n, dep, toHead
}

// gap tells on which side of o the span c lies and names the words between
// them (their tags when there are more than three).
func (rf *refiner) gap(c, o tokRange) (int, string) {
	a, b, side := c.b, o.a, -1
	if c.a >= o.b {
		a, b, side = o.b, c.a, 1
	}
	if b < a {
		return 0, ""
	}
	var parts []string
	for i := a; i < b && i < a+4; i++ {
		if b-a > 3 {
			parts = append(parts, rf.x.tag(i))
		} else {
			parts = append(parts, rf.x.lower[i])
		}
	}
	return side, strings.Join(parts, " ")
}

func clip(d int) int { return max(-5, min(5, d)) }

// follow names what comes after a span's end: the word after a comma
// (", which", ", but", ", saying") or the next word's tag and relation.
func (rf *refiner) follow(i int) string {
	x := rf.x
	if i >= len(x.lower) {
		return "<end>"
	}
	if x.lower[i] == "," && i+1 < len(x.lower) {
		t := x.d.Tokens[i+1]
		return ", " + x.tag(i+1) + " " + t.Dep
	}
	return x.tag(i) + " " + x.d.Tokens[i].Dep
}

// commas counts the commas inside span c outside quotations.
func (rf *refiner) commas(c tokRange) int {
	n := 0
	for i := c.a; i < c.b; i++ {
		if rf.x.lower[i] == "," && rf.x.quoteAt[i] < 0 {
			n++
		}
	}
	return n
}
