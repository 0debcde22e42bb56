package speaker_test

import (
	"context"
	"slices"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/handbuilt"
	"github.com/newsgraph/newsgraph/internal/coref"
	"github.com/newsgraph/newsgraph/internal/coref/speaker"
)

// said is an attribution of source to the cue said and content, each
// the first occurrence of its text but source, whose occurrence is n.
func said(t *testing.T, d *newsgraph.Doc, source string, n int, content string) newsgraph.Attribution {
	src := handbuilt.Span(t, d, source, n)
	return newsgraph.Attribution{Kind: newsgraph.Indirect, Source: &src, Cue: handbuilt.Span(t, d, "said", 0),
		Content: handbuilt.Span(t, d, content, 0)}
}

// mentionsOf is the text of entity e's mentions, in order.
func mentionsOf(d *newsgraph.Doc, e int) []string {
	var out []string
	for _, k := range d.Entities[e].Mentions {
		out = append(out, d.Slice(d.Mentions[k].Span))
	}
	return out
}

// speakers resolves atts in d and returns each speaker's name ("" for none).
func speakers(d *newsgraph.Doc, atts []newsgraph.Attribution) []string {
	speaker.Resolve(d, atts)
	var out []string
	for _, a := range atts {
		name := ""
		if a.Speaker != nil {
			name = a.Speaker.Name
		}
		out = append(out, name)
	}
	return out
}

// A short name is the person of the fullest name holding its words, and
// he the speaker before him.
func TestShortNameAndPronounNameTheFullest(t *testing.T) {
	d := handbuilt.Parsed(t, "Kim Jong Un met the envoy. Kim said talks went well. He said more.",
		"He/PRP/he/1/nsubj said/VBD/say/-1/root more/JJR/more/1/obj ./././1/punct")
	handbuilt.Name(t, d, "Kim Jong Un", "PER")
	kim := handbuilt.Span(t, d, "Kim", 1)
	d.Mentions = append(d.Mentions, newsgraph.Mention{Span: kim, Kind: newsgraph.MentionName, Type: "PER", Entity: newsgraph.NoEntity})
	first := said(t, d, "Kim", 1, "talks went well")
	second := said(t, d, "He", 0, "more")
	second.Cue = handbuilt.Span(t, d, "said", 1)
	got := speakers(d, []newsgraph.Attribution{first, second})
	if want := []string{"Kim Jong Un", "Kim Jong Un"}; !slices.Equal(got, want) {
		t.Errorf("speakers %q, want %q", got, want)
	}
}

// "X, who said …": the pronoun is the source, X the speaker.
func TestRelativePronounNamesItsNoun(t *testing.T) {
	d := handbuilt.Parsed(t, "The delay hit Marek Stoyan, who said the city would lose money.",
		"The/DT/the/1/det delay/NN/delay/2/nsubj hit/VBD/hit/-1/root Marek/NNP/Marek/2/obj Stoyan/NNP/Stoyan/3/flat ,/,/,/7/punct "+
			"who/WP/who/7/nsubj said/VBD/say/3/acl:relcl the/DT/the/9/det city/NN/city/11/nsubj would/MD/would/11/aux "+
			"lose/VB/lose/7/ccomp money/NN/money/11/obj ./././2/punct")
	handbuilt.Name(t, d, "Marek Stoyan", "PER")
	got := speakers(d, []newsgraph.Attribution{said(t, d, "who", 0, "the city would lose money")})
	if want := []string{"Marek Stoyan"}; !slices.Equal(got, want) {
		t.Errorf("speakers %q, want %q", got, want)
	}
}

// "an aide to X, who said …" is the aide; "a blow to X, who said …" is X:
// a name after a preposition gives the relative pronoun its person only
// when the noun before is no person's.
func TestRelativePronounAfterAPersonsNoun(t *testing.T) {
	d := handbuilt.Parsed(t, "The delay hit an aide to Marek Stoyan, who said the city would lose money.",
		"The/DT/the/1/det delay/NN/delay/2/nsubj hit/VBD/hit/-1/root an/DT/a/4/det aide/NN/aide/2/obj to/IN/to/6/case Marek/NNP/Marek/4/nmod "+
			"Stoyan/NNP/Stoyan/6/flat ,/,/,/10/punct who/WP/who/10/nsubj said/VBD/say/2/parataxis the/DT/the/12/det city/NN/city/14/nsubj "+
			"would/MD/would/14/aux lose/VB/lose/10/ccomp money/NN/money/14/obj ./././2/punct")
	handbuilt.Name(t, d, "Marek Stoyan", "PER")
	if got, want := speakers(d, []newsgraph.Attribution{said(t, d, "who", 0, "the city would lose money")}), []string{"aide to Marek Stoyan"}; !slices.Equal(got, want) {
		t.Errorf("speakers %q, want %q", got, want)
	}
	d = handbuilt.Parsed(t, "The delay was a blow to Marek Stoyan, who said the city would lose money.",
		"The/DT/the/1/det delay/NN/delay/4/nsubj was/VBD/be/4/cop a/DT/a/4/det blow/NN/blow/-1/root to/IN/to/6/case Marek/NNP/Marek/4/nmod "+
			"Stoyan/NNP/Stoyan/6/flat ,/,/,/10/punct who/WP/who/10/nsubj said/VBD/say/4/acl:relcl the/DT/the/12/det city/NN/city/14/nsubj "+
			"would/MD/would/14/aux lose/VB/lose/10/ccomp money/NN/money/14/obj ./././4/punct")
	handbuilt.Name(t, d, "Marek Stoyan", "PER")
	if got, want := speakers(d, []newsgraph.Attribution{said(t, d, "who", 0, "the city would lose money")}), []string{"Marek Stoyan"}; !slices.Equal(got, want) {
		t.Errorf("speakers %q, want %q", got, want)
	}
}

