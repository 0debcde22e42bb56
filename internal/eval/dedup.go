package eval

import (
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph/internal/dedup"
)

// DedupText is one text of a near-duplicate test set. Texts of one Family
// are versions of one article (near duplicates of each other); texts of
// different families are different articles.
type DedupText struct {
	Family int
	Kind   string // how it was made: "gold", "extracted", "trimmed", "retitled", "edited", "other"
	Text   string
}

// DedupVariants makes, from an article's body and the body newsgraph's
// HTML path extracted from its page, the versions a newsroom meets: the
// page through another template (the extracted body), the story trimmed
// to its first 40% of paragraphs, given a new headline and a line of web
// chrome, and lightly edited (every twelfth word changed).
func DedupVariants(family int, gold, extracted string) []DedupText {
	out := []DedupText{{family, "gold", gold}}
	if strings.TrimSpace(extracted) != "" {
		out = append(out, DedupText{family, "extracted", extracted})
	}
	paras := strings.Split(strings.TrimSpace(gold), "\n")
	if keep := len(paras) * 2 / 5; keep >= 2 {
		out = append(out, DedupText{family, "trimmed", strings.Join(paras[:keep], "\n")})
	}
	out = append(out, DedupText{family, "retitled", "A new headline for the same story\n\n" + gold + "\n\nShare this article on social media."})
	words := strings.Fields(gold)
	for i := 11; i < len(words); i += 12 {
		words[i] = "changed"
	}
	return append(out, DedupText{family, "edited", strings.Join(words, " ")})
}

// DedupScore is how well signatures tell versions of one article from
// different articles, over every pair of signed texts.
type DedupScore struct {
	Texts      int `json:"texts"`
	Unsigned   int `json:"unsigned"` // too short to sign
	Positives  int `json:"positive_pairs"`
	Negatives  int `json:"negative_pairs"`
	Thresholds []DedupPoint
	// ByKind is the recall at dedup.Threshold of the pairs of a gold body
	// with each kind of version.
	ByKind map[string]float64 `json:"recall_by_kind"`
	// Candidates is the share of positive pairs that share an LSH band:
	// those an Index can find at all.
	Candidates float64 `json:"lsh_candidate_recall"`
	// FalsePairs are the first negative pairs judged near duplicates at
	// dedup.Threshold, for reading.
	FalsePairs []string `json:"false_pairs"`
}

// DedupPoint is precision and recall at one threshold.
type DedupPoint struct {
	Threshold float64 `json:"threshold"`
	PRF
}

// ScoreDedup signs every text and judges every pair of signed texts at
// each threshold.
func ScoreDedup(texts []DedupText, thresholds []float64) DedupScore {
	var sigs []dedup.Signature
	var kept []DedupText
	sc := DedupScore{Texts: len(texts), ByKind: map[string]float64{}}
	for _, t := range texts {
		s, ok := dedup.Sign(t.Text)
		if !ok {
			sc.Unsigned++
			continue
		}
		sigs, kept = append(sigs, s), append(kept, t)
	}
	tp, fp := make([]int, len(thresholds)), make([]int, len(thresholds))
	kindN, kindHit := map[string]int{}, map[string]int{}
	banded := 0
	for i := range sigs {
		keys := sigs[i].BandKeys()
		for j := i + 1; j < len(sigs); j++ {
			same := kept[i].Family == kept[j].Family
			sim := dedup.Similarity(sigs[i], sigs[j])
			if same {
				sc.Positives++
				if shareBand(keys, sigs[j].BandKeys()) {
					banded++
				}
				if kept[i].Kind == "gold" {
					kindN[kept[j].Kind]++
					if sim >= dedup.Threshold {
						kindHit[kept[j].Kind]++
					}
				}
			} else {
				sc.Negatives++
				if sim >= dedup.Threshold && len(sc.FalsePairs) < 10 {
					sc.FalsePairs = append(sc.FalsePairs, fmt.Sprintf("%.2f %q ~ %q", sim, head(kept[i].Text), head(kept[j].Text)))
				}
			}
			for k, th := range thresholds {
				if sim >= th {
					if same {
						tp[k]++
					} else {
						fp[k]++
					}
				}
			}
		}
	}
	for k, th := range thresholds {
		sc.Thresholds = append(sc.Thresholds, DedupPoint{th, Counts(tp[k], tp[k]+fp[k], sc.Positives)})
	}
	for kind, n := range kindN {
		sc.ByKind[kind] = Counts(kindHit[kind], n, n).Precision
	}
	sc.Candidates = Counts(banded, sc.Positives, sc.Positives).Precision
	return sc
}

func shareBand(a, b [dedup.Bands]uint64) bool {
	for i := range a {
		if a[i] == b[i] {
			return true
		}
	}
	return false
}

// head is a text's first 60 bytes on one line, for reports.
func head(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 60 {
		s = s[:60]
	}
	return s
}
