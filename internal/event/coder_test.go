package event

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/actors"
	"github.com/newsgraph/newsgraph/internal/attrib/handbuilt"
	"github.com/newsgraph/newsgraph/internal/event/dict"
)

// Invented dictionaries: realms of our own, a praise block with a
// pattern, a paired code and a null-coded verb.
const (
	testActors = `LOTHLORIEN [LOT]
ROHAN [ROH]
+ROHIRRIM
GONDOR [GON]
THEODEN
	[ROHGOV <190101]
	[ROHELI]
`
	testAgents = "POLICE {} [~COP]\nMINISTER [~GOV]\n"
	testVerbs  = `--- PRAISE [051] ---
PRAISE
- * (FOR {BRAVE DEEDS}) [052]

--- VISIT [042:043] ---
VISIT

--- AGREE [---] ---
AGREE

--- MARCH [141] ---
MARCH
`
)

func testCoder(t *testing.T) *Coder {
	t.Helper()
	acts, err := actors.ReadActors(strings.NewReader(testActors), "test.actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	ags, err := actors.ReadAgents(strings.NewReader(testAgents), "test.agents.txt")
	if err != nil {
		t.Fatal(err)
	}
	v, err := dict.ReadVerbs(strings.NewReader(testVerbs), "test.verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	return &Coder{Verbs: dict.Compile(v), Actors: DictCoder{KB: actors.Build(acts, ags)}}
}

// coderWith is testCoder with the verb dictionary verbs instead.
func coderWith(t *testing.T, verbs string) *Coder {
	t.Helper()
	c := testCoder(t)
	v, err := dict.ReadVerbs(strings.NewReader(verbs), "test.verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	c.Verbs = dict.Compile(v)
	return c
}

// wantEvents codes a sentence built by hand and checks its events, each
// as summary writes it; none when want is empty.
func wantEvents(t *testing.T, c *Coder, text, spec string, want ...string) {
	t.Helper()
	if got := code(t, c, handbuilt.Parsed(t, text, spec)); !slices.Equal(got, want) {
		t.Errorf("%s: events %v, want %v", text, got, want)
	}
}

// summary writes an event as "ACTORS CODE RECIPIENTS".
func summary(e newsgraph.Event) string {
	codes := func(ps []newsgraph.Participant) string {
		var s []string
		for _, p := range ps {
			s = append(s, strings.Join(p.Codes, "|"))
		}
		return strings.Join(s, "+")
	}
	return codes(e.Actor) + " " + e.CAMEO + " " + codes(e.Recipient)
}

func code(t *testing.T, c *Coder, d *newsgraph.Doc) []string {
	t.Helper()
	events, _ := c.Code(d)
	var out []string
	for _, e := range events {
		out = append(out, summary(e))
	}
	return out
}

func TestSubjectVerbObject(t *testing.T) {
	d := handbuilt.Parsed(t, "Lothlorien praised Rohan.",
		"Lothlorien/NNP/Lothlorien/1/nsubj praised/VBD/praise/-1/root Rohan/NNP/Rohan/1/obj ./././1/punct")
	c := testCoder(t)
	events, _ := c.Code(d)
	if len(events) != 1 || summary(events[0]) != "LOT 051 ROH" {
		t.Fatalf("events %v", code(t, c, d))
	}
	e := events[0]
	if d.Slice(e.Verb) != "praised" || d.Slice(e.Actor[0].Mention) != "Lothlorien" || d.Slice(e.Recipient[0].Mention) != "Rohan" {
		t.Errorf("spans: verb %q actor %q recipient %q", d.Slice(e.Verb), d.Slice(e.Actor[0].Mention), d.Slice(e.Recipient[0].Mention))
	}
	if e.Timex != newsgraph.NoTimex || e.ReportedBy != newsgraph.NoAttribution || e.Modality != newsgraph.Asserted || e.Actor[0].Entity != newsgraph.NoEntity {
		t.Errorf("defaults %+v", e)
	}
}

// A pattern that fits beats the block's own code.
func TestPatternWithPrepositionalPhrase(t *testing.T) {
	d := handbuilt.Parsed(t, "Lothlorien praised Rohan for brave deeds.",
		"Lothlorien/NNP/Lothlorien/1/nsubj praised/VBD/praise/-1/root Rohan/NNP/Rohan/1/obj for/IN/for/5/case brave/JJ/brave/5/amod deeds/NNS/deed/1/obl ./././1/punct")
	if got := code(t, testCoder(t), d); !slices.Equal(got, []string{"LOT 052 ROH"}) {
		t.Errorf("events %v", got)
	}
	// Without the modifier the phrase {BRAVE DEEDS} does not fit.
	d = handbuilt.Parsed(t, "Lothlorien praised Rohan for deeds.",
		"Lothlorien/NNP/Lothlorien/1/nsubj praised/VBD/praise/-1/root Rohan/NNP/Rohan/1/obj for/IN/for/4/case deeds/NNS/deed/1/obl ./././1/punct")
	if got := code(t, testCoder(t), d); !slices.Equal(got, []string{"LOT 051 ROH"}) {
		t.Errorf("events %v", got)
	}
}

func TestCompoundActorsAndAgents(t *testing.T) {
	d := handbuilt.Parsed(t, "Lothlorien and Rohan police praised Gondor.",
		"Lothlorien/NNP/Lothlorien/4/nsubj and/CC/and/3/cc Rohan/NNP/Rohan/3/compound police/NNS/police/0/conj praised/VBD/praise/-1/root Gondor/NNP/Gondor/4/obj ./././4/punct")
	if got := code(t, testCoder(t), d); !slices.Equal(got, []string{"LOT+ROHCOP 051 GON"}) {
		t.Errorf("events %v", got)
	}
}

func TestPairedCodeAndPassive(t *testing.T) {
	d := handbuilt.Parsed(t, "Gondor was visited by the Rohirrim.",
		"Gondor/NNP/Gondor/2/nsubj:pass was/VBD/be/2/aux:pass visited/VBN/visit/-1/root by/IN/by/5/case the/DT/the/5/det Rohirrim/NNPS/Rohirrim/2/obl ./././2/punct")
	if got := code(t, testCoder(t), d); !slices.Equal(got, []string{"ROH 042 GON", "GON 043 ROH"}) {
		t.Errorf("events %v", got)
	}
}

// An infinitive takes its subject from the clause above it; the null
// code of "agree" codes nothing itself.
func TestSubjectFromGoverningClause(t *testing.T) {
	d := handbuilt.Parsed(t, "Rohan agreed to praise Gondor.",
		"Rohan/NNP/Rohan/1/nsubj agreed/VBD/agree/-1/root to/TO/to/3/mark praise/VB/praise/1/xcomp Gondor/NNP/Gondor/3/obj ./././1/punct")
	events, drops := testCoder(t).Code(d)
	if len(events) != 1 || summary(events[0]) != "ROH 051 GON" {
		t.Errorf("events %v", events)
	}
	if len(drops) != 1 || drops[0].Reason != "null code" || d.TokenText(drops[0].Verb) != "agreed" {
		t.Errorf("drops %+v", drops)
	}
}

// The actor's code is that of the article's date.
func TestDatedRoles(t *testing.T) {
	spec := "Theoden/NNP/Theoden/1/nsubj praised/VBD/praise/-1/root Gondor/NNP/Gondor/1/obj ./././1/punct"
	for _, tc := range []struct {
		day  time.Time
		want string
	}{
		{time.Date(2018, 5, 1, 0, 0, 0, 0, time.UTC), "ROHGOV 051 GON"},
		{time.Date(2022, 5, 1, 0, 0, 0, 0, time.UTC), "ROHELI 051 GON"},
		{time.Time{}, "ROHELI 051 GON"},
	} {
		d := handbuilt.Parsed(t, "Theoden praised Gondor.", spec)
		d.Meta.Published = tc.day
		if got := code(t, testCoder(t), d); !slices.Equal(got, []string{tc.want}) {
			t.Errorf("on %v: %v, want %s", tc.day, got, tc.want)
		}
	}
}

// An uncoded recipient gives no event unless the code allows one-sided
// events, and then only with no recipient at all.
func TestDyadRequired(t *testing.T) {
	c := testCoder(t)
	d := handbuilt.Parsed(t, "Rohan praised the weather.",
		"Rohan/NNP/Rohan/1/nsubj praised/VBD/praise/-1/root the/DT/the/3/det weather/NN/weather/1/obj ./././1/punct")
	if got := code(t, c, d); len(got) != 0 {
		t.Errorf("uncoded recipient coded: %v", got)
	}
	d = handbuilt.Parsed(t, "Rohan marched.", "Rohan/NNP/Rohan/1/nsubj marched/VBD/march/-1/root ./././1/punct")
	if got := code(t, c, d); len(got) != 0 {
		t.Errorf("one-sided event without the hook: %v", got)
	}
	c.AllowsOneSided = DefaultAllowsOneSided
	if got := code(t, c, d); !slices.Equal(got, []string{"ROH 141 "}) {
		t.Errorf("one-sided protest: %v", got)
	}
}

// The entity coder codes a phrase by the actor its entity is linked to,
// and the participant carries the entity and actor.
func TestEntityCoder(t *testing.T) {
	c := testCoder(t)
	kb := c.Actors.(DictCoder).KB
	d := handbuilt.Parsed(t, "The king praised Gondor.",
		"The/DT/the/1/det king/NN/king/2/nsubj praised/VBD/praise/-1/root Gondor/NNP/Gondor/2/obj ./././2/punct")
	d.Mentions = []newsgraph.Mention{{Span: handbuilt.Span(t, d, "The king", 0), Kind: newsgraph.MentionDescription, Entity: 0}}
	d.Entities = []newsgraph.Entity{{Type: "PER", Name: "Theoden", Mentions: []int{0}, ActorID: "theoden"}}
	d.Meta.Published = time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC)
	c.Actors = Chain{EntityCoder{KB: kb}, DictCoder{KB: kb}}
	events, _ := c.Code(d)
	if len(events) != 1 || summary(events[0]) != "ROHGOV 051 GON" {
		t.Fatalf("events %v", code(t, c, d))
	}
	if a := events[0].Actor[0]; a.Entity != 0 || a.ActorID != "theoden" {
		t.Errorf("participant %+v", a)
	}
}

// Broken parses give no panic and finish: heads in a cycle, heads out of
// range, a sentence of 600 tokens all headed on one another.
func TestBrokenParses(t *testing.T) {
	c := testCoder(t)
	d := handbuilt.Parsed(t, "Lothlorien praised Rohan.",
		"Lothlorien/NNP/Lothlorien/1/nsubj praised/VBD/praise/2/root Rohan/NNP/Rohan/1/obj ./././1/punct")
	d.Tokens[0].Head = 99
	c.Code(d)
	// A long sentence whose heads chain every verb to the next.
	long := &newsgraph.Doc{Text: strings.TrimSpace(strings.Repeat("praised Rohan ", 600))}
	for i, w := range strings.Fields(long.Text) {
		start := i / 2 * len("praised Rohan ")
		if i%2 == 1 {
			start += len("praised ")
		}
		tok := newsgraph.Token{Span: newsgraph.Span{Start: start, End: start + len(w)}, Tag: "NNP", Lemma: w, Head: i - 1, Dep: "obj"}
		if i%2 == 0 {
			tok.Tag, tok.Lemma, tok.Head, tok.Dep = "VBD", "praise", (i+2)%1200, "xcomp"
		}
		long.Tokens = append(long.Tokens, tok)
	}
	long.Sentences = []newsgraph.Sentence{{Span: newsgraph.Span{End: len(long.Text)}, EndToken: len(long.Tokens)}}
	start := time.Now()
	c.Code(long)
	if time.Since(start) > 5*time.Second {
		t.Errorf("600 tokens took %v", time.Since(start))
	}
}

// A passive with no agent names no one who did it: not the one who
// reports it ("Gondor was visited, Rohan said" is no visit by Rohan).
func TestAgentlessPassiveUnderAReport(t *testing.T) {
	c := coderWith(t, testVerbs+"\n--- SAY [010] ---\nSAY\n")
	wantEvents(t, c, "Gondor was visited, Rohan said.",
		"Gondor/NNP/Gondor/2/nsubj:pass was/VBD/be/2/aux:pass visited/VBN/visit/5/ccomp ,/,/,/2/punct Rohan/NNP/Rohan/5/nsubj said/VBD/say/-1/root ./././5/punct")
}

// A headline's past tense with no object is a passive whose "was" the
// headline left out: "Rohan attacked by Gondor troops" is Gondor's act on
// Rohan, whatever subject the parse gave it.
func TestHeadlinePassive(t *testing.T) {
	c := coderWith(t, testVerbs+"\n--- ATTACK [190] ---\nATTACK\n")
	spec := "Rohan/NNP/Rohan/1/nsubj attacked/VBD/attack/-1/root by/IN/by/3/case Gondor/NNP/Gondor/1/obl"
	d := handbuilt.Parsed(t, "Rohan attacked by Gondor", spec)
	if got := code(t, c, d); len(got) != 0 {
		// In the body it reads as written, an active verb with no
		// recipient: no event.
		t.Errorf("body: events %v, want none", got)
	}
	d = handbuilt.Parsed(t, "Rohan attacked by Gondor", spec)
	d.Paragraphs[0].Kind = newsgraph.KindTitle
	if got := code(t, c, d); !slices.Equal(got, []string{"GON 190 ROH"}) {
		t.Errorf("headline: events %v, want GON 190 ROH", got)
	}
	// A past tense with a phrase of whom it was done to is an active the
	// headline kept: "Rohan marched on Gondor".
	d = handbuilt.Parsed(t, "Rohan marched on Gondor", "Rohan/NNP/Rohan/1/nsubj marched/VBD/march/-1/root on/IN/on/3/case Gondor/NNP/Gondor/1/obl")
	body := code(t, c, d)
	d = handbuilt.Parsed(t, "Rohan marched on Gondor", "Rohan/NNP/Rohan/1/nsubj marched/VBD/march/-1/root on/IN/on/3/case Gondor/NNP/Gondor/1/obl")
	d.Paragraphs[0].Kind = newsgraph.KindTitle
	if got := code(t, c, d); len(body) == 0 || !slices.Equal(got, body) {
		t.Errorf("headline active: events %v, want the body's %v", got, body)
	}
}
