package timex

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// match is what a matcher found at a token: the token after it, and the
// expression's type and value.
type match struct {
	end int
	typ newsgraph.TimexType
	val resolved
	// derived marks a value worked out from an earlier expression's ("a
	// year earlier" after "the third quarter"), which later expressions
	// must not take for one the text names.
	derived bool
}

func (m match) found() bool { return m.end > 0 && m.val.ok }

// matcher tries to read a time expression starting at token i.
type matcher func(s *scanner, i int) match

// scanner reads one Doc's tokens a sentence at a time.
type scanner struct {
	d      *newsgraph.Doc
	words  []string // lower-cased token texts
	anchor time.Time
	first  int // the sentence's first token
	end    int // one past its last token
	// lastQuarter is the quarter last named, "1989-Q3": earnings reports
	// compare a quarter with "the year-earlier quarter" or "a year ago".
	lastQuarter string
	lastYear    string // the year last named, for "that year"
	// sentenceDate is the month or day the sentence has named so far:
	// "sales rose in October from a year earlier" compares Octobers.
	sentenceDate string
}

// Find returns the time expressions of d, in text order, resolved against
// anchor (zero when the publication date is unknown). It needs d's tokens
// and sentences.
func Find(d *newsgraph.Doc, anchor time.Time) []newsgraph.Timex {
	s := scanner{d: d, anchor: anchor, words: make([]string, len(d.Tokens))}
	for i, t := range d.Tokens {
		if t.Start < 0 || t.End > len(d.Text) || t.Start > t.End {
			return nil
		}
		s.words[i] = strings.ToLower(d.Text[t.Start:t.End])
	}
	var out []newsgraph.Timex
	for _, sent := range d.Sentences {
		if sent.FirstToken < 0 || sent.EndToken > len(d.Tokens) || sent.FirstToken > sent.EndToken {
			continue
		}
		s.sentence(sent)
		for i := sent.FirstToken; i < sent.EndToken; {
			if !s.mayStart(i) {
				i++
				continue
			}
			start, m := s.longest(i)
			if !m.found() {
				i++
				continue
			}
			out = append(out, s.timex(start, m))
			i = m.end
		}
	}
	return out
}

func (s *scanner) timex(start int, m match) newsgraph.Timex {
	s.remember(m)
	return newsgraph.Timex{
		Span:       newsgraph.Span{Start: s.d.Tokens[start].Start, End: s.d.Tokens[m.end-1].End},
		Type:       m.typ,
		Value:      m.val.value,
		Unresolved: m.val.unresolved,
	}
}

// remember keeps the year, the quarter and the sentence's month or day
// last named, which later expressions may refer back to.
func (s *scanner) remember(m match) {
	v := m.val.value
	if m.typ != newsgraph.TimexDate || m.derived || m.val.unresolved || len(v) < 4 || !isDigits(v[:4]) {
		return
	}
	s.lastYear = v[:4]
	switch {
	case len(v) == 7 && v[5] == 'Q':
		s.lastQuarter = v
	case len(v) == 7 && isDigits(v[5:]), len(v) == 10 && isDigits(v[8:]):
		s.sentenceDate = v
	}
}

func isDigits(v string) bool {
	for k := 0; k < len(v); k++ {
		if v[k] < '0' || v[k] > '9' {
			return false
		}
	}
	return v != ""
}

func (s *scanner) sentence(sent newsgraph.Sentence) {
	s.first, s.end, s.sentenceDate = sent.FirstToken, sent.EndToken, ""
}

// w is the lower-cased token i, or "" outside the sentence, so that a
// matcher may look ahead without bounds checks and never across sentences.
func (s *scanner) w(i int) string {
	if i < s.first || i >= s.end {
		return ""
	}
	return s.words[i]
}

// capital reports whether token i starts with an upper-case letter.
func (s *scanner) capital(i int) bool {
	if i < s.first || i >= s.end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s.d.Text[s.d.Tokens[i].Start:])
	return unicode.IsUpper(r)
}

// longest is the longest expression at token i, with the modifiers that
// may precede it ("nearly", "early", "the end of"); start is its first
// token.
func (s *scanner) longest(i int) (start int, best match) {
	best = s.core(i)
	if j, endOf := s.modifier(i); j > i {
		m := s.core(j)
		if endOf && !m.found() {
			m = currentUnit(s, j)
		}
		if m.found() && m.end > best.end {
			best = m
		}
	}
	return i, best
}

// core is the longest match of any matcher at token i.
func (s *scanner) core(i int) match {
	var best match
	for _, try := range matchers {
		if m := try(s, i); m.found() && m.end > best.end {
			best = m
		}
	}
	return best
}
