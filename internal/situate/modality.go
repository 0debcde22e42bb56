package situate

import (
	"strings"

	"github.com/newsgraph/newsgraph"
)

// The words that change how an event is put. A word on the verb itself or
// on a verb that governs it counts: "will likely use the talks to seek
// shells" makes "seek" as future as "use".
var (
	negators = set("not", "n't", "never")
	// futureAux mark what is still to come; futureGovernors are verbs of
	// plan and commitment whose complement has not happened yet.
	futureAux       = set("will", "shall", "'ll", "wo")
	futureGovernors = set("plan", "intend", "expect", "aim", "prepare", "schedule", "vow", "promise", "pledge",
		"agree", "decide", "set", "due", "go")
	// hypotheticalAux mark what may or may not happen; hypotheticalGovernors
	// are verbs of wish, attempt and threat, whose complement may never
	// happen.
	hypotheticalAux       = set("could", "might", "may", "would", "should", "can", "must", "ca")
	hypotheticalGovernors = set("want", "hope", "seek", "try", "attempt", "threaten", "consider", "propose", "offer",
		"ask", "urge", "wish", "refuse", "decline", "fail")
	conditionals = set("if", "unless", "whether")
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Modality says how the article puts the event whose verb is token v of
// sentence s. A negation wins over everything ("will not attack" did not
// happen as far as the article says), then a possibility, then a future.
func Modality(d *newsgraph.Doc, s newsgraph.Sentence, v int) newsgraph.EventModality {
	kids := children(d, s)
	var hypothetical, future bool
	for _, g := range governors(d, s, kids, v) {
		for _, k := range kids[g] {
			w := strings.ToLower(lemma(d, k))
			dep := d.Tokens[k].Dep
			switch {
			case negators[w] && (dep == "advmod" || dep == "neg") && g == v:
				return newsgraph.Negated
			case hypotheticalAux[w] && dep == "aux", conditionals[w] && dep == "mark":
				hypothetical = true
			case futureAux[w] && dep == "aux":
				future = true
			}
		}
		if g != v {
			switch w := strings.ToLower(lemma(d, g)); {
			case hypotheticalGovernors[w]:
				hypothetical = true
			case futureGovernors[w]:
				future = true
			}
		}
	}
	switch {
	case hypothetical:
		return newsgraph.Hypothetical
	case future:
		return newsgraph.Future
	}
	return newsgraph.Asserted
}

// governors is v and the verbs it completes or is coordinated with: the
// head of an xcomp ("plans to visit"), of an advcl of purpose ("use the
// talks to seek") and the first conjunct of a conj ("will meet and
// discuss"). The walk stops at a clause that reports speech (ccomp), whose
// modality is the speaker's, not the event's.
func governors(d *newsgraph.Doc, s newsgraph.Sentence, kids map[int][]int, v int) []int {
	out := []int{v}
	for i := v; len(out) < maxClimb; {
		t := d.Tokens[i]
		h := t.Head
		if h < s.FirstToken || h >= s.EndToken || h == i {
			break
		}
		switch t.Dep {
		case "xcomp", "conj", "advcl":
			if t.Dep == "advcl" && !purpose(d, kids, i) {
				return out
			}
			out = append(out, h)
			i = h
		default:
			return out
		}
	}
	return out
}

// purpose reports whether the advcl headed by i is one of purpose, marked
// "to": "use the talks to seek shells".
func purpose(d *newsgraph.Doc, kids map[int][]int, i int) bool {
	for _, k := range kids[i] {
		if d.Tokens[k].Dep == "mark" && strings.EqualFold(d.TokenText(k), "to") {
			return true
		}
	}
	return false
}
