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
// cross-article entity linking on the roadmap; within an article,
// coreference already gathers short names under the fullest one.)
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
	Kind string
	Type string // the attribution's type; "" when untyped
	// Confidence is the attribution's score, 0 to 1; 0 when not scored.
	Confidence float64
	Speaker    string
	SpeakerID  *EntityKey // the PER entity the speaker is, if any
	Source     string
	Addressee  string
	// AddresseeID is the stored entity the addressee is, if any.
	AddresseeID *EntityKey
	Cue         newsgraph.TextSpan
	Content     newsgraph.TextSpan
	About       []EntityKey // entities mentioned inside the content
}

// Rows are everything stored for one article besides the article itself.
type Rows struct {
	Entities []EntityKey
	Mentions []Mention
	Quotes   []Quote
	// Linked holds, for the entities that have any, the knowledge-base
	// actor the analysis linked them to and the roles coreference read
	// (titles and appositives), in code points.
	Linked map[EntityKey]Linked
}

// Linked is what an article says of who an entity is.
type Linked struct {
	KBID  string
	Roles []newsgraph.TextSpan
}

// Build computes the rows of d: one entity per entity of the document that
// is not a group (groups such as "the two leaders" are the article's own),
// under its canonical name, with its mentions other than pronouns.
func Build(d *newsgraph.Doc) Rows {
	cp := newsgraph.NewCodePoints(d.Text)
	keys := entityKeys(d)
	var r Rows
	seen := map[EntityKey]bool{}
	for _, m := range d.Mentions {
		k, ok := mentionKey(d, keys, m)
		if !ok || m.Kind == newsgraph.MentionPronoun {
			continue
		}
		if !seen[k] {
			seen[k] = true
			r.Entities = append(r.Entities, k)
		}
		r.Mentions = append(r.Mentions, Mention{k, cp.At(m.Start), cp.At(m.End)})
	}
	for _, a := range d.Attributions {
		q := buildQuote(d, cp, a, keys, seen, r.Mentions)
		// A speaker known only by pronouns ("I", resolved to the byline's
		// writer) is still a stored entity: its quotes count and list
		// under it.
		if q.SpeakerID != nil && !seen[*q.SpeakerID] {
			seen[*q.SpeakerID] = true
			r.Entities = append(r.Entities, *q.SpeakerID)
		}
		r.Quotes = append(r.Quotes, q)
	}
	r.Linked = linked(d, cp, keys, seen)
	return r
}

// linked gathers the knowledge-base links and roles of the stored
// entities. Two entities of the article may share a key (coreference kept
// them apart, their names agree); the first link is kept, and the roles of
// both.
func linked(d *newsgraph.Doc, cp newsgraph.CodePoints, keys map[int]EntityKey, stored map[EntityKey]bool) map[EntityKey]Linked {
	out := map[EntityKey]Linked{}
	for id, e := range d.Entities {
		k, ok := keys[id]
		if !ok || !stored[k] || e.ActorID == "" && len(e.Roles) == 0 {
			continue
		}
		l := out[k]
		if l.KBID == "" {
			l.KBID = e.ActorID
		}
		for _, r := range e.Roles {
			l.Roles = append(l.Roles, textSpan(d, cp, r))
		}
		out[k] = l
	}
	return out
}

// entityKeys maps the index of each entity to store to its key.
//
// An entity known only by descriptions ("the people", "the state") is the
// article's own, as a group is: its "name" is a common noun phrase, which
// across articles would gather everyone called "the president" into one
// entity. An entity named from outside its mentions (the writer, by the
// byline) is stored.
func entityKeys(d *newsgraph.Doc) map[int]EntityKey {
	keys := map[int]EntityKey{}
	for id, e := range d.Entities {
		if len(e.Members) == 0 && cleanName(e.Name) != "" && named(d, e) {
			keys[id] = EntityKey{e.Type, cleanName(e.Name)}
		}
	}
	return keys
}

// named: the entity has a name mention, or a name none of its mentions
// spells.
func named(d *newsgraph.Doc, e newsgraph.Entity) bool {
	for _, k := range e.Mentions {
		m := d.Mentions[k]
		if m.Kind == newsgraph.MentionName || cleanName(d.Slice(m.Span)) == cleanName(e.Name) {
			return m.Kind == newsgraph.MentionName
		}
	}
	return true
}

// mentionKey is the key of m's entity. A name that coreference never
// gathered (a pipeline without it) is stored under its own text.
func mentionKey(d *newsgraph.Doc, keys map[int]EntityKey, m newsgraph.Mention) (EntityKey, bool) {
	if m.Entity != newsgraph.NoEntity {
		k, ok := keys[m.Entity]
		return k, ok
	}
	if m.Kind == newsgraph.MentionName {
		return EntityKey{m.Type, cleanName(d.Slice(m.Span))}, true
	}
	return EntityKey{}, false
}

func buildQuote(d *newsgraph.Doc, cp newsgraph.CodePoints, a newsgraph.Attribution, keys map[int]EntityKey, stored map[EntityKey]bool, mentions []Mention) Quote {
	q := Quote{Kind: string(a.Kind), Type: string(a.Type), Confidence: confidence(a.Confidence),
		Cue: textSpan(d, cp, a.Cue), Content: textSpan(d, cp, a.Content)}
	if a.Source != nil {
		q.Source = oneLine(d.Slice(*a.Source))
	}
	if a.Addressee != nil {
		q.Addressee = oneLine(a.Addressee.Name)
		if k, ok := keys[a.Addressee.Entity]; ok && stored[k] {
			q.AddresseeID = &k
		}
	}
	if a.Speaker != nil {
		q.Speaker = oneLine(a.Speaker.Name)
		if k, ok := keys[a.Speaker.Entity]; ok {
			q.SpeakerID = &k
		} else if k := (EntityKey{"PER", q.Speaker}); stored[k] {
			q.SpeakerID = &k // a speaker named, not linked: a person of that name stored
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

// confidence bounds a score to 0..1, a NaN to 0 (not scored): the store's
// column holds no NaN, and a stage's slip must not fail the whole article.
func confidence(c float64) float64 {
	if !(c > 0) {
		return 0
	}
	return min(c, 1)
}

func textSpan(d *newsgraph.Doc, cp newsgraph.CodePoints, s newsgraph.Span) newsgraph.TextSpan {
	return newsgraph.TextSpan{Start: cp.At(s.Start), End: cp.At(s.End), Text: d.Slice(s)}
}

// cleanName folds white space and drops a possessive ending.
func cleanName(s string) string {
	s = oneLine(s)
	for _, suf := range []string{"’s", "'s", "‘s"} { // ‘ too: typed for ’ often enough
		s = strings.TrimSuffix(s, suf)
	}
	return s
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
