package situate

import (
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/handbuilt"
)

// span is the first occurrence of w in d's text.
func span(t *testing.T, d *newsgraph.Doc, w string) newsgraph.Span {
	t.Helper()
	i := strings.Index(d.Text, w)
	if i < 0 {
		t.Fatalf("%q not in %q", w, d.Text)
	}
	return newsgraph.Span{Start: i, End: i + len(w)}
}

// event is an event of the doc's only sentence with verb w.
func event(t *testing.T, d *newsgraph.Doc, w string) newsgraph.Event {
	return newsgraph.Event{CAMEO: "043", Verb: span(t, d, w), Sentence: len(d.Sentences) - 1,
		Timex: newsgraph.NoTimex, ReportedBy: newsgraph.NoAttribution}
}

func TestModality(t *testing.T) {
	for _, c := range []struct {
		text string
		spec string
		verb string
		want newsgraph.EventModality
	}{
		{"Moscow could help Pyongyang build satellites.", "Moscow/NNP/Moscow/2/nsubj could/MD/could/2/aux help/VB/help/-1/root Pyongyang/NNP/Pyongyang/2/obj build/VB/build/2/xcomp satellites/NNS/satellite/4/obj ./././2/punct", "build", newsgraph.Hypothetical},
		{"Arnor did not attack Gondor.", "Arnor/NNP/Arnor/3/nsubj did/VBD/do/3/aux not/RB/not/3/advmod attack/VB/attack/-1/root Gondor/NNP/Gondor/3/obj ./././3/punct", "attack", newsgraph.Negated},
		{"Arnor will likely use the talks to seek shells.", "Arnor/NNP/Arnor/3/nsubj will/MD/will/3/aux likely/RB/likely/3/advmod use/VB/use/-1/root the/DT/the/5/det talks/NNS/talk/3/obj to/TO/to/7/mark seek/VB/seek/3/advcl shells/NNS/shell/7/obj ./././3/punct", "seek", newsgraph.Future},
		{"Arnor plans to visit Gondor.", "Arnor/NNP/Arnor/1/nsubj plans/VBZ/plan/-1/root to/TO/to/3/mark visit/VB/visit/1/xcomp Gondor/NNP/Gondor/3/obj ./././1/punct", "visit", newsgraph.Future},
		{"Arnor visited Gondor.", "Arnor/NNP/Arnor/1/nsubj visited/VBD/visit/-1/root Gondor/NNP/Gondor/1/obj ./././1/punct", "visited", newsgraph.Asserted},
		// The negation of the verb that reports speech is not the event's.
		{"Arnor did not say Gondor attacked.", "Arnor/NNP/Arnor/3/nsubj did/VBD/do/3/aux not/RB/not/3/advmod say/VB/say/-1/root Gondor/NNP/Gondor/5/nsubj attacked/VBD/attack/3/ccomp ./././3/punct", "attacked", newsgraph.Asserted},
	} {
		d := handbuilt.Parsed(t, c.text, c.spec)
		e := event(t, d, c.verb)
		Situate(d, &e)
		if e.Modality != c.want {
			t.Errorf("%q, verb %q: modality %s, want %s", c.text, c.verb, e.Modality, c.want)
		}
	}
}

// firedDoc is a claim of a dated event: the date belongs to the firing.
func firedDoc(t *testing.T) *newsgraph.Doc {
	d := handbuilt.Parsed(t, "Pyongyang fired two missiles on Wednesday, the military said.", "Pyongyang/NNP/Pyongyang/1/nsubj fired/VBD/fire/9/ccomp two/CD/two/3/nummod missiles/NNS/missile/1/obj on/IN/on/5/case Wednesday/NNP/Wednesday/1/obl ,/,/,/9/punct the/DT/the/8/det military/NN/military/9/nsubj said/VBD/say/-1/root ./././9/punct")
	d.Meta.Published = time.Date(2023, 9, 14, 0, 0, 0, 0, time.UTC)
	d.Times = []newsgraph.Timex{{Span: span(t, d, "Wednesday"), Type: newsgraph.TimexDate, Value: "2023-09-13"}}
	src := span(t, d, "the military")
	d.Attributions = []newsgraph.Attribution{
		{Kind: newsgraph.Indirect, Source: &src, Cue: span(t, d, "said"), Content: span(t, d, "Pyongyang fired two missiles on Wednesday")},
		// An outer attribution holding the whole sentence: the inner one reports the event.
		{Kind: newsgraph.Indirect, Cue: span(t, d, "said"), Content: d.Sentences[0].Span},
	}
	return d
}

func TestDateAndReporterOfAClaimedEvent(t *testing.T) {
	d := firedDoc(t)
	e := event(t, d, "fired")
	e.CAMEO = "150"
	Situate(d, &e)
	if e.Date != "2023-09-13" || e.Timex != 0 {
		t.Errorf("date %q (time %d), want 2023-09-13 from the time expression", e.Date, e.Timex)
	}
	if e.ReportedBy != 0 {
		t.Errorf("reported by %d, want 0 (the innermost content holding the verb)", e.ReportedBy)
	}
	if e.Type == "" || e.QuadClass != 4 {
		t.Errorf("CAMEO 150: type %q, quad class %d; want a PLOVER type and quad class 4", e.Type, e.QuadClass)
	}
}