// "former secretary of state Ana Vos" is Ana Vos: the "of" belongs to her
// title, not to a noun she would be the object of ("an aide to Ana Vos").
func TestTitleWithOfHeadsTheName(t *testing.T) {
	d := handbuilt.Parsed(t, "The talks will go on, said former secretary of state Ana Vos.",
		"The/DT/the/1/det talks/NNS/talk/3/nsubj will/MD/will/3/aux go/VB/go/-1/root on/RB/on/3/advmod ,/,/,/3/punct said/VBD/say/3/xcomp "+
			"former/JJ/former/8/amod secretary/NN/secretary/6/obj of/IN/of/11/case state/NN/state/11/compound Ana/NNP/Ana/8/nmod Vos/NNP/Vos/11/flat ./././6/punct")
	handbuilt.Name(t, d, "Ana Vos", "PER")
	if got, want := speakers(d, []newsgraph.Attribution{said(t, d, "former secretary of state Ana Vos", 0, "The talks will go on")}), []string{"Ana Vos"}; !slices.Equal(got, want) {
		t.Errorf("speakers %q, want %q", got, want)
	}
	// A kin's noun opens no office: her son speaks.
	d = handbuilt.Parsed(t, "The talks will go on, said the son of billionaire investor Ana Vos.",
		"The/DT/the/1/det talks/NNS/talk/3/nsubj will/MD/will/3/aux go/VB/go/-1/root on/RB/on/3/advmod ,/,/,/3/punct said/VBD/say/3/xcomp "+
			"the/DT/the/8/det son/NN/son/6/obj of/IN/of/11/case billionaire/NN/billionaire/11/compound investor/NN/investor/8/nmod "+
			"Ana/NNP/Ana/13/compound Vos/NNP/Vos/11/nmod ./././6/punct")
	handbuilt.Name(t, d, "Ana Vos", "PER")
	if got := speakers(d, []newsgraph.Attribution{said(t, d, "the son of billionaire investor Ana Vos", 0, "The talks will go on")}); slices.Equal(got, []string{"Ana Vos"}) {
		t.Errorf("speakers %q: her son spoke", got)
	}
}

// "X, 64, who said …": an age set off between the name and the pronoun
// is passed over; the speaker is X, not "64".
func TestRelativePronounPassesOverAnAge(t *testing.T) {
	d := handbuilt.Parsed(t, "The delay hit Ahmed Yusuf, 64, who said he missed a visit.",
		"The/DT/the/1/det delay/NN/delay/2/nsubj hit/VBD/hit/-1/root Ahmed/NNP/Ahmed/2/obj Yusuf/NNP/Yusuf/3/flat ,/,/,/6/punct "+
			"64/CD/64/3/nmod:unmarked ,/,/,/9/punct who/WP/who/9/nsubj said/VBD/say/2/parataxis he/PRP/he/11/nsubj "+
			"missed/VBD/miss/9/ccomp a/DT/a/13/det visit/NN/visit/11/obj ./././2/punct")
	handbuilt.Name(t, d, "Ahmed Yusuf", "PER")
	got := speakers(d, []newsgraph.Attribution{said(t, d, "who", 0, "he missed a visit")})
	if want := []string{"Ahmed Yusuf"}; !slices.Equal(got, want) {
		t.Errorf("speakers %q, want %q", got, want)
	}
}

// "X, dated last week, which said …": a participle's phrase set off
// between the noun and the pronoun is passed over; the speaker is the
// letter, not the week.
func TestRelativePronounPassesOverAParticiple(t *testing.T) {
	d := handbuilt.Parsed(t, "They released a letter, dated last week, which said no rule was broken.",
		"They/PRP/they/1/nsubj released/VBD/release/-1/root a/DT/a/3/det letter/NN/letter/1/obj ,/,/,/5/punct "+
			"dated/VBN/date/3/acl last/JJ/last/7/amod week/NN/week/5/obl:unmarked ,/,/,/10/punct which/WDT/which/10/nsubj "+
			"said/VBD/say/5/acl:relcl no/DT/no/12/det rule/NN/rule/14/nsubj:pass was/VBD/be/14/aux:pass broken/VBN/break/10/ccomp ./././1/punct")
	got := speakers(d, []newsgraph.Attribution{said(t, d, "which", 0, "no rule was broken")})
	if want := []string{"letter"}; !slices.Equal(got, want) {
		t.Errorf("speakers %q, want %q", got, want)
	}
}

// "according to a spokesperson, who said …": the preposition's words
// are no part of the speaker.
func TestRelativePronounAfterAccordingTo(t *testing.T) {
	d := handbuilt.Parsed(t, "Talks resume today, according to a spokesperson, who said both sides agreed.",
		"Talks/NNS/talk/1/nsubj resume/VBP/resume/-1/root today/NN/today/1/obl:tmod ,/,/,/7/punct according/VBG/accord/7/case "+
			"to/IN/to/4/fixed a/DT/a/7/det spokesperson/NN/spokesperson/1/obl ,/,/,/10/punct who/WP/who/10/nsubj said/VBD/say/7/acl:relcl "+
			"both/DT/both/12/det sides/NNS/side/13/nsubj agreed/VBD/agree/10/ccomp ./././1/punct")
	got := speakers(d, []newsgraph.Attribution{said(t, d, "who", 0, "both sides agreed")})
	if want := []string{"spokesperson"}; !slices.Equal(got, want) {
		t.Errorf("speakers %q, want %q", got, want)
	}
}

