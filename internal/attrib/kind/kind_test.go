package kind_test

import (
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/handbuilt"
	"github.com/newsgraph/newsgraph/internal/attrib/kind"
)

// typed builds a Doc from a hand-parsed sentence, gives it one attribution
// with the source, cue and content spans named by their text ("" for no
// source), and returns the type the package gives it.
func typed(t *testing.T, text, spec, source, cue, content string) newsgraph.AttributionType {
	t.Helper()
	return typedNamed(t, text, spec, nil, source, cue, content)
}

// typedNamed is typed with names the NER would have found (text → type).
func typedNamed(t *testing.T, text, spec string, names map[string]string, source, cue, content string) newsgraph.AttributionType {
	t.Helper()
	d := handbuilt.Parsed(t, text, spec)
	for name, typ := range names {
		handbuilt.Name(t, d, name, typ)
	}
	a := newsgraph.Attribution{Kind: newsgraph.Indirect, Cue: handbuilt.Span(t, d, cue, 0),
		Content: handbuilt.Span(t, d, content, 0)}
	if source != "" {
		s := handbuilt.Span(t, d, source, 0)
		a.Source = &s
	}
	return kind.Of(d, a)
}

func TestTypeByTheVerb(t *testing.T) {
	for _, c := range []struct {
		verb, tag, lemma string
		want             newsgraph.AttributionType
	}{
		{"said", "VBD", "say", newsgraph.Statement},
		{"believes", "VBZ", "believe", newsgraph.Belief},
		{"criticised", "VBD", "criticise", newsgraph.Stance},
		{"vowed", "VBD", "vow", newsgraph.Intention},
		{"found", "VBD", "find", newsgraph.Perception},
		{"endorsed", "VBD", "endors", newsgraph.Stance},     // a lemma clipped by the lemmatiser
		{"declined", "VBD", "decline", newsgraph.Intention}, // "declined to comment": a refusal
		{"named", "VBD", "name", newsgraph.OtherType},
		{"read", "VBD", "read", newsgraph.Statement},     // "…,” the letter read."
		{"laughed", "VBD", "laugh", newsgraph.Statement}, // "“It was a change,” she laughed": said, laughing
		{"whispered", "VBD", "whisper", newsgraph.Statement},
	} {
		text := "Ada Brun " + c.verb + " the harbour plan."
		spec := "Ada/NNP/Ada/1/compound Brun/NNP/Brun/2/nsubj " + c.verb + "/" + c.tag + "/" + c.lemma + "/-1/root " +
			"the/DT/the/5/det harbour/NN/harbour/5/compound plan/NN/plan/2/obj ./././0/punct"
		if got := typed(t, text, spec, "Ada Brun", c.verb, "the harbour plan"); got != c.want {
			t.Errorf("%s: got %q, want %q", c.verb, got, c.want)
		}
	}
}

// What a thing "suggests" is the writer reading evidence; what a person
// suggests, she said.
func TestSuggestedByAThingIsAPerception(t *testing.T) {
	const text = "The size of the delegation suggested a military focus."
	spec := "The/DT/the/1/det size/NN/size/5/nsubj of/IN/of/4/case the/DT/the/4/det delegation/NN/delegation/1/nmod " +
		"suggested/VBD/suggest/-1/root a/DT/a/8/det military/JJ/military/8/amod focus/NN/focus/5/obj ./././0/punct"
	if got := typed(t, text, spec, "The size of the delegation", "suggested", "a military focus"); got != newsgraph.Perception {
		t.Errorf("got %q, want perception", got)
	}
	const person = "The mayor suggested a short delay."
	spec = "The/DT/the/1/det mayor/NN/mayor/2/nsubj suggested/VBD/suggest/-1/root a/DT/a/5/det short/JJ/short/5/amod " +
		"delay/NN/delay/2/obj ./././0/punct"
	if got := typed(t, person, spec, "The mayor", "suggested", "a short delay"); got != newsgraph.Statement {
		t.Errorf("got %q, want statement", got)
	}
}

