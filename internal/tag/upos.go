package tag

import "strings"

// UPOSMap turns an XPOS tag into a Universal POS tag. Most XPOS tags map to
// one UPOS, but some depend on the word (VBZ is AUX for "is", VERB for
// "runs"; IN is SCONJ for "because", ADP for "of"), so the map is learned
// from a treebank's (form, XPOS, UPOS) triples: by (word, XPOS) when the
// word was seen with that tag, else by XPOS alone.
type UPOSMap struct {
	ByWord map[string]string `json:"by_word"` // lower(word) + "\t" + XPOS -> UPOS, only where it differs from ByTag
	ByTag  map[string]string `json:"by_tag"`  // XPOS -> most frequent UPOS
}

// UPOS returns the UPOS of word tagged xpos.
func (m *UPOSMap) UPOS(word, xpos string) string {
	if u, ok := m.ByWord[strings.ToLower(word)+"\t"+xpos]; ok {
		return u
	}
	if u, ok := m.ByTag[xpos]; ok {
		return u
	}
	return "X"
}

// LearnUPOS counts (word, XPOS, UPOS) triples and keeps the majority UPOS
// per XPOS and the (word, XPOS) pairs whose majority differs from it.
func LearnUPOS(words, xpos, upos []string) *UPOSMap {
	byTag := map[string]map[string]int{}
	byWord := map[string]map[string]int{}
	for i := range words {
		inc(byTag, xpos[i], upos[i])
		inc(byWord, strings.ToLower(words[i])+"\t"+xpos[i], upos[i])
	}
	m := &UPOSMap{ByWord: map[string]string{}, ByTag: map[string]string{}}
	for tg, counts := range byTag {
		m.ByTag[tg] = majority(counts)
	}
	for key, counts := range byWord {
		_, tg, _ := strings.Cut(key, "\t")
		if u := majority(counts); u != m.ByTag[tg] {
			m.ByWord[key] = u
		}
	}
	return m
}

func inc(m map[string]map[string]int, key, val string) {
	if m[key] == nil {
		m[key] = map[string]int{}
	}
	m[key][val]++
}

// majority returns the most frequent value, ties broken alphabetically so
// that learning is deterministic.
func majority(counts map[string]int) string {
	best, bestN := "", -1
	for v, n := range counts {
		if n > bestN || n == bestN && v < best {
			best, bestN = v, n
		}
	}
	return best
}