// An institution is named by the organisation its description ends
// with, or that is set off as the description's appositive; someone's
// lawyer, or aide, is not that someone, but a person set off after such a
// description is the speaker.
func TestInstitutionsAndPossessors(t *testing.T) {
	for _, c := range []struct {
		text, spec, source, content string
		names                       map[string]string
		want                        string
	}{
		{"The shipping firm Calloway Lines said it would divert ships.",
			"The/DT/the/2/det shipping/NN/shipping/2/compound firm/NN/firm/5/nsubj Calloway/NNP/Calloway/2/appos Lines/NNP/Lines/3/flat " +
				"said/VBD/say/-1/root it/PRP/it/8/nsubj would/MD/would/8/aux divert/VB/divert/5/ccomp ships/NNS/ship/8/obj ./././5/punct",
			"The shipping firm Calloway Lines", "it would divert ships", map[string]string{"Calloway Lines": "ORG"}, "Calloway Lines"},
		{"The yard's owner, Kessler Group, said it agreed.",
			"The/DT/the/1/det yard/NN/yard/3/nmod:poss 's/POS/'s/1/case owner/NN/owner/8/nsubj ,/,/,/5/punct Kessler/NNP/Kessler/3/appos " +
				"Group/NNP/Group/5/flat ,/,/,/5/punct said/VBD/say/-1/root it/PRP/it/10/nsubj agreed/VBD/agree/8/ccomp ./././8/punct",
			"The yard's owner, Kessler Group,", "it agreed", map[string]string{"Kessler Group": "ORG"}, "Kessler Group"},
		{"An aide to Morrison said the papers were forged.",
			"An/DT/an/1/det aide/NN/aide/4/nsubj to/IN/to/3/case Morrison/NNP/Morrison/1/nmod said/VBD/say/-1/root the/DT/the/6/det " +
				"papers/NNS/paper/8/nsubj:pass were/VBD/be/8/aux:pass forged/VBN/forge/4/ccomp ./././4/punct",
			"An aide to Morrison", "the papers were forged", map[string]string{"Morrison": "PER"}, "aide to Morrison"},
		// The tagger read "to transport" as an infinitive: the aide spoke
		// still, not the minister.
		{"An aide to transport minister Ana Vos said the papers were forged.",
			"An/DT/an/1/det aide/NN/aide/7/nsubj to/TO/to/3/mark transport/VB/transport/1/acl minister/NN/minister/5/nmod:desc Ana/NNP/Ana/7/nsubj " +
				"Vos/NNP/Vos/5/flat said/VBD/say/-1/root the/DT/the/9/det papers/NNS/paper/11/nsubj:pass were/VBD/be/11/aux:pass forged/VBN/forge/7/ccomp ./././7/punct",
			"An aide to transport minister Ana Vos", "the papers were forged", map[string]string{"Ana Vos": "PER"}, "aide to transport minister Ana Vos"},
		{"Saar's lawyer, Petra Voss, said the papers were forged.",
			"Saar/NNP/Saar/2/nmod:poss 's/POS/'s/0/case lawyer/NN/lawyer/8/nsubj ,/,/,/4/punct Petra/NNP/Petra/2/appos Voss/NNP/Voss/4/flat " +
				",/,/,/4/punct said/VBD/say/-1/root the/DT/the/9/det papers/NNS/paper/11/nsubj:pass were/VBD/be/11/aux:pass forged/VBN/forge/7/ccomp ./././7/punct",
			"Saar's lawyer, Petra Voss,", "the papers were forged", map[string]string{"Saar": "PER", "Petra Voss": "PER"}, "Petra Voss"},
		{"The owner of the store, Lisa Grahn, said she was relieved.",
			"The/DT/the/1/det owner/NN/owner/9/nsubj of/IN/of/4/case the/DT/the/4/det store/NN/store/1/nmod ,/,/,/6/punct " +
				"Lisa/NNP/Lisa/1/appos Grahn/NNP/Grahn/6/flat ,/,/,/6/punct said/VBD/say/-1/root she/PRP/she/12/nsubj " +
				"was/VBD/be/12/cop relieved/JJ/relieved/9/ccomp ./././9/punct",
			"The owner of the store, Lisa Grahn,", "she was relieved", map[string]string{"Lisa Grahn": "PER"}, "Lisa Grahn"},
		{"Morrison's lawyer said the papers were forged.",
			"Morrison/NNP/Morrison/2/nmod:poss 's/POS/'s/0/case lawyer/NN/lawyer/3/nsubj said/VBD/say/-1/root the/DT/the/5/det " +
				"papers/NNS/paper/7/nsubj:pass were/VBD/be/7/aux:pass forged/VBN/forge/3/ccomp ./././3/punct",
			"Morrison's lawyer", "the papers were forged", map[string]string{"Morrison": "PER"}, "Morrison's lawyer"},
	} {
		d := handbuilt.Parsed(t, c.text, c.spec)
		for name, typ := range c.names {
			handbuilt.Name(t, d, name, typ)
		}
		if got := speakers(d, []newsgraph.Attribution{said(t, d, c.source, 0, c.content)}); !slices.Equal(got, []string{c.want}) {
			t.Errorf("%s: speakers %q, want %s", c.text, got, c.want)
		}
	}
}

// A person named in the source is the speaker's entity even when the
// parse makes another name the source's head: "Harbour President Ana
// Lind" hung on "Harbour", a place with an entity of its own.
func TestNamedPersonIsTheSpeakersEntity(t *testing.T) {
	d := handbuilt.Parsed(t, "Harbour President Ana Lind said the port would close.",
		"Harbour/NNP/Harbour/4/nsubj President/NNP/President/2/nmod:desc Ana/NNP/Ana/0/conj Lind/NNP/Lind/2/flat "+
			"said/VBD/say/-1/root the/DT/the/6/det port/NN/port/8/nsubj would/MD/would/8/aux close/VB/close/4/ccomp ./././4/punct")
	handbuilt.Name(t, d, "Harbour", "LOC")
	handbuilt.Name(t, d, "Ana Lind", "PER")
	coref.Resolve(d)
	if got := speakers(d, []newsgraph.Attribution{said(t, d, "Harbour President Ana Lind", 0, "the port would close")}); !slices.Equal(got, []string{"Ana Lind"}) {
		t.Errorf("speakers %q, want Ana Lind", got)
	}
}

