package ner

import "strings"

// Types are the entity types, in class order.
var Types = []string{"PER", "ORG", "LOC", "MISC"}

// Labels are BILOU labels: O, then B-, I-, L-, U- of every type.
var Labels = func() []string {
	l := []string{"O"}
	for _, t := range Types {
		l = append(l, "B-"+t, "I-"+t, "L-"+t, "U-"+t)
	}
	return l
}()

var labelIndex = func() map[string]int {
	m := map[string]int{}
	for i, l := range Labels {
		m[l] = i
	}
	return m
}()

// Span is an entity over words [Start, End) of one sentence.
type Span struct {
	Start, End int
	Type       string
}

// spansFromIOB reads IOB1 or IOB2 tags (CoNLL-2003 uses IOB1: B- only
// between two adjacent entities of one type).
func spansFromIOB(tags []string) []Span {
	var out []Span
	for i := 0; i < len(tags); {
		if tags[i] == "O" || len(tags[i]) < 3 {
			i++
			continue
		}
		typ := tags[i][2:]
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+typ {
			j++
		}
		out = append(out, Span{i, j, typ})
		i = j
	}
	return out
}

// bilou returns the class of each word for the given spans.
func bilou(n int, spans []Span) []int {
	out := make([]int, n)
	for _, s := range spans {
		if s.End-s.Start == 1 {
			out[s.Start] = labelIndex["U-"+s.Type]
			continue
		}
		out[s.Start] = labelIndex["B-"+s.Type]
		for k := s.Start + 1; k < s.End-1; k++ {
			out[k] = labelIndex["I-"+s.Type]
		}
		out[s.End-1] = labelIndex["L-"+s.Type]
	}
	return out
}

// spansFromBILOU decodes classes into spans.
func spansFromBILOU(classes []int) []Span {
	var out []Span
	start := -1
	for i, c := range classes {
		l := Labels[c]
		switch {
		case l == "O":
			start = -1
		case strings.HasPrefix(l, "U-"):
			out = append(out, Span{i, i + 1, l[2:]})
			start = -1
		case strings.HasPrefix(l, "B-"):
			start = i
		case strings.HasPrefix(l, "L-") && start >= 0:
			out = append(out, Span{start, i + 1, l[2:]})
			start = -1
		}
	}
	return out
}

// allowedAfter[p][c] says whether label c may follow label p: inside an
// entity only I- or L- of its type, outside only O, B- or U-.
var allowedAfter = func() [][]bool {
	a := make([][]bool, len(Labels))
	for p, pl := range Labels {
		a[p] = make([]bool, len(Labels))
		open := strings.HasPrefix(pl, "B-") || strings.HasPrefix(pl, "I-")
		for c, cl := range Labels {
			cont := strings.HasPrefix(cl, "I-") || strings.HasPrefix(cl, "L-")
			if open {
				a[p][c] = cont && cl[2:] == pl[2:]
			} else {
				a[p][c] = !cont
			}
		}
	}
	return a
}()

// atEnd says which labels may end a sentence.
var atEnd = func() []bool {
	a := make([]bool, len(Labels))
	for c, l := range Labels {
		a[c] = !strings.HasPrefix(l, "B-") && !strings.HasPrefix(l, "I-")
	}
	return a
}()
