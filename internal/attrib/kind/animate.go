package kind

import (
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
)

// animate: the source can speak — a person, a group or an institution —
// rather than a thing that can only be read as evidence (a poll, the data,
// the composition of a delegation). Unknown heads count as animate, so that
// only what is clearly a thing turns a statement into a perception.
func animate(d *newsgraph.Doc, src newsgraph.Span) bool {
	if namesPerson(d, src) {
		return true // "Emirates President Tim Clark", whichever word the parse made its head
	}
	h := head(d, src)
	if h < 0 {
		return true
	}
	for _, m := range d.Mentions {
		if m.Start <= d.Tokens[h].Start && d.Tokens[h].End <= m.End {
			return m.Type == "PER" || m.Type == "ORG"
		}
	}
	lemma := strings.ToLower(d.Tokens[h].Lemma)
	switch {
	case speakers[lemma]:
		return true
	case things[lemma] || pronounThings[strings.ToLower(d.TokenText(h))]:
		return false
	}
	if t, ok := lookup(nouns, lemma); ok && t == newsgraph.Statement {
		return true // "a statement from the trust" speaks for it, whatever its suffix says
	}
	for _, suffix := range []string{"tion", "sion", "ment", "ness", "ity", "ure", "ance", "ence"} {
		if strings.HasSuffix(lemma, suffix) {
			return false
		}
	}
	return true
}

// namesPerson: src holds a person's name that is not a possessor there
// nor after a preposition ("Trump's tweets", "a poll by Ana Lind" name no
// speaker).
func namesPerson(d *newsgraph.Doc, src newsgraph.Span) bool {
	for _, m := range d.Mentions {
		if m.Type != "PER" || m.Kind != newsgraph.MentionName || !src.Contains(m.Span) {
			continue
		}
		if view.Possessor(d, src, m.Span) || view.AfterPreposition(d, src, m.Span) {
			continue
		}
		return true
	}
	return false
}

// things are heads of sources that are evidence, not speakers.
var things = view.Set("poll survey study data analysis evidence research record document report figure number statistic tally " +
	"result finding entourage video footage photo image picture map chart graph model estimate count " +
	"trend pattern sign history size scale makeup nature extent tone test experience fact case outcome timing choice absence presence")

// speakers are heads that look like things by their suffix but speak:
// institutions and offices.
var speakers = view.Set("government administration department ministry committee commission agency council " +
	"parliament congress senate party campaign management leadership military army police court company " +
	"firm union office embassy team board delegation organization organisation foundation institution " +
	"opposition coalition federation association publication authority community majority minority " +
	"university alliance nation conference convention")

// pronounThings are pronouns that stand for a thing.
var pronounThings = view.Set("it this that which these those")

// head is the token of span src whose head lies outside it (the first such
// token), or -1 when src holds no token.
func head(d *newsgraph.Doc, src newsgraph.Span) int {
	r, _ := view.TokensOf(d, src)
	for i := r.A; i < r.B; i++ {
		if h := d.Tokens[i].Head; h < r.A || h >= r.B {
			return i
		}
	}
	return -1
}
