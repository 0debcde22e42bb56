package story

import (
	"math"
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/dedup"
)

// Features are what the clusterer compares of an article. Each map is a
// raw weighted count: the clusterer turns it into a TF-IDF vector with the
// document frequencies of the stream it belongs to.
type Features struct {
	Published time.Time          // zero: undated, taken as the latest date seen
	Terms     map[string]float64 // content lemma → count, weighted by position
	Names     map[string]float64 // actor or entity key → salience
	Events    map[string]float64 // "actor|CAMEO root|recipient" → count
	Signature dedup.Signature    // MinHash of the text, when Signed
	Signed    bool               // false for a text too short to sign
}

// Position weights: the title and the lead say what an article is about;
// the rest of it wanders into background.
const (
	titleWeight = 3
	leadWeight  = 2
	leadParas   = 2 // body paragraphs that make the lead
)

// skipUPOS are the parts of speech that say nothing about the topic.
var skipUPOS = map[string]bool{"DET": true, "ADP": true, "PRON": true, "AUX": true, "CCONJ": true,
	"SCONJ": true, "PART": true, "PUNCT": true, "SYM": true, "NUM": true, "INTJ": true, "X": true}

// stopLemmas are content words every news article uses: reporting verbs
// and filler that would make any two articles look alike.
var stopLemmas = map[string]bool{"say": true, "tell": true, "be": true, "have": true, "do": true,
	"make": true, "get": true, "go": true, "take": true, "come": true, "know": true, "think": true,
	"mr.": true, "mrs.": true, "ms.": true, "year": true, "time": true, "day": true, "people": true,
	"thing": true, "way": true, "also": true, "not": true, "just": true, "many": true, "more": true,
	"other": true, "new": true, "first": true, "last": true, "would": true, "could": true, "abstract": true,
	"full": true, "text": true}

// FromDoc extracts the features of an analysed article. It reads the
// tokens (lemma and UPOS when the taggers ran), the entities, the events
// and Meta.Published; a Doc that has none of them gives empty features,
// never an error.
func FromDoc(d *newsgraph.Doc) Features {
	f := Features{
		Published: d.Meta.Published,
		Terms:     map[string]float64{},
		Names:     map[string]float64{},
		Events:    map[string]float64{},
	}
	pos := newPositions(d)
	for _, t := range d.Tokens {
		if t.Start < 0 || t.Start > t.End || t.End > len(d.Text) {
			continue // a broken span: skip it rather than slice out of range
		}
		if w := contentWord(t, d.Text[t.Start:t.End]); w != "" {
			f.Terms[w] += pos.weight(t.Start)
		}
	}
	addNames(&f, d, pos)
	addEvents(&f, d)
	f.Signature, f.Signed = dedup.Sign(d.BodyText())
	return f
}

// contentWord is the lower-cased lemma of a token that can carry the
// topic, or "" for one that cannot.
func contentWord(t newsgraph.Token, text string) string {
	if skipUPOS[t.UPOS] {
		return ""
	}
	w := t.Lemma
	if w == "" {
		w = text
	}
	w = strings.ToLower(w)
	if len([]rune(w)) < 2 || stopLemmas[w] || !hasLetter(w) {
		return ""
	}
	return w
}

func hasLetter(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// positions tells the title and lead from the rest of the text.
type positions struct {
	title    newsgraph.Span
	leadEnd  int // byte offset where the lead ends
	hasTitle bool
}

func newPositions(d *newsgraph.Doc) positions {
	var p positions
	paras := d.Paragraphs
	if len(paras) > 0 && paras[0].Kind == newsgraph.KindTitle {
		p.title, p.hasTitle = paras[0].Span, true
		paras = paras[1:]
	}
	seen := 0
	for _, para := range paras {
		if para.Kind != newsgraph.KindBody {
			continue
		}
		p.leadEnd = para.End
		if seen++; seen == leadParas {
			break
		}
	}
	return p
}

func (p positions) weight(offset int) float64 {
	switch {
	case p.hasTitle && p.title.Start <= offset && offset < p.title.End:
		return titleWeight
	case offset < p.leadEnd:
		return leadWeight
	}
	return 1
}

// addNames adds the salience of each named entity: the position weights
// of all its mentions, pronouns and descriptions included, since an
// article keeps referring to what it is about.
func addNames(f *Features, d *newsgraph.Doc, pos positions) {
	for _, e := range d.Entities {
		key := entityKey(e, d)
		if key == "" {
			continue
		}
		s := 0.0
		for _, m := range e.Mentions {
			if m >= 0 && m < len(d.Mentions) {
				s += pos.weight(d.Mentions[m].Start)
			}
		}
		f.Names[key] += s
	}
}

// entityKey names an entity across articles: its corpus actor when it is
// linked to one, else its name, for entities that some mention names.
func entityKey(e newsgraph.Entity, d *newsgraph.Doc) string {
	if e.ActorID != "" {
		return "actor:" + e.ActorID
	}
	named := false
	for _, m := range e.Mentions {
		if m >= 0 && m < len(d.Mentions) && d.Mentions[m].Kind == newsgraph.MentionName {
			named = true
			break
		}
	}
	name := strings.ToLower(strings.Join(strings.Fields(e.Name), " "))
	if !named || name == "" {
		return ""
	}
	return "name:" + name
}

// addEvents counts each event as actor, CAMEO root code and recipient:
// "Trump criticised Clinton" and "Trump accused Clinton" are one kind of
// thing between the same two.
func addEvents(f *Features, d *newsgraph.Doc) {
	for _, ev := range d.Events {
		if ev.Modality == newsgraph.Negated || len(ev.CAMEO) < 2 {
			continue
		}
		key := participantsKey(ev.Actor, d) + "|" + ev.CAMEO[:2] + "|" + participantsKey(ev.Recipient, d)
		f.Events[key]++
	}
}

func participantsKey(ps []newsgraph.Participant, d *newsgraph.Doc) string {
	keys := make([]string, 0, len(ps))
	for _, p := range ps {
		switch {
		case p.ActorID != "":
			keys = append(keys, p.ActorID)
		case len(p.Codes) > 0:
			keys = append(keys, p.Codes[0])
		case p.Entity >= 0 && p.Entity < len(d.Entities):
			keys = append(keys, strings.ToLower(d.Entities[p.Entity].Name))
		}
	}
	slices.Sort(keys) // "Russia and China" and "China and Russia" are one actor
	return strings.Join(keys, "+")
}

// sublinear damps repeated counts: the tenth mention of a word says less
// than the second.
func sublinear(x float64) float64 {
	if x <= 0 {
		return 0
	}
	return 1 + math.Log(x)
}