// A source that names a person speaks, whichever word the parse made its
// head: "Harbour President Ana Lind" hung on "Harbour", a place; a
// possessor ("Lind's report") or a name after a preposition ("a poll by
// Ana Lind") names no speaker.
func TestNamedPersonSpeaks(t *testing.T) {
	for _, c := range []struct {
		text, spec, source string
		names              map[string]string
		want               newsgraph.AttributionType
	}{
		{"Harbour President Ana Lind suggested a delay.",
			"Harbour/NNP/Harbour/4/nsubj President/NNP/President/2/nmod:desc Ana/NNP/Ana/0/conj Lind/NNP/Lind/2/flat " +
				"suggested/VBD/suggest/-1/root a/DT/a/6/det delay/NN/delay/4/obj ./././4/punct",
			"Harbour President Ana Lind", map[string]string{"Harbour": "LOC", "Ana Lind": "PER"}, newsgraph.Statement},
		{"Lind's report suggested a delay.",
			"Lind/NNP/Lind/2/nmod:poss 's/POS/'s/0/case report/NN/report/3/nsubj suggested/VBD/suggest/-1/root a/DT/a/5/det " +
				"delay/NN/delay/3/obj ./././3/punct",
			"Lind's report", map[string]string{"Lind": "PER"}, newsgraph.Perception},
		{"A poll by Ana Lind suggested a delay.",
			"A/DT/a/1/det poll/NN/poll/5/nsubj by/IN/by/4/case Ana/NNP/Ana/1/nmod Lind/NNP/Lind/3/flat suggested/VBD/suggest/-1/root " +
				"a/DT/a/7/det delay/NN/delay/5/obj ./././5/punct",
			"A poll by Ana Lind", map[string]string{"Ana Lind": "PER"}, newsgraph.Perception},
	} {
		if got := typedNamed(t, c.text, c.spec, c.names, c.source, "suggested", "a delay"); got != c.want {
			t.Errorf("%s: got %q, want %q", c.text, got, c.want)
		}
	}
}

func TestCalledForIsARequestAndCalledANameAStance(t *testing.T) {
	spec := "Brun/NNP/Brun/1/nsubj called/VBD/call/-1/root for/IN/for/3/case calm/NN/calm/1/obl ./././0/punct"
	if got := typed(t, "Brun called for calm.", spec, "Brun", "called", "calm"); got != newsgraph.Statement {
		t.Errorf("called for: got %q, want statement", got)
	}
	spec = "Brun/NNP/Brun/1/nsubj called/VBD/call/-1/root the/DT/the/3/det plan/NN/plan/1/obj a/DT/a/5/det " +
		"disaster/NN/disaster/1/xcomp ./././0/punct"
	if got := typed(t, "Brun called the plan a disaster.", spec, "Brun", "called", "the plan a disaster"); got != newsgraph.Stance {
		t.Errorf("called a name: got %q, want stance", got)
	}
}

func TestChargedInThePassiveIsALegalAct(t *testing.T) {
	spec := "Four/CD/four/1/nummod men/NNS/man/3/nsubj:pass were/VBD/be/3/aux:pass charged/VBN/charge/-1/root " +
		"with/IN/with/5/case fraud/NN/fraud/3/obl ./././0/punct"
	if got := typed(t, "Four men were charged with fraud.", spec, "", "charged", "with fraud"); got != newsgraph.OtherType {
		t.Errorf("got %q, want other", got)
	}
	// A headline's passive has no auxiliary: the participle describes the
	// noun before it.
	spec = "Former/JJ/former/1/amod mayor/NN/mayor/-1/root charged/VBN/charge/1/acl with/IN/with/4/case fraud/NN/fraud/2/obl"
	if got := typed(t, "Former mayor charged with fraud", spec, "", "charged", "Former mayor charged with fraud"); got != newsgraph.OtherType {
		t.Errorf("headline: got %q, want other", got)
	}
}

// Laughing off a criticism is dismissing it, a stance; laughing a reply
// is saying it.
func TestLaughedOffIsAStance(t *testing.T) {
	spec := "Brun/NNP/Brun/1/nsubj laughed/VBD/laugh/-1/root off/RP/off/1/compound:prt the/DT/the/4/det criticism/NN/criticism/1/obj ./././1/punct"
	if got := typed(t, "Brun laughed off the criticism.", spec, "Brun", "laughed off", "the criticism"); got != newsgraph.Stance {
		t.Errorf("got %q, want stance", got)
	}
}

