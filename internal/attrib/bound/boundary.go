package bound

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/build"
	"github.com/newsgraph/newsgraph/internal/attrib/cue"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
	"github.com/newsgraph/newsgraph/internal/perceptron"
)

// Boundaries is a learned ranker over the edges of the spans the rules
// build. PolNeAR's annotators draw edges by conventions no short rule
// captures: "said Friday" keeps the day where "said on Tuesday" does not,
// "went on to explain" is one cue, content keeps "that" after some verbs,
// and a clause after ", but" usually stays out of it. For each
// attribution the ranker redraws the cue, then the content, then the
// source: it scores every span whose edges lie near the rules' edges or at
// a place where a span plausibly stops (punctuation, a conjunction, a
// relative pronoun, the end of the sentence) and keeps the best. Whether
// an edge is the rules' own is one feature among the rest, so the ranker
// departs from the rules only where PolNeAR train taught it to.
type Boundaries struct {
	weights *perceptron.Model
}

// FeatureSet versions the ranker's features.
const FeatureSet = "attrib-boundaries.v6"

// spanRole names an attribution's spans in the order they are redrawn:
// the cue first, since the others are placed relative to it.
type spanRole int

const (
	roleCue spanRole = iota
	roleContent
	roleSource
	nRoles
)

// spanOf returns role r's span of a, nil when a has none.
func spanOf(a *newsgraph.Attribution, r spanRole) *newsgraph.Span {
	switch r {
	case roleCue:
		return &a.Cue
	case roleContent:
		return &a.Content
	}
	return a.Source
}

// refiner holds one document's attributions while their spans are redrawn.
type refiner struct {
	x     *build.Builder
	atts  []newsgraph.Attribution
	owner []int // per token: the attribution one of whose spans holds it, or -1
	head  []int // per attribution: the word its cue is built around
	group []int // per attribution: the first that shares its cue (itself when none does)
	feats []uint64

	commasBefore []int // per token index and the end: commas outside quotations before it (countCommas)
	cuesBefore   []int // the same for cues with subjects of their own (countSubjectCues)

	// Scratch reused from one span to the next: options is asked for
	// every role of every attribution, and growing these afresh each time
	// was most of the refiner's allocations.
	starts, ends []int
	fixed, opts  []view.Range

	// The scores of the options' edges alone, while they are weighed.
	startScores, endScores edgeScores

	// For the span being redrawn: from token foreignFrom on, the first
	// token at or after each that another attribution holds (findForeign).
	nextForeign []int
	foreignFrom int
	partnerOf   partnerSpan // the span partner found last

	// spans holds current's answers, per attribution and role, until set
	// changes that span: current is asked for the same spans option after
	// option, and finding a span's tokens takes two binary searches over
	// the document's (a tenth of the ranker's instructions, asked afresh).
	spans []knownRange
}

// knownRange is a span's tokens as current found them, once known.
type knownRange struct {
	t         view.Range
	ok, known bool
}

func newRefiner(x *build.Builder, atts []newsgraph.Attribution) *refiner {
	rf := &refiner{x: x, atts: atts, owner: make([]int, len(x.D.Tokens)), head: make([]int, len(atts)), group: make([]int, len(atts)),
		commasBefore: countCommas(x), cuesBefore: countSubjectCues(x), spans: make([]knownRange, len(atts)*int(nRoles))}
	for i := range rf.owner {
		rf.owner[i] = -1
	}
	first := map[newsgraph.Span]int{}
	for k := range atts {
		if j, ok := first[atts[k].Cue]; ok {
			rf.group[k] = j
		} else {
			first[atts[k].Cue], rf.group[k] = k, k
		}
	}
	for k := range atts {
		for r := range nRoles {
			if s := spanOf(&atts[k], r); s != nil {
				t, _ := view.TokensOf(x.D, *s)
				rf.own(t, k)
			}
		}
		if ad := atts[k].Addressee; ad != nil {
			t, _ := view.TokensOf(x.D, ad.Mention)
			rf.own(t, k)
		}
		cue, _ := view.TokensOf(x.D, atts[k].Cue)
		rf.head[k] = rf.cueHead(cue)
	}
	return rf
}

func (rf *refiner) own(t view.Range, k int) {
	for i := t.A; i < t.B; i++ {
		rf.owner[i] = k
	}
}