// Inside a speaker's quotation, "I" and "my" are the speaker: the stage
// adds them to the speaker's entity, which coreference could not know.
func TestSpeakersOwnWordsJoinTheirEntity(t *testing.T) {
	d := handbuilt.Parsed(t, "“I keep my word,” Anja Lind said.",
		"“/``/“/3/punct I/PRP/I/2/nsubj keep/VBP/keep/8/ccomp my/PRP$/my/4/nmod:poss word/NN/word/2/obj ,/,/,/2/punct "+
			"”/''/”/2/punct Anja/NNP/Anja/8/nsubj Lind/NNP/Lind/7/flat said/VBD/say/-1/root ./././8/punct")
	handbuilt.Name(t, d, "Anja Lind", "PER")
	coref.Resolve(d)
	a := said(t, d, "Anja Lind", 0, "“I keep my word,”")
	a.Kind = newsgraph.Direct
	d.Attributions = []newsgraph.Attribution{a}
	if err := (speaker.Stage{}).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	got := mentionsOf(d, 0)
	if want := []string{"I", "my", "Anja Lind"}; !slices.Equal(got, want) || !d.Validate() {
		t.Errorf("Anja Lind's mentions %q, want %q", got, want)
	}
	if s := d.Attributions[0].Speaker; s == nil || s.Entity != 0 {
		t.Errorf("speaker %+v, want entity 0", s)
	}
}

// An interview's answer ("A: …") is by the person the article names most,
// not a source named "A".
func TestInterviewAnswerIsTheIntervieweesWords(t *testing.T) {
	d := handbuilt.Sentences(t, "Mira Solberg met Ivo Tal. Solberg spoke.\n\nA: Not this year.",
		"Mira/NNP/Mira/1/compound Solberg/NNP/Solberg/2/nsubj met/VBD/meet/-1/root Ivo/NNP/Ivo/4/compound Tal/NNP/Tal/2/obj ./././2/punct",
		"Solberg/NNP/Solberg/1/nsubj spoke/VBD/speak/-1/root ./././1/punct",
		"A/DT/a/4/dep :/:/:/0/punct Not/RB/not/4/advmod this/DT/this/4/det year/NN/year/-1/root ./././4/punct")
	handbuilt.Name(t, d, "Mira Solberg", "PER")
	handbuilt.Name(t, d, "Ivo Tal", "PER")
	solberg := handbuilt.Span(t, d, "Solberg", 1)
	d.Mentions = append(d.Mentions, newsgraph.Mention{Span: solberg, Kind: newsgraph.MentionName, Type: "PER", Entity: newsgraph.NoEntity})
	coref.Resolve(d)
	src := handbuilt.Span(t, d, "A", 0)
	a := newsgraph.Attribution{Kind: newsgraph.Direct, Source: &src, Cue: handbuilt.Span(t, d, ":", 0), Content: handbuilt.Span(t, d, "Not this year.", 0)}
	if got := speakers(d, []newsgraph.Attribution{a}); !slices.Equal(got, []string{"Mira Solberg"}) {
		t.Errorf("speakers %q, want Mira Solberg", got)
	}
}

// Two people joined by "and" in a source speak together: the speaker is
// the group coreference made of them ("both leaders"), not the first
// named.
func TestJoinedSourceIsTheGroup(t *testing.T) {
	d := handbuilt.Sentences(t, "Ana Lind met Ivo Tal. Both leaders smiled. Ana Lind and Ivo Tal said they would reopen the crossing.",
		"Ana/NNP/Ana/1/compound Lind/NNP/Lind/2/nsubj met/VBD/meet/-1/root Ivo/NNP/Ivo/4/compound Tal/NNP/Tal/2/obj ./././2/punct",
		"Both/DT/both/1/det leaders/NNS/leader/2/nsubj smiled/VBD/smile/-1/root ./././2/punct",
		"Ana/NNP/Ana/1/compound Lind/NNP/Lind/5/nsubj and/CC/and/4/cc Ivo/NNP/Ivo/4/compound Tal/NNP/Tal/1/conj "+
			"said/VBD/say/-1/root they/PRP/they/8/nsubj would/MD/would/8/aux reopen/VB/reopen/5/ccomp the/DT/the/10/det "+
			"crossing/NN/crossing/8/obj ./././5/punct")
	for n := range 2 {
		for _, name := range []string{"Ana Lind", "Ivo Tal"} {
			sp := handbuilt.Span(t, d, name, n)
			d.Mentions = append(d.Mentions, newsgraph.Mention{Span: sp, Kind: newsgraph.MentionName, Type: "PER", Entity: newsgraph.NoEntity})
		}
	}
	slices.SortFunc(d.Mentions, func(a, b newsgraph.Mention) int { return a.Start - b.Start })
	coref.Resolve(d)
	group := -1
	for g, e := range d.Entities {
		if len(e.Members) == 2 {
			group = g
		}
	}
	if group < 0 {
		t.Fatalf("coreference made no group of the two: %+v", d.Entities)
	}
	atts := []newsgraph.Attribution{said(t, d, "Ana Lind and Ivo Tal", 0, "they would reopen the crossing")}
	speaker.Resolve(d, atts)
	if s := atts[0].Speaker; s == nil || s.Entity != group {
		t.Errorf("speaker %+v, want the group %d (%s)", s, group, d.Entities[group].Name)
	}
}