// Sharing the news is telling it; sharing a concern is holding it.
func TestSharedNewsIsAStatement(t *testing.T) {
	spec := "Brun/NNP/Brun/1/nsubj shared/VBD/share/-1/root the/DT/the/3/det news/NN/news/1/obj online/RB/online/1/advmod ./././1/punct"
	if got := typed(t, "Brun shared the news online.", spec, "Brun", "shared", "the news online"); got != newsgraph.Statement {
		t.Errorf("news: got %q, want statement", got)
	}
	spec = "Brun/NNP/Brun/1/nsubj shared/VBD/share/-1/root their/PRP$/their/3/nmod:poss concern/NN/concern/1/obj ./././1/punct"
	if got := typed(t, "Brun shared their concern.", spec, "Brun", "shared", "their concern"); got != newsgraph.Belief {
		t.Errorf("concern: got %q, want belief", got)
	}
}

func TestAgreedToIsAnIntention(t *testing.T) {
	spec := "Brun/NNP/Brun/1/nsubj agreed/VBD/agree/-1/root to/TO/to/3/mark resign/VB/resign/1/xcomp ./././0/punct"
	if got := typed(t, "Brun agreed to resign.", spec, "Brun", "agreed", "to resign"); got != newsgraph.Intention {
		t.Errorf("got %q, want intention", got)
	}
}

// "Would like to" wishes: what is wished types it when it is to say
// something.
func TestWouldLikeToIsAWishUnlessToSaySomething(t *testing.T) {
	spec := "Brun/NNP/Brun/2/nsubj would/MD/would/2/aux like/VB/like/-1/root to/TO/to/4/mark see/VB/see/2/xcomp " +
		"change/NN/change/4/obj ./././2/punct"
	if got := typed(t, "Brun would like to see change.", spec, "Brun", "would like to see", "change"); got != newsgraph.Intention {
		t.Errorf("would like to see: got %q, want intention", got)
	}
	spec = "Brun/NNP/Brun/2/nsubj would/MD/would/2/aux like/VB/like/-1/root to/TO/to/4/mark announce/VB/announce/2/xcomp " +
		"changes/NNS/change/4/obj ./././2/punct"
	if got := typed(t, "Brun would like to announce changes.", spec, "Brun", "would like to announce", "changes"); got != newsgraph.Statement {
		t.Errorf("would like to announce: got %q, want statement", got)
	}
	spec = "Brun/NNP/Brun/2/nsubj would/MD/would/2/aux like/VB/like/-1/root to/TO/to/4/mark know/VB/know/2/xcomp " +
		"why/WRB/why/4/advmod ./././2/punct"
	if got := typed(t, "Brun would like to know why.", spec, "Brun", "would like to know", "why"); got != newsgraph.Belief {
		t.Errorf("would like to know: got %q, want belief", got)
	}
	spec = "Brun/NNP/Brun/1/nsubj loves/VBZ/love/-1/root to/TO/to/3/mark talk/VB/talk/1/xcomp ./././1/punct"
	if got := typed(t, "Brun loves to talk.", spec, "Brun", "loves to talk", "talk"); got == newsgraph.Intention {
		t.Errorf("loves to talk: got %q, a habit, no intention", got)
	}
}

func TestCuesWithoutAVerb(t *testing.T) {
	spec := "According/VBG/accord/3/case to/IN/to/0/fixed the/DT/the/3/det mayor/NN/mayor/7/obl ,/,/,/3/punct " +
		"the/DT/the/6/det port/NN/port/7/nsubj reopened/VBD/reopen/-1/root ./././0/punct"
	if got := typed(t, "According to the mayor, the port reopened.", spec, "the mayor", "According to", "the port reopened"); got != newsgraph.Statement {
		t.Errorf("according to: got %q, want statement", got)
	}
	spec = "According/VBG/accord/3/case to/IN/to/0/fixed a/DT/a/3/det statement/NN/statement/9/obl from/IN/from/6/case the/DT/the/6/det " +
		"trust/NN/trust/3/nmod ,/,/,/3/punct prices/NNS/price/9/nsubj rose/VBD/rise/-1/root ./././9/punct"
	if got := typed(t, "According to a statement from the trust, prices rose.", spec, "a statement from the trust", "According to",
		"prices rose"); got != newsgraph.Statement {
		t.Errorf("according to a statement: got %q, want statement", got)
	}
	spec = "The/DT/the/1/det club/NN/club/4/nsubj is/VBZ/be/4/aux reportedly/RB/reportedly/4/advmod spending/VBG/spend/-1/root " +
		"more/JJR/more/4/obj ./././4/punct"
	if got := typed(t, "The club is reportedly spending more.", spec, "", "reportedly", "The club is reportedly spending more"); got != newsgraph.Statement {
		t.Errorf("reportedly: got %q, want statement", got)
	}
	spec = "In/IN/in/2/case a/DT/a/2/det statement/NN/statement/6/obl ,/,/,/2/punct the/DT/the/5/det firm/NN/firm/6/nsubj " +
		"apologised/VBD/apologise/-1/root ./././0/punct"
	if got := typed(t, "In a statement, the firm apologised.", spec, "the firm", "statement", "apologised"); got != newsgraph.Statement {
		t.Errorf("in a statement: got %q, want statement", got)
	}
	spec = "Brun/NNP/Brun/3/nsubj :/:/:/3/punct “/``/“/3/punct Never/RB/never/-1/root ./././3/punct ”/''/”/3/punct"
	got := typed(t, "Brun: “Never.”", spec, "Brun", ":", "“Never.”")
	if got != newsgraph.Statement {
		t.Errorf("a colon before a quotation: got %q, want statement", got)
	}
}