// wholePhrase: cue t is "in the words of", which its head ("words")
// alone, or with "of", would not say; the rules draw it whole.
func (rf *refiner) wholePhrase(t view.Range) bool {
	l := rf.x.Lower
	return t.B-t.A == 4 && l[t.A] == "in" && l[t.A+1] == "the" && l[t.A+2] == "words" && l[t.A+3] == "of"
}

// cueHead is the verb of a cue, or else the word of it whose head lies
// outside it ("according" of "according to", the colon of a headline).
func (rf *refiner) cueHead(t view.Range) int {
	for i := t.A; i < t.B; i++ {
		if cue.Candidate(rf.x.D, i) {
			return i
		}
	}
	for i := t.A; i < t.B; i++ {
		if h := rf.x.D.Tokens[i].Head; h < t.A || h >= t.B {
			return i
		}
	}
	return t.A
}

// current returns role r's tokens in attribution k, false when the
// attribution has no such span or it does not fall on token edges.
func (rf *refiner) current(k int, r spanRole) (view.Range, bool) {
	c := &rf.spans[k*int(nRoles)+int(r)]
	if !c.known {
		c.known = true
		if s := spanOf(&rf.atts[k], r); s != nil {
			c.t, c.ok = view.TokensOf(rf.x.D, *s)
		}
	}
	return c.t, c.ok
}

// set gives attribution k's role r the tokens t.
func (rf *refiner) set(k int, r spanRole, t view.Range) {
	old, _ := rf.current(k, r)
	if old == t {
		return
	}
	rf.partnerOf.known = false
	rf.own(old, -1)
	rf.own(t, k)
	*spanOf(&rf.atts[k], r) = rf.x.Span(t.A, t.B)
	rf.spans[k*int(nRoles)+int(r)].known = false
	if r == roleSource {
		// Sources are pointers, which attributions may share: another's
		// may have changed with this one.
		for j := range rf.atts {
			rf.spans[j*int(nRoles)+int(roleSource)].known = false
		}
	}
	if r == roleContent {
		rf.atts[k].Kind = rf.x.KindOf(t.A, t.B)
	}
	if con, ok := rf.current(k, roleContent); r == roleCue && ok && t.B > con.A && t.A < con.B {
		rf.set(k, roleContent, view.Range{A: t.B, B: con.B}) // the cue took the content's first words
		rf.own(t, k)
	}
}

// options returns the spans role r of attribution k may take; the
// current one is among them. The list lives in the refiner's scratch
// until the next call.
func (rf *refiner) options(k int, r spanRole) (view.Range, []view.Range, bool) {
	cur, ok := rf.current(k, r)
	if !ok || cur.B <= cur.A {
		return cur, nil, false
	}
	x := rf.x
	lo := min(cur.A, x.D.Sentences[x.Sentence[cur.A]].FirstToken)
	hi := max(cur.B, x.D.Sentences[x.Sentence[cur.B-1]].EndToken)
	starts, ends := rf.edges(k, r, cur, hi)
	fixed := rf.fixed[:0]
	con := view.Range{A: -1, B: -1}
	for o := range nRoles {
		t, ok := rf.current(k, o)
		switch {
		case o == r || !ok:
		case r == roleCue && o == roleContent:
			con = t // a cue may take the content's first words: "agreed with", "accused Holt of"
		default:
			fixed = append(fixed, t)
		}
	}
	if ad := rf.atts[k].Addressee; ad != nil {
		t, _ := view.TokensOf(x.D, ad.Mention)
		fixed = append(fixed, t)
	}
	rf.fixed = fixed
	rf.findForeign(k, r, lo, hi)
	quoted := rf.quotedIn(r, cur)
	out := rf.opts[:0]
	for _, s := range starts {
		for _, e := range ends {
			c := view.Range{A: s, B: e}
			if s >= lo && e <= hi && s < e && rf.allowed(k, r, c, cur, fixed, quoted) && rf.leavesContent(c, con) {
				out = append(out, c)
			}
		}
	}
	slices.SortFunc(out, func(p, q view.Range) int {
		if p.A != q.A {
			return p.A - q.A
		}
		return p.B - q.B
	})
	out = slices.Compact(out)
	if !slices.Contains(out, cur) {
		out = append(out, cur)
	}
	rf.opts = out
	return cur, out, true
}