// Person mentions may nest ("Brask" inside "Brask spokesman Ivo Tal",
// a name widened over its title): reading a source across them
// must not fail, as it did on PolNeAR dev.
func TestNestedPersonMentionsInASource(t *testing.T) {
	d := handbuilt.Parsed(t, "Brask spokesman Ivo Tal and Ana Lind said the port would close.",
		"Brask/NNP/Brask/1/compound spokesman/NN/spokesman/3/compound Ivo/NNP/Ivo/3/compound Tal/NNP/Tal/7/nsubj and/CC/and/6/cc "+
			"Ana/NNP/Ana/6/compound Lind/NNP/Lind/3/conj said/VBD/say/-1/root the/DT/the/9/det port/NN/port/11/nsubj "+
			"would/MD/would/11/aux close/VB/close/7/ccomp ./././7/punct")
	brask, tal, lind := handbuilt.Span(t, d, "Brask", 0), handbuilt.Span(t, d, "Brask spokesman Ivo Tal", 0), handbuilt.Span(t, d, "Ana Lind", 0)
	d.Mentions = []newsgraph.Mention{
		{Span: brask, Kind: newsgraph.MentionName, Type: "PER", Entity: 0},
		{Span: tal, Kind: newsgraph.MentionName, Type: "PER", Entity: 1},
		{Span: lind, Kind: newsgraph.MentionName, Type: "PER", Entity: 2},
	}
	d.Entities = []newsgraph.Entity{{Type: "PER", Name: "Brask", Mentions: []int{0}}, {Type: "PER", Name: "Ivo Tal", Mentions: []int{1}},
		{Type: "PER", Name: "Ana Lind", Mentions: []int{2}}}
	atts := []newsgraph.Attribution{said(t, d, "Brask spokesman Ivo Tal and Ana Lind", 0, "the port would close")}
	speaker.Resolve(d, atts) // must not panic
	if atts[0].Speaker == nil {
		t.Error("no speaker")
	}
}

// In a printed interview the questions' "you" and "your" are the one
// interviewed, whom the answers are by.
func TestInterviewersYouIsTheInterviewee(t *testing.T) {
	d := handbuilt.Sentences(t, "Mira Solberg spoke.\n\nQ: Do you agree?\n\nA: Not this year.\n\nQ: And your party?\n\nA: We will see.",
		"Mira/NNP/Mira/1/compound Solberg/NNP/Solberg/2/nsubj spoke/VBD/speak/-1/root ./././2/punct",
		"Q/NNP/Q/4/dep :/:/:/0/punct Do/VBP/do/4/aux you/PRP/you/4/nsubj agree/VB/agree/-1/root ?/./?/4/punct",
		"A/DT/a/4/dep :/:/:/0/punct Not/RB/not/4/advmod this/DT/this/4/det year/NN/year/-1/root ./././4/punct",
		"Q/NNP/Q/4/dep :/:/:/0/punct And/CC/and/4/cc your/PRP$/your/4/nmod:poss party/NN/party/-1/root ?/./?/4/punct",
		"A/DT/a/4/dep :/:/:/0/punct We/PRP/we/4/nsubj will/MD/will/4/aux see/VB/see/-1/root ./././4/punct")
	handbuilt.Name(t, d, "Mira Solberg", "PER")
	coref.Resolve(d)
	answer := func(n int, content string) newsgraph.Attribution {
		src := handbuilt.Span(t, d, "A", n)
		return newsgraph.Attribution{Kind: newsgraph.Direct, Source: &src, Cue: handbuilt.Span(t, d, ":", 2*n+1), Content: handbuilt.Span(t, d, content, 0)}
	}
	d.Attributions = []newsgraph.Attribution{answer(0, "Not this year."), answer(1, "We will see.")}
	if err := (speaker.Stage{}).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	got := mentionsOf(d, 0)
	if want := []string{"Mira Solberg", "you", "your"}; !slices.Equal(got, want) || !d.Validate() {
		t.Errorf("Mira Solberg's mentions %q, want %q", got, want)
	}
}

// A name inside a longer person's mention ("Northvale" in "Northvale
// manager Tom Hale", which the NER took for a person) is not the speaker:
// the whole mention is.
func TestTheOuterOfNestedPersonMentionsSpeaks(t *testing.T) {
	d := handbuilt.Parsed(t, "Northvale manager Tom Hale said the club would improve.",
		"Northvale/NNP/Northvale/1/compound manager/NN/manager/3/compound Tom/NNP/Tom/3/compound Hale/NNP/Hale/4/nsubj said/VBD/say/-1/root "+
			"the/DT/the/6/det club/NN/club/8/nsubj would/MD/would/8/aux improve/VB/improve/4/ccomp ./././4/punct")
	club, hale := handbuilt.Span(t, d, "Northvale", 0), handbuilt.Span(t, d, "Northvale manager Tom Hale", 0)
	d.Mentions = []newsgraph.Mention{
		{Span: club, Kind: newsgraph.MentionName, Type: "PER", Entity: 0},
		{Span: hale, Kind: newsgraph.MentionName, Type: "PER", Entity: 1},
	}
	d.Entities = []newsgraph.Entity{{Type: "PER", Name: "Northvale", Mentions: []int{0}}, {Type: "PER", Name: "Tom Hale", Mentions: []int{1}}}
	atts := []newsgraph.Attribution{said(t, d, "Northvale manager Tom Hale", 0, "the club would improve")}
	if got := speakers(d, atts); !slices.Equal(got, []string{"Tom Hale"}) {
		t.Errorf("speakers %q, want Tom Hale", got)
	}
}

// "A police spokeswoman said …. She said …": the description coreference
// took for one person is whom "she" takes up, as a name would be.
func TestSheAfterAPersonsDescription(t *testing.T) {
	d := handbuilt.Sentences(t, "A police spokeswoman said two men fled. She said police arrived.",
		"A/DT/a/2/det police/NN/police/2/compound spokeswoman/NN/spokeswoman/3/nsubj said/VBD/say/-1/root two/CD/two/5/nummod "+
			"men/NNS/man/6/nsubj fled/VBD/flee/3/ccomp ./././3/punct",
		"She/PRP/she/1/nsubj said/VBD/say/-1/root police/NNS/police/3/nsubj arrived/VBD/arrive/1/ccomp ./././1/punct")
	coref.Resolve(d)
	first, second := said(t, d, "A police spokeswoman", 0, "two men fled"), said(t, d, "She", 0, "police arrived")
	second.Cue = handbuilt.Span(t, d, "said", 1)
	got := speakers(d, []newsgraph.Attribution{first, second})
	if got[0] == "" || got[1] != got[0] {
		t.Errorf("speakers %q, want the spokeswoman twice", got)
	}
}