// "put it bluntly:" says something, however the verb is typed alone.
func TestPutItIsAStatement(t *testing.T) {
	spec := "Brun/NNP/Brun/1/nsubj put/VBD/put/-1/root it/PRP/it/1/obj bluntly/RB/bluntly/1/advmod :/:/:/1/punct " +
		"“/``/“/7/punct We/PRP/we/7/nsubj failed/VBD/fail/1/parataxis ./././1/punct ”/''/”/7/punct"
	if got := typed(t, "Brun put it bluntly: “We failed.”", spec, "Brun", "put it bluntly:", "“We failed.”"); got != newsgraph.Statement {
		t.Errorf("got %q, want statement", got)
	}
}

// "did not respond to a request for comment" says that nothing was said:
// no statement; "responded to the report" with what the source said is.
func TestNoResponseToARequestForCommentIsNoStatement(t *testing.T) {
	spec := "The/DT/the/1/det agency/NN/agency/4/nsubj did/VBD/do/4/aux not/RB/not/4/advmod respond/VB/respond/-1/root " +
		"to/IN/to/7/case a/DT/a/7/det request/NN/request/4/obl for/IN/for/9/case comment/NN/comment/7/nmod ./././4/punct"
	if got := typed(t, "The agency did not respond to a request for comment.", spec, "The agency", "did not respond to", "a request for comment"); got != newsgraph.OtherType {
		t.Errorf("got %q, want other", got)
	}
	spec = "The/DT/the/1/det agency/NN/agency/2/nsubj responded/VBD/respond/-1/root to/IN/to/5/case the/DT/the/5/det report/NN/report/2/obl ./././2/punct"
	if got := typed(t, "The agency responded to the report.", spec, "The agency", "responded", "to the report"); got != newsgraph.Statement {
		t.Errorf("got %q, want statement", got)
	}
}