// edges lists where role r's span may start and end: near the rules'
// edges, and where spans of that role tend to stop. The lists live in
// the refiner's scratch until the next call.
func (rf *refiner) edges(k int, r spanRole, cur view.Range, hi int) (starts, ends []int) {
	x := rf.x
	starts, ends = rf.starts[:0], rf.ends[:0]
	for d := -3; d <= 3; d++ {
		starts = append(starts, cur.A+d)
		ends = append(ends, cur.B+d)
	}
	switch r {
	case roleContent:
		for p := cur.A + 1; p < cur.B; p++ {
			if p <= cur.A+20 && (rf.opensAfter(p-1) || view.IsQuoteMark(x.D.TokenText(p))) || x.Lower[p] == "that" && x.D.Tokens[p].Dep == "mark" {
				starts = append(starts, p) // (a "that" opening a clause, however far: "told delegates at … that …")
			}
			if rf.stopsBefore(p) || rf.phraseOnCue(k, p) || rf.occasionAt(p) || adjunctOpeners[x.Lower[p]] && x.QuoteAt[p] < 0 {
				ends = append(ends, p)
			}
		}
		ends = append(ends, hi, hi-1)
	default:
		for p := cur.A + 1; p < cur.B; p++ {
			starts = append(starts, p)
			ends = append(ends, p)
		}
	}
	if r == roleSource {
		starts, ends = rf.appositiveEdges(cur, hi, starts, ends)
	}
	if r == roleCue {
		// "went on to explain", "try to convince": the verbs the cue's
		// verb completes.
		for t := rf.head[k]; ; {
			h := x.D.Tokens[t].Head
			if h < 0 || h >= t || t-h > 6 || x.D.Tokens[t].Dep != "xcomp" {
				break
			}
			starts = append(starts, h)
			t = h
		}
		for p := cur.B + 1; p < min(cur.B+9, len(x.D.Tokens)); p++ {
			if rf.stopsBefore(p) || x.Lower[p] == "that" || view.IsQuoteMark(x.D.TokenText(p)) {
				ends = append(ends, p)
			}
		}
	}
	rf.starts, rf.ends = starts, ends
	return starts, ends
}

// appositiveEdges adds the edges of a source widened over an appositive
// set off by commas, which PolNeAR keeps in the source with its closing
// comma ("Ola Berg, chief engineer for the city, said"; "The city's
// chief engineer, Ola Berg, said") and the parse often
// leaves out; after the cue, it may run to the end of the sentence.
func (rf *refiner) appositiveEdges(cur view.Range, hi int, starts, ends []int) ([]int, []int) {
	x := rf.x
	first := x.D.Sentences[x.Sentence[cur.A]].FirstToken
	for p := cur.B; p < min(cur.B+25, hi); p++ {
		if x.Lower[p] == "," {
			ends = append(ends, p+1)
		}
	}
	if hi-cur.B <= 25 { // “…,” said Piet Olander, head of the dockers' union.
		ends = append(ends, hi, hi-1)
	}
	starts = append(starts, first)
	for p := cur.A - 1; p > max(cur.A-15, first); p-- {
		if x.Lower[p-1] == "," {
			starts = append(starts, p)
		}
	}
	return starts, ends
}