// "Green candidate Sofia Lindgren said": a party the tagger took for a
// person, before the title, is not the speaker; the person after it is.
func TestNameBeforeATitleQualifiesIt(t *testing.T) {
	d := handbuilt.Parsed(t, "Green candidate Sofia Lindgren said taxes rose.",
		"Green/NNP/Green/1/compound candidate/NN/candidate/2/compound Sofia/NNP/Sofia/4/nsubj Lindgren/NNP/Lindgren/2/flat "+
			"said/VBD/say/-1/root taxes/NNS/tax/6/nsubj rose/VBD/rise/4/ccomp ./././4/punct")
	handbuilt.Name(t, d, "Green", "PER")
	handbuilt.Name(t, d, "Sofia Lindgren", "PER")
	if got := speakers(d, []newsgraph.Attribution{said(t, d, "Green candidate Sofia Lindgren", 0, "taxes rose")}); !slices.Equal(got, []string{"Sofia Lindgren"}) {
		t.Errorf("speakers %q, want Sofia Lindgren", got)
	}
}

// "The Audit Office said … It declined to comment.": an "it" for source
// is the organisation that spoke just before; an "it" far from any is
// left alone.
func TestItAfterAnOrganisationSpeaks(t *testing.T) {
	d := handbuilt.Sentences(t, "The Audit Office said it was looking. It declined to comment.",
		"The/DT/the/2/det Audit/NNP/Audit/2/compound Office/NNP/Office/3/nsubj said/VBD/say/-1/root it/PRP/it/6/nsubj "+
			"was/VBD/be/6/aux looking/VBG/look/3/ccomp ./././3/punct",
		"It/PRP/it/1/nsubj declined/VBD/decline/-1/root to/TO/to/3/mark comment/VB/comment/1/xcomp ./././1/punct")
	handbuilt.Name(t, d, "Audit Office", "ORG")
	coref.Resolve(d)
	first := said(t, d, "The Audit Office", 0, "it was looking")
	src := handbuilt.Span(t, d, "It", 0)
	second := newsgraph.Attribution{Kind: newsgraph.Indirect, Source: &src, Cue: handbuilt.Span(t, d, "declined", 0),
		Content: handbuilt.Span(t, d, "to comment", 0)}
	got := speakers(d, []newsgraph.Attribution{first, second})
	if got[0] != "Audit Office" || got[1] != got[0] {
		t.Errorf("speakers %q, want the Audit Office twice", got)
	}
}

// "two people involved in the talks, who said …": the clause is about
// the people, on whom the parse hangs it, not the talks before the comma.
func TestRelativePronounNamesTheNounItsClauseHangsOn(t *testing.T) {
	d := handbuilt.Parsed(t, "It hit two people involved in the talks, who said it failed.",
		"It/PRP/it/1/nsubj hit/VBD/hit/-1/root two/CD/two/3/nummod people/NNS/people/1/obj involved/JJ/involved/3/amod "+
			"in/IN/in/7/case the/DT/the/7/det talks/NNS/talk/4/obl ,/,/,/10/punct who/WP/who/10/nsubj said/VBD/say/3/acl:relcl "+
			"it/PRP/it/12/nsubj failed/VBD/fail/10/ccomp ./././1/punct")
	got := speakers(d, []newsgraph.Attribution{said(t, d, "who", 0, "it failed")})
	if want := []string{"two people involved in the talks"}; !slices.Equal(got, want) {
		t.Errorf("speakers %q, want %q", got, want)
	}
}

// "Some Sanders supporters said …": a person's name that modifies the
// common noun ending the source says what kind of people spoke; they are
// not the person.
func TestNameModifyingTheSourcesNounIsNoSpeaker(t *testing.T) {
	d := handbuilt.Parsed(t, "Some Sanders supporters said the vote was rigged.",
		"Some/DT/some/2/det Sanders/NNP/Sanders/2/compound supporters/NNS/supporter/3/nsubj said/VBD/say/-1/root the/DT/the/5/det vote/NN/vote/7/nsubj:pass "+
			"was/VBD/be/7/aux:pass rigged/VBN/rig/3/ccomp ./././3/punct")
	handbuilt.Name(t, d, "Sanders", "PER")
	got := speakers(d, []newsgraph.Attribution{said(t, d, "Some Sanders supporters", 0, "the vote was rigged")})
	if want := []string{"Some Sanders supporters"}; !slices.Equal(got, want) {
		t.Errorf("speakers %q, want %q", got, want)
	}
}

// "four officials, including a career officer who described …": the
// examples set off after the noun are the clause's, not the noun before.
func TestRelativePronounAfterExamplesNamesTheExample(t *testing.T) {
	d := handbuilt.Parsed(t, "It follows testimony of four officials, including a career officer who said the call was improper.",
		"It/PRP/it/1/nsubj follows/VBZ/follow/-1/root testimony/NN/testimony/1/obj of/IN/of/5/case four/CD/four/5/nummod officials/NNS/official/2/nmod "+
			",/,/,/10/punct including/VBG/include/10/case a/DT/a/10/det career/NN/career/10/compound officer/NN/officer/5/nmod "+
			"who/WP/who/12/nsubj said/VBD/say/10/acl:relcl the/DT/the/14/det call/NN/call/16/nsubj was/VBD/be/16/cop improper/JJ/improper/12/ccomp ./././1/punct")
	got := speakers(d, []newsgraph.Attribution{said(t, d, "who", 0, "the call was improper")})
	if want := []string{"career officer"}; !slices.Equal(got, want) {
		t.Errorf("speakers %q, want %q", got, want)
	}
}