func TestDateOfTheReportIsNotTheEvents(t *testing.T) {
	d := handbuilt.Parsed(t, "The military said on Thursday that Pyongyang fired missiles.", "The/DT/the/1/det military/NN/military/2/nsubj said/VBD/say/-1/root on/IN/on/4/case Thursday/NNP/Thursday/2/obl that/IN/that/7/mark Pyongyang/NNP/Pyongyang/7/nsubj fired/VBD/fire/2/ccomp missiles/NNS/missile/7/obj ./././2/punct")
	d.Meta.Published = time.Date(2023, 9, 15, 0, 0, 0, 0, time.UTC)
	d.Times = []newsgraph.Timex{{Span: span(t, d, "Thursday"), Type: newsgraph.TimexDate, Value: "2023-09-14"}}
	e := event(t, d, "fired")
	Situate(d, &e)
	if e.Date != "2023-09-15" || e.Timex != newsgraph.NoTimex {
		t.Errorf("date %q (time %d), want the article's date: Thursday dates the saying", e.Date, e.Timex)
	}
	d.Meta.Published = time.Time{}
	Situate(d, &e)
	if e.Date != "" {
		t.Errorf("date %q without an article date, want none", e.Date)
	}
}

func TestPlaceTheVerbGoverns(t *testing.T) {
	for _, c := range []struct {
		text   string
		spec   string
		places []string
		want   string
	}{
		{"The two leaders met at the Corran Cosmodrome in Arnor.", "The/DT/the/2/det two/CD/two/2/nummod leaders/NNS/leader/3/nsubj met/VBD/meet/-1/root at/IN/at/7/case the/DT/the/7/det Corran/NNP/Corran/7/compound Cosmodrome/NNP/Cosmodrome/3/obl in/IN/in/9/case Arnor/NNP/Arnor/7/nmod ./././3/punct", []string{"Corran Cosmodrome", "Arnor"}, "Corran Cosmodrome"},
		{"Arden hosted Bexley at a Far East spaceport.", "Arden/NNP/Arden/1/nsubj hosted/VBD/host/-1/root Bexley/NNP/Bexley/1/obj at/IN/at/7/case a/DT/a/7/det Far/NNP/Far/6/compound East/NNP/East/7/compound spaceport/NN/spaceport/1/obl ./././1/punct",
			[]string{"Far East"}, "Far East"},
		// Corran is where Arden spoke, not where the hosting happened.
		{"Arden, speaking in Corran, hosted Bexley.", "Arden/NNP/Arden/6/nsubj ,/,/,/2/punct speaking/VBG/speak/6/advcl in/IN/in/4/case Corran/NNP/Corran/2/obl ,/,/,/2/punct hosted/VBD/host/-1/root Bexley/NNP/Bexley/6/obj ./././6/punct",
			[]string{"Corran"}, ""},
	} {
		d := handbuilt.Parsed(t, c.text, c.spec)
		for k, p := range c.places {
			d.Mentions = append(d.Mentions, newsgraph.Mention{Span: span(t, d, p), Kind: newsgraph.MentionName, Type: "LOC", Entity: k})
			d.Entities = append(d.Entities, newsgraph.Entity{Type: "LOC", Name: p})
		}
		verb := "hosted"
		if strings.Contains(c.text, "met") {
			verb = "met"
		}
		e := event(t, d, verb)
		Situate(d, &e)
		got := ""
		if e.Place != nil {
			got = d.Slice(e.Place.Span)
		}
		if got != c.want {
			t.Errorf("%q: place %q, want %q", c.text, got, c.want)
		}
	}
}

// A parse read from a user's CoNLL-U may hold a cycle or heads outside the
// sentence: every walk is bounded, so situating ends, and the date falls
// back to the article's.
func TestCyclicParseEnds(t *testing.T) {
	d := handbuilt.Parsed(t, "Arnor met Gondor on Monday.",
		"Arnor/NNP/Arnor/1/nsubj met/VBD/meet/4/xcomp Gondor/NNP/Gondor/1/obj on/IN/on/4/case Monday/NNP/Monday/1/obl ./././1/punct")
	d.Tokens[4].Head = 3 // Monday → on → Monday: a cycle off the verb
	d.Tokens[0].Head = 99
	d.Meta.Published = time.Date(2024, 5, 2, 0, 0, 0, 0, time.UTC)
	d.Times = []newsgraph.Timex{{Span: span(t, d, "Monday"), Type: newsgraph.TimexDate, Value: "2024-04-29"}}
	d.Mentions = []newsgraph.Mention{{Span: span(t, d, "Monday"), Type: "LOC", Entity: newsgraph.NoEntity}}
	e := event(t, d, "met")
	Situate(d, &e)
	if e.Date != "2024-05-02" || e.Place != nil {
		t.Errorf("date %q, place %v; want the article's date and no place", e.Date, e.Place)
	}
}
