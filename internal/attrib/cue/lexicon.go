package cue

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/internal/attrib/train"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
)

// coreLemmas are verbs of saying, reporting and believing: the
// hand-written lexicon.
var coreLemmas = view.Set("say tell add note explain argue claim insist warn state write report announce believe think " +
	"suggest stress acknowledge admit deny ask reply respond comment declare predict promise vow urge accuse allege " +
	"confirm emphasize emphasise tweet praise thank hail condemn criticize criticise welcome show testify recall concede contend maintain assert caution complain boast joke " +
	"estimate conclude reveal disclose indicate observe remark mention describe reiterate post " +
	"agree charge counter fear hope expect doubt worry question learn find affirm reaffirm")

// IsCore: lemma is in the hand-written lexicon of verbs of saying and
// believing.
func IsCore(lemma string) bool { return coreLemmas[lemma] }

// Stat is how often a verb lemma is an attribution cue in annotated
// text: Cue of Seen occurrences as a verb.
type Stat struct {
	Lemma string  `json:"lemma"`
	Seen  int     `json:"seen"`
	Cue   int     `json:"cue"`
	Rate  float64 `json:"rate"`
}

// Learn counts, over annotated documents, how often each verb lemma
// stands inside a gold cue, and returns those seen at least minSeen times
// and a cue at least minRate of the time: the cue lexicon of the corpus,
// wider than the hand-written one ("call", "find", "show"...).
func Learn(docs []train.Doc, minSeen int, minRate float64) []Stat {
	seen, cue := map[string]int{}, map[string]int{}
	for _, td := range docs {
		inCue := train.GoldCueTokens(td)
		for i, t := range td.Doc.Tokens {
			if !view.IsVerbTag(t.Tag) || t.Tag == "MD" || t.Lemma == "be" || t.Lemma == "have" || t.Lemma == "do" {
				continue
			}
			seen[t.Lemma]++
			if inCue[i] {
				cue[t.Lemma]++
			}
		}
	}
	var out []Stat
	for l, n := range seen {
		if rate := float64(cue[l]) / float64(n); n >= minSeen && rate >= minRate {
			out = append(out, Stat{Lemma: l, Seen: n, Cue: cue[l], Rate: rate})
		}
	}
	slices.SortFunc(out, func(a, b Stat) int {
		if a.Cue != b.Cue {
			return b.Cue - a.Cue
		}
		return strings.Compare(a.Lemma, b.Lemma)
	})
	return out
}

// With returns the hand-written cue lexicon widened by learned cues.
func With(learned []Stat) map[string]bool {
	m := make(map[string]bool, len(coreLemmas)+len(learned))
	for l := range coreLemmas {
		m[l] = true
	}
	for _, c := range learned {
		m[c.Lemma] = true
	}
	return m
}