// allowed: the span holds no other attribution's tokens (but those of one
// sharing its cue), none of its own attribution's other spans (fixed), a
// cue keeps its verb, no source or cue starts or ends with a quotation
// mark, and content keeps the quoted words the rules gave it (quoted:
// dropping them would leave a quotation attributed to no one). The
// foreign tokens are those findForeign found.
func (rf *refiner) allowed(k int, r spanRole, c, cur view.Range, fixed []view.Range, quoted view.Range) bool {
	// The look-ups first, the walks over words after: most options that
	// fail take in another attribution's words.
	if rf.nextForeign[c.A-rf.foreignFrom] < c.B {
		return false
	}
	for _, f := range fixed {
		if c.A < f.B && f.A < c.B {
			return false
		}
	}
	if r == roleCue && (rf.head[k] < c.A || rf.head[k] >= c.B || c != cur && rf.wholePhrase(cur)) {
		return false
	}
	if r != roleContent && (view.IsQuoteMark(rf.x.D.TokenText(c.A)) || view.IsQuoteMark(rf.x.D.TokenText(c.B-1))) {
		return false // quotation marks belong to content
	}
	if r == roleSource && c != cur && rf.holdsClauseVerb(c.A, c.B) {
		return false // widened over the verb of its own clause
	}
	if r == roleSource && c != cur && rf.takesTheClausesNoun(c, cur) {
		return false
	}
	if r == roleCue && c.B > cur.B && rf.overAmount(cur.B, c.B) {
		return false // "said | about a third of …": how many, not what about
	}
	if quoted.B > quoted.A && (quoted.A < c.A || quoted.B > c.B) {
		return false
	}
	if r == roleContent && c != cur && cur.B == cur.A+1 && rf.x.AnswerWord(cur.A) {
		return false // "thinks so, but the council does not": the answer is all
	}
	if c.A < cur.A && rf.inDateline(c.A) {
		return false // "BRUSSELS — " is the writer's
	}
	return r != roleContent || c == cur || rf.contentShapeKept(k, c, cur)
}

// overAmount: one of tokens [a, b) is an "about" that opens an amount.
func (rf *refiner) overAmount(a, b int) bool {
	for i := a; i < b; i++ {
		if rf.x.Approximately(i, len(rf.x.Lower)) {
			return true
		}
	}
	return false
}

// startsWord: w begins with a letter or digit, not punctuation.
func startsWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// takesTheClausesNoun: source option c takes in the "a" and singular
// noun the rules left before a plural source cur: "a discovery |
// scientists say could help", where "a discovery" is what the scientists
// say could help, not part of who they are.
func (rf *refiner) takesTheClausesNoun(c, cur view.Range) bool {
	x := rf.x
	a := cur.A - 2
	if a < 0 || x.Lower[a] != "a" && x.Lower[a] != "an" || x.Tag(a+1) != "NN" || x.Tag(cur.B-1) != "NNS" {
		return false
	}
	return c.A < cur.A && c.B > a
}

// contentShapeKept: content option c of attribution k, in place of the
// rules' cur, neither starts with a phrase of time cut from its
// preposition ("have warned in | recent weeks that …": the cue shrunk to
// "have warned" leaves the time to no one), nor, before its cue, drops
// every verb of a clause the rules found ("Inflation fell to 2.1
// percent, | its lowest level in two years, figures showed").
func (rf *refiner) contentShapeKept(k int, c, cur view.Range) bool {
	x := rf.x
	cue, ok := rf.current(k, roleCue)
	if !ok {
		return true
	}
	if p := c.A - 1; p >= 0 && x.Tag(p) == "IN" && (p < cue.A || p >= cue.B) && rf.opensTime(c.A) {
		return false
	}
	if c.A > 0 && timeNouns[x.Lower[c.A]] && timeModifiers[x.Lower[c.A-1]] {
		return false // "recent | weeks"
	}
	if c.B <= cue.A && c.A > cur.A && rf.hasVerb(cur) && !rf.hasVerb(c) {
		return false
	}
	if c.B <= cue.A && c.B < cur.B && !rf.hasVerb(c) && rf.hasFullVerb(view.Range{A: c.B, B: cur.B}) {
		// Before its cue, a content the rules gave a verb keeps one:
		// "The person, who was not identified, was held, the agency
		// said" is no report of "The person". (A copula may go: "That
		// | ’s according to …".)
		return false
	}
	if c.A >= cue.B && c.B == c.A+1 && c.B < cur.B && x.Lower[c.A] == "that" && startsWord(x.Lower[c.B]) {
		// "warned that | without more water they would lose …": "that"
		// opens what was said and says nothing alone. As a pronoun
		// ("rejected that, too"; "found that:") it may be all.
		return false
	}
	if c.B > cur.B && x.CommentAfterQuotation(c.A, c.B) < c.B {
		return false // the writer's comment after a quotation: "“…,” a hint that …"
	}
	if c.B > cur.B && view.IsFinite(x.Tag(cur.B)) && rf.atts[k].Source == nil {
		// "The man accused of purchasing the guns | will remain in
		// custody": the rules stopped a content with no one behind it
		// before the verb of the clause it sits in.
		return false
	}
	if rf.conditionWithoutItsClause(c, cur) {
		return false
	}
	src, _ := rf.current(k, roleSource)
	return !rf.overSourcesOwnAct(cur, c, src) && !rf.overAnotherVoice(cur, c)
}