// In an interview printed without "Q:" and "A:" (under a title that says
// Q and A), the questions' "you" is the one interviewed too: the answers' source is their name, their cue
// the question's mark.
func TestUnlabelledInterviewersYouIsTheInterviewee(t *testing.T) {
	d := handbuilt.Sentences(t, "Q and A: Mira Solberg spoke.\n\nDo you agree?\n\nNot this year.\n\nIs it hard?\n\nVery.\n\nAnd your party?\n\nWe will see.",
		"Q/NN/q/6/dep and/CC/and/2/cc A/NN/a/0/conj :/:/:/0/punct Mira/NNP/Mira/5/compound Solberg/NNP/Solberg/6/nsubj spoke/VBD/speak/-1/root ./././6/punct",
		"Do/VBP/do/2/aux you/PRP/you/2/nsubj agree/VB/agree/-1/root ?/./?/2/punct",
		"Not/RB/not/2/advmod this/DT/this/2/det year/NN/year/-1/root ./././2/punct",
		"Is/VBZ/be/2/cop it/PRP/it/2/nsubj hard/JJ/hard/-1/root ?/./?/2/punct",
		"Very/RB/very/-1/root ./././0/punct",
		"And/CC/and/2/cc your/PRP$/your/2/nmod:poss party/NN/party/-1/root ?/./?/2/punct",
		"We/PRP/we/2/nsubj will/MD/will/2/aux see/VB/see/-1/root ./././2/punct")
	d.Paragraphs[0].Kind = newsgraph.KindTitle
	handbuilt.Name(t, d, "Mira Solberg", "PER")
	coref.Resolve(d)
	name := handbuilt.Span(t, d, "Mira Solberg", 0)
	answer := func(q int, content string) newsgraph.Attribution {
		return newsgraph.Attribution{Kind: newsgraph.Direct, Source: &name, Cue: handbuilt.Span(t, d, "?", q), Content: handbuilt.Span(t, d, content, 0)}
	}
	d.Attributions = []newsgraph.Attribution{answer(0, "Not this year."), answer(1, "Very."), answer(2, "We will see.")}
	if err := (speaker.Stage{}).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	got := mentionsOf(d, 0)
	if want := []string{"Mira Solberg", "you", "your"}; !slices.Equal(got, want) || !d.Validate() {
		t.Errorf("Mira Solberg's mentions %q, want %q", got, want)
	}
}

// "Claims were made by a nurse. She said …": no one spoke before her and
// no name stands before "She", but coreference took "She" for the nurse,
// who is the speaker.
func TestSheWhomCoreferenceResolvedSpeaks(t *testing.T) {
	d := handbuilt.Sentences(t, "Claims were made by a nurse. She said six men left.",
		"Claims/NNS/claim/2/nsubj:pass were/VBD/be/2/aux:pass made/VBN/make/-1/root by/IN/by/5/case a/DT/a/5/det nurse/NN/nurse/2/obl:agent ./././2/punct",
		"She/PRP/she/1/nsubj said/VBD/say/-1/root six/CD/six/3/nummod men/NNS/man/4/nsubj left/VBD/leave/1/ccomp ./././1/punct")
	coref.Resolve(d)
	got := speakers(d, []newsgraph.Attribution{said(t, d, "She", 0, "six men left")})
	if want := []string{"a nurse"}; !slices.Equal(got, want) {
		t.Errorf("speakers %q, want %q", got, want)
	}
}

// "a source close to him": the parse made "him" the verb's subject, but
// the source is the one close to him, not he.
func TestPersonAfterAPrepositionInTheSourceIsNotTheSpeaker(t *testing.T) {
	d := handbuilt.Parsed(t, "Still, the port will close, a source close to him said.",
		"Still/RB/still/5/advmod ,/,/,/0/punct the/DT/the/3/det port/NN/port/5/nsubj will/MD/will/5/aux close/VB/close/12/ccomp ,/,/,/5/punct "+
			"a/DT/a/8/det source/NN/source/12/obl:unmarked close/JJ/close/8/punct to/IN/to/11/case him/PRP/he/12/nsubj said/VBD/say/-1/root ./././12/punct")
	him := handbuilt.Span(t, d, "him", 0)
	oneEntity(d, him, newsgraph.MentionPronoun, "PER", "Ivo Tal")
	if got := speakers(d, []newsgraph.Attribution{said(t, d, "a source close to him", 0, "the port will close")}); !slices.Equal(got, []string{"source close to him"}) {
		t.Errorf("speakers %q, want the source, not the one it is close to", got)
	}
}

// When the parse gives a source two heads, the one inside its
// prepositional phrase is not the speaker ("a spokesman for the company",
// with "company" made the verb's subject, is the spokesman, not the
// company), but an office's "of" and a preposition between capitalised
// words are the title's or the name's: "Secretary of State Jon Husted" is
// he.
func TestSourceWithTwoHeadsInTheParse(t *testing.T) {
	d := handbuilt.Parsed(t, "A spokesman for the company said the port would close.",
		"A/DT/a/1/det spokesman/NN/spokesman/5/nsubj for/IN/for/4/case the/DT/the/4/det company/NN/company/5/nsubj said/VBD/say/-1/root "+
			"the/DT/the/7/det port/NN/port/9/nsubj would/MD/would/9/aux close/VB/close/5/ccomp ./././5/punct")
	oneEntity(d, handbuilt.Span(t, d, "the company", 0), newsgraph.MentionDescription, "ORG", "Harbour Lines")
	if got := speakers(d, []newsgraph.Attribution{said(t, d, "A spokesman for the company", 0, "the port would close")}); !slices.Equal(got, []string{"spokesman for the company"}) {
		t.Errorf("speakers %q, want the spokesman, not his company", got)
	}
	d = handbuilt.Parsed(t, "Secretary of State Jon Husted said the port would close.",
		"Secretary/NN/secretary/5/nsubj of/IN/of/3/case State/NNP/State/3/compound Jon/NNP/Jon/5/nsubj Husted/NNP/Husted/3/flat said/VBD/say/-1/root "+
			"the/DT/the/7/det port/NN/port/9/nsubj would/MD/would/9/aux close/VB/close/5/ccomp ./././5/punct")
	oneEntity(d, handbuilt.Span(t, d, "Jon Husted", 0), newsgraph.MentionName, "PER", "Jon Husted")
	if got := speakers(d, []newsgraph.Attribution{said(t, d, "Secretary of State Jon Husted", 0, "the port would close")}); !slices.Equal(got, []string{"Jon Husted"}) {
		t.Errorf("speakers %q, want Jon Husted", got)
	}
}