// A quotation given whole is something said, whatever the one verb that
// carries it; the same verb before reported words stays other.
func TestQuotedWholeByAnyVerbIsAStatement(t *testing.T) {
	const text = "“We will not wait,” Brun continued."
	spec := "“/``/“/4/punct We/PRP/we/4/nsubj will/MD/will/4/aux not/RB/not/4/advmod wait/VB/wait/8/ccomp ,/,/,/4/punct ”/''/”/4/punct " +
		"Brun/NNP/Brun/8/nsubj continued/VBD/continue/-1/root ./././8/punct"
	d := handbuilt.Parsed(t, text, spec)
	src := handbuilt.Span(t, d, "Brun", 0)
	a := newsgraph.Attribution{Kind: newsgraph.Direct, Source: &src, Cue: handbuilt.Span(t, d, "continued", 0),
		Content: handbuilt.Span(t, d, "“We will not wait,”", 0)}
	if got := kind.Of(d, a); got != newsgraph.Statement {
		t.Errorf("direct: got %q, want statement", got)
	}
	a.Kind = newsgraph.Indirect
	if got := kind.Of(d, a); got != newsgraph.OtherType {
		t.Errorf("indirect: got %q, want other", got)
	}
	// A title in quotation marks is no one's words.
	const show = "Brun enjoys “Harbour Lights.”"
	spec = "Brun/NNP/Brun/1/nsubj enjoys/VBZ/enjoy/-1/root “/``/“/4/punct Harbour/NNP/Harbour/4/compound Lights/NNPS/Lights/1/obj ./././1/punct ”/''/”/4/punct"
	d = handbuilt.Parsed(t, show, spec)
	src = handbuilt.Span(t, d, "Brun", 0)
	a = newsgraph.Attribution{Kind: newsgraph.Direct, Source: &src, Cue: handbuilt.Span(t, d, "enjoys", 0),
		Content: handbuilt.Span(t, d, "“Harbour Lights.”", 0)}
	if got := kind.Of(d, a); got != newsgraph.OtherType {
		t.Errorf("a title: got %q, want other", got)
	}
	// One capitalised word of one's own is no title: "“Disgraceful,” Brun fumed."
	spec = "“/``/“/1/punct Disgraceful/JJ/disgraceful/5/ccomp ,/,/,/1/punct ”/''/”/1/punct Brun/NNP/Brun/5/nsubj fumed/VBD/fume/-1/root ./././5/punct"
	d = handbuilt.Parsed(t, "“Disgraceful,” Brun fumed.", spec)
	src = handbuilt.Span(t, d, "Brun", 0)
	a = newsgraph.Attribution{Kind: newsgraph.Direct, Source: &src, Cue: handbuilt.Span(t, d, "fumed", 0),
		Content: handbuilt.Span(t, d, "“Disgraceful,”", 0)}
	if got := kind.Of(d, a); got != newsgraph.Statement {
		t.Errorf("one word: got %q, want statement", got)
	}
}

// What is "according to" a count is the count read: shares and margins
// are a perception, whoever compiled them; the same source's words are a
// statement.
func TestAccordingToSharesIsAPerception(t *testing.T) {
	spec := "Some/DT/some/1/det 40/CD/40/2/nummod percent/NN/percent/5/nsubj back/VBP/back/-1/root it/PRP/it/3/obj ,/,/,/9/punct " +
		"according/VBG/accord/9/case to/IN/to/6/fixed the/DT/the/9/det tracker/NN/tracker/3/obl ./././3/punct"
	names := map[string]string{}
	if got := typedNamed(t, "Some 40 percent back it, according to the tracker.", spec, names, "the tracker", "according to",
		"Some 40 percent back it"); got != newsgraph.Perception {
		t.Errorf("shares according to a tracker: got %q, want perception", got)
	}
	spec = "The/DT/the/1/det port/NN/port/2/nsubj reopened/VBD/reopen/-1/root ,/,/,/7/punct according/VBG/accord/7/case to/IN/to/4/fixed " +
		"the/DT/the/7/det tracker/NN/tracker/2/obl ./././2/punct"
	if got := typed(t, "The port reopened, according to the tracker.", spec, "the tracker", "according to", "The port reopened"); got != newsgraph.Statement {
		t.Errorf("an event according to the same source: got %q, want statement", got)
	}
}

// A figure "according to" an organisation is its records read, a
// perception; the same figure according to a person is what she said.
func TestAccordingToAFigureIsAPerceptionUnlessAPersonGaveIt(t *testing.T) {
	spec := "Nine/CD/nine/1/nummod ferries/NNS/ferry/2/nsubj sailed/VBD/sail/-1/root ,/,/,/7/punct according/VBG/accord/7/case to/IN/to/4/fixed " +
		"the/DT/the/7/det authority/NN/authority/2/obl ./././2/punct"
	if got := typed(t, "Nine ferries sailed, according to the authority.", spec, "the authority", "according to", "Nine ferries sailed"); got != newsgraph.Perception {
		t.Errorf("a figure according to an authority: got %q, want perception", got)
	}
	spec = "Nine/CD/nine/1/nummod ferries/NNS/ferry/2/nsubj sailed/VBD/sail/-1/root ,/,/,/7/punct according/VBG/accord/7/case to/IN/to/4/fixed " +
		"Ana/NNP/Ana/7/compound Lind/NNP/Lind/2/obl ./././2/punct"
	if got := typedNamed(t, "Nine ferries sailed, according to Ana Lind.", spec, map[string]string{"Ana Lind": "PER"}, "Ana Lind", "according to",
		"Nine ferries sailed"); got != newsgraph.Statement {
		t.Errorf("a figure according to a person: got %q, want statement", got)
	}
}