// overAnotherVoice: option c runs on past the rules' content cur over a
// comma, "but" or "although" (and the like), and a clause in which someone
// else, named by a noun, says or disputes something: "Lind said the port
// was safe | , but engineers disagree", "…, although the fishermen deny
// this". The writer sets another voice against the speaker's; it is not
// what the speaker said. (A pronoun may be the speaker again: "…, but he
// would not say when".)
func (rf *refiner) overAnotherVoice(cur, c view.Range) bool {
	x := rf.x
	for j := cur.B; j+2 < c.B; j++ {
		if x.QuoteAt[j] >= 0 || x.Lower[j] != "," || !contrasts[x.Lower[j+1]] {
			continue
		}
		for v := j + 3; v < min(c.B, j+8); v++ {
			if !view.IsVerbTag(x.Tag(v)) || !otherVoices[x.Lemma(v)] {
				continue
			}
			for s := j + 2; s < v; s++ {
				if t := x.D.Tokens[s]; t.Head == v && strings.HasPrefix(t.Dep, "nsubj") && view.IsNounTag(x.Tag(s)) {
					return true
				}
			}
		}
	}
	return false
}

// contrasts open a clause set against the one before it.
var contrasts = view.Set("but although though whereas while yet")

// otherVoices are verbs by which someone else answers a claim.
var otherVoices = view.Set("disagree deny dispute contest reject counter say argue insist claim contend maintain question doubt believe think warn")

// conditionWithoutItsClause: option c ends at the comma that closes the
// condition it opens with ("if", "when", "unless", "once"), where the
// rules' content cur went on to the clause the condition governs: "She
// said if Berg wins the vote | , he will cut fares" says nothing without
// the second half.
func (rf *refiner) conditionWithoutItsClause(c, cur view.Range) bool {
	x := rf.x
	a := c.A
	if a < c.B && x.Lower[a] == "that" {
		a++
	}
	return c.B < cur.B && a < c.B && conditions[x.Lower[a]] && x.Lower[c.B] == "," && rf.hasVerb(view.Range{A: c.B, B: cur.B})
}

var conditions = view.Set("if when unless once whenever")

// overSourcesOwnAct: option c runs on past the rules' content cur over
// "but" and a past verb hung on what comes before the content, the cue:
// "Police said he was known to them | but gave no further details" —
// what the police did, not what they said; or over "and" and a past verb
// the rules took for the source's act (build.CoordinatedOwnAct); or over
// "but", the source named again or a personal pronoun, and a past verb:
// "Berg said Lind left town | , but Berg did not say when",
// "…, but he declined to elaborate".
func (rf *refiner) overSourcesOwnAct(cur, c, src view.Range) bool {
	x := rf.x
	for j := cur.B; j+1 < c.B; j++ {
		if x.Lower[j] == "but" && x.Tag(j+1) == "VBD" {
			if h := x.D.Tokens[j+1].Head; h >= 0 && h < cur.A {
				return true
			}
		}
		if x.Lower[j] == "but" && j+2 < c.B && x.QuoteAt[j] < 0 && rf.saidNoMore(j+2, c.B) && rf.namesTheSource(j+1, cur, src) {
			return true
		}
		// "said the cuts would destroy the harvest | and called for
		// compensation": the call is the source's (build's tenseBreak).
		if x.Lower[j] == "and" && x.CoordinatedOwnAct(j+1) {
			if h := x.D.Tokens[j+1].Head; h >= cur.A && h < cur.B {
				return true
			}
		}
	}
	return false
}

// saidNoMore: the words from v on, before end, say that the source would
// say no more: "declined to …", "refused to …", "did not say …", "gave no
// details". What else the source did or thought after "but" may be what
// was said ("she considered …, but she wanted to be realistic").
func (rf *refiner) saidNoMore(v, end int) bool {
	x := rf.x
	switch x.Lemma(v) {
	case "decline", "refuse":
		return x.Tag(v) == "VBD"
	case "give", "offer", "provide":
		return x.Tag(v) == "VBD" && v+1 < end && x.Lower[v+1] == "no"
	case "do", "would", "could":
		return v+2 < end && (x.Lower[v+1] == "not" || x.Lower[v+1] == "n't") && unsaid[x.Lemma(v+2)]
	}
	return false
}