// An office's "of" holds the name after it though it is written in lower
// case ("chief of staff Jon Husted"); a preposition between a plural
// noun and a name does not ("Supporters of Jon Husted" are not he).
func TestTitlesAndNamesWithPrepositionsInASource(t *testing.T) {
	for _, c := range []struct{ text, spec, source, want string }{
		{"Chief of staff Jon Husted said the port would close.",
			"Chief/NN/chief/5/nsubj of/IN/of/2/case staff/NN/staff/0/nmod Jon/NNP/Jon/5/nsubj Husted/NNP/Husted/3/flat said/VBD/say/-1/root " +
				"the/DT/the/7/det port/NN/port/9/nsubj would/MD/would/9/aux close/VB/close/5/ccomp ./././5/punct",
			"Chief of staff Jon Husted", "Jon Husted"},
		{"Supporters of Jon Husted said the port would close.",
			"Supporters/NNS/supporter/4/nsubj of/IN/of/2/case Jon/NNP/Jon/4/nsubj Husted/NNP/Husted/2/flat said/VBD/say/-1/root " +
				"the/DT/the/6/det port/NN/port/8/nsubj would/MD/would/8/aux close/VB/close/4/ccomp ./././4/punct",
			"Supporters of Jon Husted", "Supporters of Jon Husted"},
	} {
		d := handbuilt.Parsed(t, c.text, c.spec)
		oneEntity(d, handbuilt.Span(t, d, "Jon Husted", 0), newsgraph.MentionName, "PER", "Jon Husted")
		if got := speakers(d, []newsgraph.Attribution{said(t, d, c.source, 0, "the port would close")}); !slices.Equal(got, []string{c.want}) {
			t.Errorf("%q: speakers %q, want %q", c.text, got, c.want)
		}
	}
}

// An unnamed group's speaker shows the source's own description, which
// says more than the one word coreference calls it by; a pronoun, or a
// named entity, shows the entity's name.
func TestUnnamedSourceKeepsItsDescription(t *testing.T) {
	spec := "People/NNS/people/3/nsubj familiar/JJ/familiar/0/amod with/IN/with/3/case the/DT/the/3/det plan/NN/plan/1/obl said/VBD/say/-1/root " +
		"it/PRP/it/7/nsubj would/MD/would/7/aux fail/VB/fail/5/ccomp ./././5/punct"
	d := handbuilt.Parsed(t, "People familiar with the plan said it would fail.", spec)
	oneEntity(d, handbuilt.Span(t, d, "People familiar with the plan", 0), newsgraph.MentionDescription, "PER", "people")
	if got := speakers(d, []newsgraph.Attribution{said(t, d, "People familiar with the plan", 0, "it would fail")}); !slices.Equal(got, []string{"People familiar with the plan"}) {
		t.Errorf("speakers %q, want the source's description", got)
	}
	d.Mentions[0].Kind = newsgraph.MentionName
	d.Entities[0].Name = "People Group"
	if got := speakers(d, []newsgraph.Attribution{said(t, d, "People familiar with the plan", 0, "it would fail")}); !slices.Equal(got, []string{"People Group"}) {
		t.Errorf("named: speakers %q, want the entity's name", got)
	}
}

// oneEntity gives d one entity of type typ called name, with one mention
// at span of the given kind.
func oneEntity(d *newsgraph.Doc, span newsgraph.Span, kind newsgraph.MentionKind, typ, name string) {
	d.Mentions = []newsgraph.Mention{{Span: span, Kind: kind, Type: typ, Entity: 0}}
	d.Entities = []newsgraph.Entity{{Type: typ, Name: name, Mentions: []int{0}}}
}

// A pronoun source left unresolved takes the entity the stage made that
// pronoun a mention of: the interviewer's "You said …" in a question is
// the interviewee, and "I think …" inside her answer is hers.
func TestPronounSourcesInAnInterview(t *testing.T) {
	d := handbuilt.Sentences(t, "Mira Solberg spoke.\n\nQ: You said no?\n\nA: I think so.\n\nQ: Why?\n\nA: Time.",
		"Mira/NNP/Mira/1/compound Solberg/NNP/Solberg/2/nsubj spoke/VBD/speak/-1/root ./././2/punct",
		"Q/NNP/Q/3/dep :/:/:/0/punct You/PRP/you/3/nsubj said/VBD/say/-1/root no/UH/no/3/obj ?/./?/3/punct",
		"A/DT/a/3/dep :/:/:/0/punct I/PRP/I/3/nsubj think/VBP/think/-1/root so/RB/so/3/advmod ./././3/punct",
		"Q/NNP/Q/2/dep :/:/:/0/punct Why/WRB/why/-1/root ?/./?/2/punct",
		"A/DT/a/2/dep :/:/:/0/punct Time/NN/time/-1/root ./././2/punct")
	handbuilt.Name(t, d, "Mira Solberg", "PER")
	coref.Resolve(d)
	at := func(s string, n int) *newsgraph.Span { sp := handbuilt.Span(t, d, s, n); return &sp }
	d.Attributions = []newsgraph.Attribution{
		{Kind: newsgraph.Indirect, Source: at("You", 0), Cue: *at("said", 0), Content: *at("no", 0)},
		{Kind: newsgraph.Direct, Source: at("A", 0), Cue: *at(":", 1), Content: *at("I think so.", 0)},
		{Kind: newsgraph.Indirect, Source: at("I", 0), Cue: *at("think", 0), Content: *at("so", 0)},
	}
	if err := (speaker.Stage{}).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	for _, a := range d.Attributions {
		if a.Speaker == nil || a.Speaker.Entity != 0 {
			t.Errorf("%q %q: speaker %+v, want Mira Solberg", d.Slice(*a.Source), d.Slice(a.Cue), a.Speaker)
		}
	}
}
