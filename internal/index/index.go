// Package index turns an analysed article into the rows a store keeps:
// entities under a canonical name, their mentions, and quotes with their
// speaker and the entities they mention. Both storage adapters use it, so
// they store the same facts.
package index

import (
	"strings"

	"github.com/newsgraph/newsgraph"
)

// EntityKey identifies an entity across articles: its type and canonical
// name. (Linking "Kim" in one article to "Kim Jong Un" in another is the
// cross-article entity linking on the roadmap; within an article, short
// names already resolve to the fullest one.)
type EntityKey struct {
	Type string
	Name string
}

// Mention is an entity occurrence, in code points.
type Mention struct {
	Entity     EntityKey
	Start, End int
}

// Quote is an attribution ready to store.
type Quote struct {
	Kind      string
	Speaker   string
	SpeakerID *EntityKey // the PER entity the speaker is, if any
	Source    string
	Addressee string
	Cue       newsgraph.TextSpan
	Content   newsgraph.TextSpan
	About     []EntityKey // entities mentioned inside the content
}

// Rows are everything stored for one article besides the article itself.
type Rows struct {
	Entities []EntityKey
	Mentions []Mention
	Quotes   []Quote
}

// Build computes the rows of d.
func Build(d *newsgraph.Doc) Rows {
	cp := newsgraph.NewCodePoints(d.Text)
	canon := canonicalNames(d)
	var r Rows
	seen := map[EntityKey]bool{}
	for i, e := range d.Entities {
		k := EntityKey{e.Type, canon[i]}
		if !seen[k] {
			seen[k] = true
			r.Entities = append(r.Entities, k)
		}
		r.Mentions = append(r.Mentions, Mention{k, cp.At(e.Start), cp.At(e.End)})
	}
	for _, a := range d.Attributions {
		r.Quotes = append(r.Quotes, buildQuote(d, cp, a, seen, r.Mentions))
	}
	return r
}

func buildQuote(d *newsgraph.Doc, cp newsgraph.CodePoints, a newsgraph.Attribution, known map[EntityKey]bool, mentions []Mention) Quote {
	q := Quote{Kind: string(a.Kind), Cue: textSpan(d, cp, a.Cue), Content: textSpan(d, cp, a.Content)}
	if a.Source != nil {
		q.Source = oneLine(d.Slice(*a.Source))
	}
	if a.Addressee != nil {
		q.Addressee = oneLine(d.Slice(*a.Addressee))
	}
	if a.Speaker != nil {
		q.Speaker = oneLine(a.Speaker.Name)
		if k := (EntityKey{"PER", q.Speaker}); known[k] {
			q.SpeakerID = &k
		}
	}
	about := map[EntityKey]bool{}
	for _, m := range mentions {
		if m.Start >= q.Content.Start && m.End <= q.Content.End && !about[m.Entity] {
			about[m.Entity] = true
			q.About = append(q.About, m.Entity)
		}
	}
	return q
}

func textSpan(d *newsgraph.Doc, cp newsgraph.CodePoints, s newsgraph.Span) newsgraph.TextSpan {
	return newsgraph.TextSpan{Start: cp.At(s.Start), End: cp.At(s.End), Text: d.Slice(s)}
}

// canonicalNames gives each entity the fullest name of its type in the
// document that contains all its words ("Kim" -> "Kim Jong Un").
func canonicalNames(d *newsgraph.Doc) []string {
	names := make([]string, len(d.Entities))
	words := make([][]string, len(d.Entities))
	for i, e := range d.Entities {
		names[i] = cleanName(d.Slice(e.Span))
		words[i] = strings.Fields(names[i])
	}
	out := make([]string, len(names))
	for i, e := range d.Entities {
		out[i] = names[i]
		if e.Type != "PER" {
			continue
		}
		for j, f := range d.Entities {
			if f.Type == "PER" && len(words[j]) > len(strings.Fields(out[i])) && containsAll(words[j], words[i]) {
				out[i] = names[j]
			}
		}
	}
	return out
}

// cleanName folds white space and drops a possessive ending.
func cleanName(s string) string {
	s = oneLine(s)
	for _, suf := range []string{"’s", "'s"} {
		s = strings.TrimSuffix(s, suf)
	}
	return s
}

func containsAll(long, short []string) bool {
	for _, s := range short {
		found := false
		for _, l := range long {
			if strings.EqualFold(l, s) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