var unsaid = view.Set("say elaborate comment specify explain respond give offer provide detail answer")

// namesTheSource: token j names the source src again, by its last word or
// by a pronoun of its number that no one the content cur names could
// take: "Officials said they had contacted the owner, but he did not
// respond" is the owner's silence, "Berg said she told Lind …, but he
// refused to comment" Lind's, perhaps.
func (rf *refiner) namesTheSource(j int, cur, src view.Range) bool {
	x := rf.x
	if src.B <= src.A {
		return false
	}
	last := x.Tag(src.B - 1)
	plural := last == "NNS" || last == "NNPS"
	for k := src.A; k < src.B; k++ {
		plural = plural || x.Lower[k] == "and"
	}
	switch x.Lower[j] {
	case "they":
		return plural
	case "he", "she":
		if plural {
			return false
		}
		for k := cur.A; k < cur.B; k++ {
			if x.Tag(k) == "NNP" || personPronouns[x.Lower[k]] {
				return false
			}
		}
		return true
	}
	return x.Lower[j] == x.Lower[src.B-1] && x.Tag(j) == "NNP"
}

// personPronouns name a person the content may speak of.
var personPronouns = view.Set("he she him her")

// opensTime: a phrase of time starts at token i ("recent weeks", "last
// month", "Monday").
func (rf *refiner) opensTime(i int) bool {
	l := rf.x.Lower
	if timeNouns[l[i]] {
		return true
	}
	return timeModifiers[l[i]] && i+1 < len(l) && timeNouns[l[i+1]]
}

var (
	timeNouns = view.Set("day days week weeks month months year years weekend morning afternoon evening night " +
		"monday tuesday wednesday thursday friday saturday sunday today yesterday")
	timeModifiers = view.Set("recent past coming last next this early late previous")
)

// hasVerb: a verb lies in t.
// hasFullVerb: span t holds a verb other than a form of "be", "have" or
// "do".
func (rf *refiner) hasFullVerb(t view.Range) bool {
	for i := t.A; i < t.B; i++ {
		if view.IsVerbTag(rf.x.Tag(i)) && rf.x.Tag(i) != "MD" {
			switch rf.x.Lemma(i) {
			case "be", "have", "do":
			default:
				return true
			}
		}
	}
	return false
}

func (rf *refiner) hasVerb(t view.Range) bool {
	for i := t.A; i < t.B; i++ {
		if view.IsVerbTag(rf.x.Tag(i)) {
			return true
		}
	}
	return false
}

// inDateline: token p lies in the wire dateline its sentence opens with.
func (rf *refiner) inDateline(p int) bool {
	s := rf.x.D.Sentences[rf.x.Sentence[p]]
	return p < rf.x.DatelineEnd(s)
}

// findForeign notes, for each token from lo to hi, the first token at
// or after it that belongs to an attribution other than k and those
// sharing its cue: the halves of a split or continued quotation share
// their cue and source, and the later half's hold on them must not keep
// the first from being redrawn ("said Friday" to "said"). A span may not
// reach such a token. What a half reports is foreign to the source the
// halves share: "The cost, said the minister, a former banker, is too
// high" has no source "the minister, a former banker, is too high".
func (rf *refiner) findForeign(k int, r spanRole, lo, hi int) {
	n := hi - lo + 1
	rf.nextForeign, rf.foreignFrom = slices.Grow(rf.nextForeign[:0], n)[:n], lo
	next := hi
	for i := hi - 1; i >= lo; i-- {
		if o := rf.owner[i]; o >= 0 && (rf.group[o] != rf.group[k] || r == roleSource && o != k && rf.inContent(o, i)) {
			next = i
		}
		rf.nextForeign[i-lo] = next
	}
	rf.nextForeign[n-1] = hi
}

// inContent: token i lies in attribution o's content.
func (rf *refiner) inContent(o, i int) bool {
	t, ok := rf.current(o, roleContent)
	return ok && t.A <= i && i < t.B
}

