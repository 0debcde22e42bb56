package ner

import (
	"slices"
	"strings"
)

// Names is a gazetteer learned from the training data: every entity string
// seen there with the types it was seen with. Training documents look names
// up with their own entities taken out (leave one document out), so the
// model learns how far to trust a name it has seen elsewhere, not that
// every name in its own text is listed.
type Names struct {
	Phrases map[string][]int `json:"phrases"` // lower-cased phrase -> count per type (in Types order)
	Longest int              `json:"longest"`

	// reach is, per first word of the phrases, the most words a phrase
	// beginning with it has (its words are those of phraseKey's join, at
	// least as many as its tokens). Most words begin no name, and trying
	// every length up to Longest at each of them was most of the
	// look-ups. Built by index; nil, every length is tried.
	reach map[string]int
}

const maxNameWords = 6

func phraseKey(words []string) string { return strings.ToLower(strings.Join(words, " ")) }

// LearnNames counts the entity strings of docs.
func LearnNames(docs []Document) *Names {
	n := &Names{Phrases: map[string][]int{}}
	for _, d := range docs {
		n.add(d, 1)
	}
	n.index()
	return n
}

// index builds reach from Phrases.
func (n *Names) index() {
	n.reach = make(map[string]int, len(n.Phrases))
	for key := range n.Phrases {
		first, _, _ := strings.Cut(key, " ")
		n.reach[first] = max(n.reach[first], strings.Count(key, " ")+1)
	}
}

// longestFrom is the most words a known name beginning with the
// lower-cased word w may have.
func (n *Names) longestFrom(w string) int {
	if n.reach == nil {
		return n.Longest
	}
	first, _, _ := strings.Cut(w, " ") // a phrase's first word, when w itself holds a blank
	return min(n.reach[first], n.Longest)
}

func (n *Names) add(d Document, sign int) {
	for k, spans := range d.Spans {
		for _, s := range spans {
			if s.End-s.Start > maxNameWords {
				continue
			}
			key := phraseKey(d.Words[k][s.Start:s.End])
			c := n.Phrases[key]
			if c == nil {
				c = make([]int, len(Types))
				n.Phrases[key] = c
			}
			c[slices.Index(Types, s.Type)] += sign
			n.Longest = max(n.Longest, s.End-s.Start)
		}
	}
}

// without returns the counts of one document's own entities, to subtract.
func docNames(d Document) map[string][]int {
	m := map[string][]int{}
	for k, spans := range d.Spans {
		for _, s := range spans {
			key := phraseKey(d.Words[k][s.Start:s.End])
			if m[key] == nil {
				m[key] = make([]int, len(Types))
			}
			m[key][slices.Index(Types, s.Type)]++
		}
	}
	return m
}

// nameMatch is a token's place in a known name: the name's majority type
// and the token's position (B, I, L or U).
type nameMatch struct {
	Type string
	Pos  byte
}

// lookup finds the longest known names in words, ignoring the counts in
// exclude (a training document's own entities).
func (n *Names) lookup(words []string, exclude map[string][]int) []nameMatch {
	return n.lookupLower(lowerAll(words), exclude)
}

// lowerAll lower-cases each word, as phraseKey lower-cases: rune by rune,
// and " " is its own lower case.
func lowerAll(words []string) []string {
	lower := make([]string, len(words))
	for i, w := range words {
		lower[i] = strings.ToLower(w)
	}
	return lower
}

// lookupLower is lookup of words already lower-cased. Every candidate
// phrase is built in one reused buffer: trying up to Longest phrases at
// every word, joining and lower-casing each anew was a fifth of the NER's
// time.
func (n *Names) lookupLower(lower []string, exclude map[string][]int) []nameMatch {
	out := make([]nameMatch, len(lower))
	if n == nil {
		return out
	}
	key := make([]byte, 0, 64)
	for i := 0; i < len(lower); {
		found := 0
		for l := min(n.longestFrom(lower[i]), len(lower)-i); l >= 1 && found == 0; l-- {
			key = appendPhrase(key[:0], lower[i:i+l])
			if t := n.majority(key, exclude); t != "" {
				found = l
				for k := i; k < i+l; k++ {
					pos := byte('I')
					switch {
					case l == 1:
						pos = 'U'
					case k == i:
						pos = 'B'
					case k == i+l-1:
						pos = 'L'
					}
					out[k] = nameMatch{t, pos}
				}
			}
		}
		i += max(found, 1)
	}
	return out
}

// appendPhrase appends words joined by spaces, as phraseKey joins them.
func appendPhrase(dst []byte, words []string) []byte {
	for j, w := range words {
		if j > 0 {
			dst = append(dst, ' ')
		}
		dst = append(dst, w...)
	}
	return dst
}

// majority is the type key was seen with most often, less its counts in
// exclude; "" when none.
func (n *Names) majority(key []byte, exclude map[string][]int) string {
	c, ok := n.Phrases[string(key)] // indexing with string(key) does not copy key
	if !ok {
		return ""
	}
	minus := exclude[string(key)]
	best, bestN := "", 0
	for t, x := range c {
		if minus != nil {
			x -= minus[t]
		}
		if x > bestN {
			best, bestN = Types[t], x
		}
	}
	return best
}
