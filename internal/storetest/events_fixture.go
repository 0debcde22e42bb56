package storetest

import (
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
)

// EventArticle builds by hand an article with two events between two
// invented countries, Norland and Vesta, for the stores', the API's and
// the exports' tests:
//
//   - Norland shelled Vesta near Port Ærø on Monday: ASSAULT (CAMEO 194),
//     Norland on Vesta, at the place, dated by the time expression
//     ("Monday", valued monday), asserted by the article;
//   - Vesta hosted envoys from Norland: CONSULT (043, mode host), Vesta to
//     Norland, with no date of its own, reported by "officials", whose
//     attribution is the article's only one.
//
// The title's curly quotes put byte and code-point offsets apart.
func EventArticle(hash string, published time.Time, monday string) *newsgraph.Article {
	const title = "Border “flare-up”"
	body := "Norland shelled Vesta near Port Ærø on Monday. Vesta then hosted envoys from Norland, officials said."
	d := newsgraph.NewDoc(newsgraph.Metadata{Published: published, URL: "https://example.org/" + hash},
		[]newsgraph.Block{{Kind: newsgraph.KindTitle, Text: title}, {Kind: newsgraph.KindBody, Text: body}})
	from := len(title)
	at := func(s string) newsgraph.Span { // the first s after from
		i := from + strings.Index(d.Text[from:], s)
		from = i + len(s)
		return newsgraph.Span{Start: i, End: i + len(s)}
	}
	norland, shelled, vesta, place, monday1 := at("Norland"), at("shelled"), at("Vesta"), at("Port Ærø"), at("Monday")
	vesta2, hosted, norland2 := at("Vesta"), at("hosted"), at("Norland")
	officials, said := at("officials"), at("said")
	first := strings.Index(d.Text, body)
	second := first + strings.Index(body, "Vesta then")
	d.Sentences = []newsgraph.Sentence{{Span: newsgraph.Span{Start: first, End: second - 1}}, {Span: newsgraph.Span{Start: second, End: len(d.Text)}}}
	name := func(s newsgraph.Span, typ string) newsgraph.Mention {
		return newsgraph.Mention{Span: s, Kind: newsgraph.MentionName, Type: typ, Entity: newsgraph.NoEntity}
	}
	d.Mentions = []newsgraph.Mention{name(norland, "LOC"), name(vesta, "LOC"), name(place, "LOC"), name(vesta2, "LOC"), name(norland2, "LOC")}
	content := newsgraph.Span{Start: vesta2.Start, End: norland2.End}
	d.Attributions = []newsgraph.Attribution{{Kind: newsgraph.Indirect, Source: &officials, Cue: said, Content: content,
		Speaker: &newsgraph.Referent{Entity: newsgraph.NoEntity, Name: "officials", Mention: officials}}}
	d.Times = []newsgraph.Timex{{Span: monday1, Type: newsgraph.TimexDate, Value: monday}}
	party := func(s newsgraph.Span, code string) []newsgraph.Participant {
		return []newsgraph.Participant{{Entity: newsgraph.NoEntity, Codes: []string{code}, Mention: s}}
	}
	d.Events = []newsgraph.Event{
		{Type: "ASSAULT", CAMEO: "194", QuadClass: 4, Goldstein: -10, Actor: party(norland, "NORMIL"), Recipient: party(vesta, "VES"),
			Verb: shelled, Place: &newsgraph.Place{Span: place, Entity: newsgraph.NoEntity}, Date: monday, Timex: 0,
			Modality: newsgraph.Asserted, ReportedBy: newsgraph.NoAttribution},
		{Type: "CONSULT", Mode: "host", CAMEO: "043", QuadClass: 1, Goldstein: 2.8, Actor: party(vesta2, "VESGOV"), Recipient: party(norland2, "NOR"),
			Verb: hosted, Sentence: 1, Timex: newsgraph.NoTimex, Modality: newsgraph.Asserted, ReportedBy: 0},
	}
	return &newsgraph.Article{Hash: hash, Doc: d}
}