// quotedIn returns the tokens from the first to the last quoted one of
// the rules' content cur (empty for other roles or when none is quoted),
// which a redrawn content must keep.
func (rf *refiner) quotedIn(r spanRole, cur view.Range) view.Range {
	q := view.Range{}
	if r != roleContent {
		return q
	}
	for i := cur.A; i < cur.B; i++ {
		if rf.x.QuoteAt[i] >= 0 {
			if q.B == 0 {
				q.A = i
			}
			q.B = i + 1
		}
	}
	return q
}

// holdsClauseVerb: tokens [a, b) hold a finite verb right after a noun,
// outside any relative clause: the verb of the clause the source is
// subject of, which a wrong parse hung on the subject ("A new ad from the
// campaign is seizing on …, questioning …" has the ad question, not the
// ad seizing on).
func (rf *refiner) holdsClauseVerb(a, b int) bool {
	x := rf.x
	for i := a + 1; i < b; i++ {
		switch l, t := x.Lower[i], x.Tag(i); {
		case t == "WDT" || t == "WP" || t == "WP$" || l == "that" || x.QuoteAt[i] >= 0:
			return false
		case view.IsFinite(t) && (view.IsNounTag(x.Tag(i-1)) || x.Tag(i-1) == "CD"):
			return true
		}
	}
	return false
}

// leavesContent: cue c, if it overlaps content con, takes only words
// before the content's first quoted one and leaves some of it.
func (rf *refiner) leavesContent(c, con view.Range) bool {
	if c.B <= con.A || c.A >= con.B {
		return true
	}
	if c.A > con.A || c.B >= con.B {
		return false
	}
	for i := con.A; i < c.B; i++ {
		if rf.x.QuoteAt[i] >= 0 {
			return false
		}
	}
	return true
}

// adjunctOpeners open a phrase of time, cause or circumstance, which may
// be the writer's setting of what was said rather than part of it,
// wherever the parse hung it: "called for a repeal | before sketching out
// her own plan", "urged him to go home | after he was pressed on …".
var adjunctOpeners = view.Set("before after as while since until because despite amid following aside during")

// stopsBefore: a span may end before token p (punctuation, a conjunction,
// a relative pronoun).
func (rf *refiner) stopsBefore(p int) bool {
	switch rf.x.Lower[p] {
	case ",", ";", ":", "—", "–", "--", "(", ")", "but":
		return true
	}
	switch rf.x.Tag(p) {
	case "CC", "WDT", "WP", "WRB":
		return true
	}
	return false
}

// phraseOnCue: token p opens a phrase the parse hangs on attribution k's
// cue word ("… in his remarks", "… during a rally"), which may be the
// cue's circumstance rather than part of what was said.
func (rf *refiner) phraseOnCue(k, p int) bool {
	t := rf.x.D.Tokens[p]
	if t.Dep != "case" && t.Dep != "mark" || t.Head <= p || t.Head >= len(rf.x.D.Tokens) {
		return false
	}
	return rf.x.D.Tokens[t.Head].Head == rf.head[k]
}

// occasionAt: token p opens a phrase naming the occasion of what was
// said ("in a statement", "during a rally", "at a news conference"),
// which PolNeAR leaves out of the content though the parse may hang it on
// the content's last noun.
func (rf *refiner) occasionAt(p int) bool {
	x := rf.x
	if !occasionPreps[x.Lower[p]] || x.QuoteAt[p] >= 0 {
		return false
	}
	for i := p + 1; i < min(p+6, len(x.Lower)); i++ {
		switch t := x.Tag(i); {
		case strings.HasPrefix(t, "NN"):
			if occasionNouns[x.Lemma(i)] {
				return true
			}
		case t == "DT" || t == "JJ" || t == "PRP$" || t == "POS" || t == "CD" || t == "HYPH" || t == "VBN":
		default:
			return false
		}
	}
	return false
}

var (
	occasionPreps = view.Set("in during at on via through")
	occasionNouns = view.Set("statement interview tweet remark speech rally debate email letter post op-ed appearance stop " +
		"conference hearing briefing call address event session meeting broadcast video release message show program " +
		"podcast column editorial memo filing testimony")
)

// opensAfter: a span may start after token p.
func (rf *refiner) opensAfter(p int) bool {
	switch rf.x.Lower[p] {
	case ",", ":", "that", "to":
		return true
	}
	return rf.x.Tag(p) == "IN"
}
