package attrib_test

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib"
	"github.com/newsgraph/newsgraph/internal/attrib/bio"
	"github.com/newsgraph/newsgraph/internal/attrib/bound"
	"github.com/newsgraph/newsgraph/internal/attrib/cue"
	"github.com/newsgraph/newsgraph/internal/attrib/keep"
	"github.com/newsgraph/newsgraph/internal/attrib/train"
	"github.com/newsgraph/newsgraph/internal/coref/speaker"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/shipped/shippedtest"
)

// analyze runs the shipped pipeline with the rules alone on text.
var analyze = shippedtest.Analyze

// attribute replaces d's attributions with those of stage, speakers
// resolved as the pipeline resolves them.
func attribute(t *testing.T, d *newsgraph.Doc, stage attrib.Stage) {
	t.Helper()
	for _, s := range []pipeline.Stage{stage, speaker.Stage{}} {
		if err := s.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
}

// spans renders each attribution as "source|cue|content".
func spans(d *newsgraph.Doc) []string {
	var out []string
	for _, a := range d.Attributions {
		source := ""
		if a.Source != nil {
			source = d.Slice(*a.Source)
		}
		out = append(out, source+"|"+d.Slice(a.Cue)+"|"+d.Slice(a.Content))
	}
	return out
}

// rows renders each attribution with row.
func rows(d *newsgraph.Doc) []string {
	var out []string
	for _, a := range d.Attributions {
		out = append(out, row(d, a))
	}
	return out
}

// row renders an attribution as "kind|speaker|addressee|cue|content".
func row(d *newsgraph.Doc, a newsgraph.Attribution) string {
	speaker, to := "", ""
	if a.Speaker != nil {
		speaker = a.Speaker.Name
	}
	if a.Addressee != nil {
		to = d.Slice(a.Addressee.Mention)
	}
	return fmt.Sprintf("%s|%s|%s|%s|%s", a.Kind, speaker, to, d.Slice(a.Cue), d.Slice(a.Content))
}

func TestExampleArticle(t *testing.T) {
	raw, err := os.ReadFile("../../examples/port-strike.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := analyze(t, string(raw))
	var got []string
	for _, a := range d.Attributions {
		got = append(got, row(d, a))
	}
	want := []string{
		"direct|Elena Varga||:|“The harbour will not close on my watch”",
		"indirect|Elena Varga|dock workers|told|that the city would keep the port of Brask open through the strike",
		"mixed|union leaders||warned|of “weeks, not days” of disruption",
		"direct|Elena Varga||said|“We have ships waiting in the bay and families waiting for their wages. Nobody wins if the cranes stand still,”",
		"mixed|Piet Olander||said|the city had offered a 2.5% raise “and a handshake.”",
		"direct|Piet Olander|reporters|told|“They want us to work nights for the same money as days,”",
		"direct|Piet Olander|reporters|told|“That is not an offer.\n\n“That is an insult, and our members know it.”",
		"indirect|the port authority||According to|17 container ships were anchored offshore by Wednesday morning",
		"indirect|Calloway Lines||said|it would divert two vessels to the neighbouring port of Kesh",
		"indirect|Economists at the Northern Trade Institute||estimated|the strike would cost the regional economy about $12 million a day",
		"indirect|Anja Meer||said|smaller importers would feel it first",
		"indirect|Marek Stoyan|both sides|urged|both sides to return to the table",
		// "offered" may be Stoyan's or the content's; the parse makes it his.
		"indirect|Marek Stoyan||said|he had spoken to Varga and Olander by phone",
		"indirect|Piet Olander||later said|the union would meet the governor on Friday — but only if the city dropped its demand for weekend shifts",
		"indirect|the port authority||said|Harbour police arrested two dock workers at the main gate on Friday",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("attributions\n got:\n%s\n\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestPatterns(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Headline here\n\n“We will win,” said Maria Lopez, the coach.",
			"direct|Maria Lopez||said|“We will win,”"},
		{"Headline here\n\nThe ministry said in a statement that prices would rise.",
			"indirect|ministry||said in a statement|that prices would rise"},
		{"Headline here\n\nJohn Smith arrived late. He said the meeting was a waste of time.",
			"indirect|John Smith||said|the meeting was a waste of time"},
		{"Headline here\n\nThe mayor spoke at the pier, with a video released by the council showing the crowd.",
			""},
		{"Headline here\n\n“We will build it,” Sen. Ann Roe (D-Mo.) said Friday.",
			"direct|Ann Roe||said Friday|“We will build it,”"},
		{"Headline here\n\nThe ferry will run all winter, said Ola Berg, a spokeswoman for the port.",
			"indirect|Ola Berg||said|The ferry will run all winter"},
		{"Headline here\n\nThe crews hoped the ferry would run all winter, said Mr. Berg, a lawyer for the ferry company.",
			"indirect|Berg||said|The crews hoped the ferry would run all winter"},
		{"Headline here\n\n“The port is safe,” Ola Berg, the harbour master, one of the officials running the port, said on Monday.",
			"direct|Ola Berg||said on Monday|“The port is safe,”"},
		{"Headline here\n\n“The port is safe,” retired harbour master Ola Berg said.",
			"direct|Ola Berg||said|“The port is safe,”"},
		{"Lena Holt: Port Workers Worried About Their Pay\n\nThe port stayed open.",
			"indirect|Lena Holt||:|Port Workers Worried About Their Pay"},
		{"Poll: Port Workers Back the Strike by Two to One\n\nThe port stayed open.",
			"indirect|Poll||:|Port Workers Back the Strike by Two to One"},
		{"Update: Port Stays Open Through the Long Winter\n\nThe port stayed open.",
			""},
		{"The Latest: Port Stays Open Through the Long Winter\n\nThe port stayed open.",
			""},
		{"Headline here\n\nReaders wrote in.\n\n“He is our greatest hope.” ― Eva Holm",
			"direct|Eva Holm||―|“He is our greatest hope.”"},
		// The speaker takes the name of coreference's entity, a
		// description since coref made descriptions mentions (3c71b6b).
		{"Headline here\n\nThe mayor said she had met the union leaders on Monday and walked back to the docks.",
			"indirect|The mayor||said|she had met the union leaders on Monday"},
		// PolNeAR train leaves the agent's "by" out of a passive cue 75
		// times of 115.
		{"Headline here\n\nThe story was first reported by the Harbour Times.",
			"indirect|Harbour Times||was first reported|The story"},
		{"Headline here\n\nThe port will stay open all winter, officials said Monday.",
			"indirect|officials||said Monday|The port will stay open all winter"},
		{"Headline here\n\nThe ferry will run, the mayor said in a statement.",
			"indirect|mayor||said in a statement|The ferry will run"},
		{"Headline here\n\nThe bridge will close in May, according to city officials.",
			"indirect|city officials||according to|The bridge will close in May"},
		{"Headline here\n\nTranscript follows:\n\n\"MORALES: The talks are over and nobody won. We go home.",
			"direct|MORALES||:|The talks are over and nobody won. We go home."},
	} {
		d := analyze(t, c.text)
		if c.want == "" && len(d.Attributions) > 0 || c.want != "" && (len(d.Attributions) != 1 || row(d, d.Attributions[0]) != c.want) {
			var got []string
			for _, a := range d.Attributions {
				got = append(got, row(d, a))
			}
			t.Errorf("%q\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

func TestRelativePronounSourceNamesItsAntecedent(t *testing.T) {
	d := analyze(t, "Headline here\n\nThe delay hit Marek Stoyan, who said the city would lose money.")
	if len(d.Attributions) != 1 {
		t.Fatalf("attributions %d, want 1", len(d.Attributions))
	}
	a := d.Attributions[0]
	if got := d.Slice(*a.Source); got != "who" || a.Speaker == nil || a.Speaker.Name != "Marek Stoyan" {
		t.Errorf("source %q speaker %+v, want the pronoun 'who' naming Marek Stoyan", got, a.Speaker)
	}
}

func TestQuotationEndingTheSentenceBeforeItsCue(t *testing.T) {
	d := analyze(t, "Headline here\n\n“Who pays for the bridge?” Anja Meer said on Friday. “Not the city.”")
	var got []string
	for _, a := range d.Attributions {
		got = append(got, row(d, a))
	}
	want := "direct|Anja Meer||said on Friday|“Who pays for the bridge?”\ndirect|Anja Meer||said on Friday|“Not the city.”"
	if strings.Join(got, "\n") != want {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), want)
	}
}

// The learned tagger, trained on a document whose gold spans are the rules'
// own findings, must give them back.
func TestLearnedModelLearnsFixture(t *testing.T) {
	raw, err := os.ReadFile("../../examples/port-strike.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := analyze(t, string(raw))
	var spans []train.RoleSpan
	for _, a := range d.Attributions {
		spans = append(spans, train.RoleSpan{Role: "cue", Fragments: []newsgraph.Span{a.Cue}},
			train.RoleSpan{Role: "content", Fragments: []newsgraph.Span{a.Content}})
		if a.Source != nil {
			spans = append(spans, train.RoleSpan{Role: "source", Fragments: []newsgraph.Span{*a.Source}})
		}
	}
	m := bio.Train([]train.Doc{{Doc: d, Spans: spans}}, train.Options{Iterations: 20, Seed: 1})
	got := m.Find(d)
	cues := func(atts []newsgraph.Attribution) string {
		var s []string
		for _, a := range atts {
			s = append(s, d.Slice(a.Cue))
		}
		return strings.Join(s, "|")
	}
	// Continued quotations repeat their cue; the tagger labels it once.
	want := strings.Replace(cues(d.Attributions), "told|told", "told", 1)
	if cues(got) != want {
		t.Errorf("learned cues %q\nwant %q", cues(got), want)
	}
}

// A fresh cue classifier, taught on one document that "said" is a cue and
// "walked" is not, must tell them apart in a new document, whatever the
// lexicon says.
func TestCueClassifierLearnsFixture(t *testing.T) {
	fixture := analyze(t, "Headline here\n\nAnja Meer said the port would open. The dockers walked out at noon. "+
		"Piet Olander said the talks had failed. The crowd walked home.")
	var spans []train.RoleSpan
	for i := range fixture.Tokens {
		if fixture.TokenText(i) == "said" {
			spans = append(spans, train.RoleSpan{Role: "cue", Fragments: []newsgraph.Span{fixture.Tokens[i].Span}})
		}
	}
	lexicon := map[string]bool{"walk": true} // deliberately wrong: the classifier must overrule it
	d := analyze(t, "Headline here\n\nMarek Stoyan said the city would pay. The workers walked away.")
	for _, seeds := range []int{1, 3} { // one model, and the mean of three
		cl := cue.Train([]train.Doc{{Doc: fixture, Spans: spans}}, lexicon, train.Options{Iterations: 10, Seed: 1, Seeds: seeds})
		atts := attrib.FindWith(d, lexicon, cl)
		if len(atts) != 1 || d.Slice(atts[0].Cue) != "said" {
			var got []string
			for _, a := range atts {
				got = append(got, d.Slice(a.Cue))
			}
			t.Errorf("%d seeds: cues %q, want only \"said\"", seeds, got)
		}
	}
}

// A fresh boundary ranker, taught on one document that the cue is the bare
// verb and the content leaves out "that", must redraw the rules' spans the
// same way in a new document.
func TestBoundariesLearnFixture(t *testing.T) {
	fixture := analyze(t, "Headline here\n\nAnja Meer said in a statement that the port would open. "+
		"Piet Olander said in an interview that the talks had failed. Ola Berg wrote in a letter that the pay was late.")
	span := func(d *newsgraph.Doc, s string) newsgraph.Span {
		i := strings.Index(d.Text, s)
		return newsgraph.Span{Start: i, End: i + len(s)}
	}
	var spans []train.RoleSpan
	for k, g := range [][3]string{{"Anja Meer", "said", "the port would open"}, {"Piet Olander", "said in", "the talks had failed"},
		{"Ola Berg", "wrote", "the pay was late"}} {
		cue := span(fixture, g[1])
		if g[1] == "said in" { // the second "said"
			cue = span(fixture, "said in an interview")
			cue.End = cue.Start + len("said")
		}
		spans = append(spans, train.RoleSpan{Role: "source", Fragments: []newsgraph.Span{span(fixture, g[0])}, Attribution: k + 1},
			train.RoleSpan{Role: "cue", Fragments: []newsgraph.Span{cue}, Attribution: k + 1},
			train.RoleSpan{Role: "content", Fragments: []newsgraph.Span{span(fixture, g[2])}, Attribution: k + 1})
	}
	found := attrib.FindWith(fixture, nil, nil)
	if len(found) != 3 || fixture.Slice(found[0].Cue) == "said" && fixture.Slice(found[0].Content) == "the port would open" {
		t.Fatalf("the rules already draw the fixture's spans (or miss them): the test teaches nothing: %v", found)
	}
	b := bound.Train([]train.Doc{{Doc: fixture, Spans: spans}}, attrib.Stage{}.Rules(),
		train.Options{Iterations: 10, Seed: 1})
	d := analyze(t, "Headline here\n\nMarek Stoyan said in a letter that the city would pay.")
	attribute(t, d, attrib.Stage{Boundaries: b})
	if len(d.Attributions) != 1 || row(d, d.Attributions[0]) != "indirect|Marek Stoyan||said|the city would pay" {
		got := rows(d)
		t.Errorf("got %q, want the bare cue and content without \"that\"", got)
	}
}

// A quotation before a subject with title words the parse leaves out of
// it is the first cue's; the participle after it gets the words that
// follow, not the same ones again; a colon ending a paragraph hands it the
// next paragraph.
func TestQuotationBeforeTitlesAndColonParagraph(t *testing.T) {
	d := analyze(t, "Headline here\n\n“The ferry is safe,” Deputy Mayor Lena Holt said in a statement, adding that the ferry would run.\n\n"+
		"Holt added:\n\nThe ferry will run all winter.")
	got := spans(d)
	want := []string{
		"Deputy Mayor Lena Holt|said in a statement|“The ferry is safe,”",
		"Deputy Mayor Lena Holt|adding|that the ferry would run",
		"Holt|added:|The ferry will run all winter",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// A fresh keeper, taught on documents where every verb is proposed but
// only "said" builds gold attributions, must drop the attribution built
// around "wished" in a new document and keep the one around "said". A
// core verb of saying or believing with a source ("hoped") it may not drop.
func TestKeeperLearnsFixture(t *testing.T) {
	for _, c := range []struct{ verb, lemma, want string }{
		{"wished", "wish", "said"},
		{"hoped", "hope", "said|hoped"},
	} {
		if got := keptCues(t, c.verb, c.lemma, 0); got != c.want {
			t.Errorf("%s: kept cues %q, want %q", c.verb, got, c.want)
		}
		// Without the keeper, the same proposals build both.
		if got := keptCues(t, c.verb, c.lemma, -1e9); got != "said|"+c.verb {
			t.Errorf("%s: with every attribution kept: %q, want both (the test would teach nothing)", c.verb, got)
		}
	}
}

// saidOnlyDocs annotates texts for training with "said" as their only gold
// cues.
func saidOnlyDocs(t *testing.T, texts ...string) []train.Doc {
	t.Helper()
	var docs []train.Doc
	for _, text := range texts {
		d := analyze(t, text)
		var spans []train.RoleSpan
		for i := range d.Tokens {
			if d.TokenText(i) == "said" {
				spans = append(spans, train.RoleSpan{Role: "cue", Fragments: []newsgraph.Span{d.Tokens[i].Span}, Attribution: 1})
			}
		}
		docs = append(docs, train.Doc{Doc: d, Spans: spans})
	}
	return docs
}

// keptCues trains a keeper on two documents where only "said" is a gold
// cue and verb (of lemma) is proposed too, and returns the cues the stage
// keeps in a third, at keeper threshold th.
func keptCues(t *testing.T, verb, lemma string, th float32) string {
	t.Helper()
	docs := saidOnlyDocs(t,
		"Headline here\n\nAnja Meer said the port would open. Piet Olander "+verb+" the talks would go on.",
		"Headline here\n\nOla Berg said the ferry would run. Ivo Lind "+verb+" the strike would end.")
	lexicon := map[string]bool{"say": true, lemma: true}
	opt := train.Options{Iterations: 10, Seed: 1}
	// Two folds: each document is read by a classifier that never saw it,
	// and build-at far below zero proposes every verb.
	k := keep.Train(docs, lexicon, 2, -1000, opt, opt)
	k.Threshold = th
	cl := cue.Train(docs, lexicon, opt)
	d := analyze(t, "Headline here\n\nMarek Stoyan said the city would pay. Eva Holm "+verb+" the bridge would hold.")
	attribute(t, d, attrib.Stage{Cues: lexicon, Classifier: cl, Keeper: k})
	var got []string
	for _, a := range d.Attributions {
		got = append(got, d.Slice(a.Cue))
	}
	return strings.Join(got, "|")
}

// A cue may take the first words of its content ("accused Holt of"), when
// training shows the annotators drew it so.
func TestBoundariesLetCueTakeContentsFirstWords(t *testing.T) {
	lexicon := map[string]bool{"accuse": true}
	fixture := analyze(t, "Headline here\n\nAnja Meer accused the council of lying. Piet Olander accused the mayor of cheating.")
	span := func(d *newsgraph.Doc, s string) newsgraph.Span {
		i := strings.Index(d.Text, s)
		return newsgraph.Span{Start: i, End: i + len(s)}
	}
	var spans []train.RoleSpan
	for k, g := range [][3]string{{"Anja Meer", "accused the council of", "lying"}, {"Piet Olander", "accused the mayor of", "cheating"}} {
		spans = append(spans, train.RoleSpan{Role: "source", Fragments: []newsgraph.Span{span(fixture, g[0])}, Attribution: k + 1},
			train.RoleSpan{Role: "cue", Fragments: []newsgraph.Span{span(fixture, g[1])}, Attribution: k + 1},
			train.RoleSpan{Role: "content", Fragments: []newsgraph.Span{span(fixture, g[2])}, Attribution: k + 1})
	}
	b := bound.Train([]train.Doc{{Doc: fixture, Spans: spans}}, attrib.Stage{Cues: lexicon}.Rules(), train.Options{Iterations: 10, Seed: 1})
	d := analyze(t, "Headline here\n\nMarek Stoyan accused the union of stalling.")
	attribute(t, d, attrib.Stage{Cues: lexicon})
	if len(d.Attributions) != 1 || d.Slice(d.Attributions[0].Cue) != "accused" {
		t.Fatalf("the rules alone should give the bare verb (else the test teaches nothing): %v", d.Attributions)
	}
	attribute(t, d, attrib.Stage{Cues: lexicon, Boundaries: b})
	if len(d.Attributions) != 1 || d.Slice(d.Attributions[0].Cue) != "accused the union of" || d.Slice(d.Attributions[0].Content) != "stalling" {
		got := rows(d)
		t.Errorf("got %q, want cue \"accused the union of\" and content \"stalling\"", got)
	}
}

// A colon ending a paragraph does not take the next one when that is a
// speaker's turn, and no source keeps the turn's stray opening mark.
func TestTranscriptAfterIntroducingColon(t *testing.T) {
	d := analyze(t, "Headline here\n\nPartial transcript as follows:\n\n\"WALLACE: Let us start with the news. Why would he do that?\n\n"+
		"\"PENCE: Well, look, the question is simple. We will win.\n")
	got := spans(d)
	want := "WALLACE|:|Let us start with the news. Why would he do that?\nPENCE|:|Well, look, the question is simple. We will win."
	if strings.Join(got, "\n") != want {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), want)
	}
}

// A clause with its own subject and cue ends the content before it, after
// "and", after "but" behind a quotation's closing comma, and after ", and".
func TestClauseWithItsOwnCueEndsContent(t *testing.T) {
	checkRows(t, []rowCase{
		{"Headline here\n\nUnion leaders said the council had mishandled the strike and Mayor Lind accused the union of stalling.",
			"indirect|Union leaders||said|the council had mishandled the strike\nindirect|Mayor Lind||accused|the union of stalling"},
		{"Headline here\n\nAnja Meer said the bridge was \"far too costly to finish,\" but she said the city would pay.",
			"mixed|Anja Meer||said|the bridge was \"far too costly to finish,\"\nindirect|Anja Meer||said|the city would pay"},
		{"Headline here\n\nMayor Lind, who runs the port, praised the crews for their work on the pier and said the port would reopen on Monday.",
			"indirect|Mayor Lind||praised|the crews for their work on the pier\nindirect|Mayor Lind||said|the port would reopen on Monday"},
		{"Headline here\n\nPiet Berg spoke at the pier. He had said Oslo could pay Bergen for the cranes and suggested the towns might even merge their ports.",
			"indirect|Piet Berg||had said|Oslo could pay Bergen for the cranes\nindirect|Piet Berg||suggested|the towns might even merge their ports"},
		{"Headline here\n\nAnja Lind says Eva Olsen pledged to keep the pier open and said she would stand by the crews.",
			"indirect|Anja Lind||says|Eva Olsen pledged to keep the pier open\nindirect|Eva Olsen||said|she would stand by the crews"},
		{"Headline here\n\nThe mayor stressed that the port was safe, and union leaders warned that the strike would go on.",
			"indirect|mayor||stressed|that the port was safe\nindirect|union leaders||warned|that the strike would go on"},
	})
}

// A participle cue right after an attribution and a comma shares its
// source, whatever the parse makes of it.
func TestParticipleCueSharesSource(t *testing.T) {
	d := analyze(t, "Headline here\n\n“Nobody can mend the cranes if nobody knows what they’re mending,” Lind said, emphasizing why learning the pier’s history is crucial to the crews.")
	got := strings.Join(rows(d), "\n")
	want := "direct|Lind||said|“Nobody can mend the cranes if nobody knows what they’re mending,”\nindirect|Lind||emphasizing|why learning the pier’s history is crucial to the crews"
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// A participle cue opening the sentence reports what runs to its comma,
// by the main clause's subject; a quotation that ends a clause ends its
// content there, and one inside an opening phrase is nobody's content.
func TestOpeningParticipleAndQuotationEndingAClause(t *testing.T) {
	checkRows(t, []rowCase{
		{"Headline here\n\nClaiming the crews were paid, Anja Lind accused the union of lying.",
			"indirect|Anja Lind||Claiming|the crews were paid\nindirect|Anja Lind||accused|the union of lying"},
		{"Headline here\n\nNot paying the crews “makes no sense,” Anja Lind said.",
			"mixed|Anja Lind||said|Not paying the crews “makes no sense,”"},
		{"Headline here\n\nMocking the “new plan,” Anja Lind accused the council of lying.",
			"indirect|Anja Lind||accused|the council of lying"},
	})
}

// An -s verb the tagger reads as a plural noun ("A new poll shows that
// …") is still asked about, and a classifier taught such cues finds it.
// Every "shows" is tagged NNS here, as the tagger often reads it on news,
// so that the test does not hang on the tagger's reading.
func TestCueTaggedAsPluralNoun(t *testing.T) {
	fixture := asPluralNoun(analyze(t, "Headline here\n\nA new poll shows that the port would open. The crews watched two shows on Friday. "+
		"A new survey shows that the talks had failed. The town has three shows a week."), "shows")
	var spans []train.RoleSpan
	for i := range fixture.Tokens {
		if fixture.TokenText(i) == "shows" && fixture.TokenText(i+1) == "that" {
			spans = append(spans, train.RoleSpan{Role: "cue", Fragments: []newsgraph.Span{fixture.Tokens[i].Span}})
		}
	}
	d := asPluralNoun(analyze(t, "Headline here\n\nA new study shows that the city would pay. The port hosts two shows in May."), "shows")
	cl := cue.Train([]train.Doc{{Doc: fixture, Spans: spans}}, map[string]bool{}, train.Options{Iterations: 10, Seed: 1})
	atts := attrib.FindWith(d, map[string]bool{}, cl)
	if len(atts) != 1 || d.Slice(atts[0].Cue) != "shows" || d.Slice(atts[0].Content) != "that the city would pay" {
		t.Errorf("got %q, want the one \"shows that the city would pay\"", cueContents(d, atts))
	}
}

// asPluralNoun tags every token spelled word NNS.
func asPluralNoun(d *newsgraph.Doc, word string) *newsgraph.Doc {
	for i := range d.Tokens {
		if d.TokenText(i) == word {
			d.Tokens[i].Tag = "NNS"
		}
	}
	return d
}

// cueContents renders attributions as "cue|content".
func cueContents(d *newsgraph.Doc, atts []newsgraph.Attribution) []string {
	var out []string
	for _, a := range atts {
		out = append(out, d.Slice(a.Cue)+"|"+d.Slice(a.Content))
	}
	return out
}

// rowCase is a text and the rows of the attributions the rules find in it.
type rowCase struct{ text, want string }

func checkRows(t *testing.T, cases []rowCase) {
	t.Helper()
	for _, c := range cases {
		if got := strings.Join(rows(analyze(t, c.text)), "\n"); got != c.want {
			t.Errorf("%q\n got:\n%s\nwant:\n%s", c.text, got, c.want)
		}
	}
}

// checkSpans is checkRows for "source|cue|content" renderings.
func checkSpans(t *testing.T, cases []rowCase) {
	t.Helper()
	for _, c := range cases {
		if got := strings.Join(spans(analyze(t, c.text)), "\n"); got != c.want {
			t.Errorf("%q\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

// A quantifier standing alone as the subject is the source: "Some
// believe …", "…, many of whom say …".
func TestQuantifierSubjectIsTheSource(t *testing.T) {
	checkSpans(t, []rowCase{
		{"Headline here\n\nSome believe the ferry will never run again.", "Some|believe|the ferry will never run again"},
		{"Headline here\n\nThe plan angered the dockers, many of whom say the harbour will close.", "many of whom|say|the harbour will close"},
	})
}

// An institution is named by the organisation its description ends with,
// unless the description is of someone else at it.
func TestInstitutionSpeakerName(t *testing.T) {
	for _, c := range []struct{ source, want string }{
		{"The Danish shipping firm Calloway Lines", "Calloway Lines"},
		{"Economists at the Northern Trade Institute", "Economists at the Northern Trade Institute"},
		{"the port authority", "port authority"},
	} {
		d := analyze(t, "Headline here\n\n"+c.source+" said the strike would cost millions.")
		i := strings.Index(d.Text, c.source)
		src := newsgraph.Span{Start: i, End: i + len(c.source)}
		atts := []newsgraph.Attribution{{Kind: newsgraph.Indirect, Source: &src}}
		speaker.Resolve(d, atts)
		if atts[0].Speaker == nil || atts[0].Speaker.Name != c.want || atts[0].Speaker.Mention != src {
			t.Errorf("%q: speaker %+v, want %q", c.source, atts[0].Speaker, c.want)
		}
	}
}

// The subject of a passive without its agent, or of seem and appear, is
// what the attribution is about: no source, and the content holds it.
func TestTopicSubjectIsContent(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Headline here\n\nThe strike is expected to last until Friday.", "|is expected|The strike is expected to last until Friday"},
		{"Headline here\n\nThe mayor seems to think the port is safe.", "|seems|The mayor seems to think the port is safe"},
		{"Headline here\n\nIt is expected that the port will reopen in May.", "|is expected|that the port will reopen in May"},
		{"Headline here\n\nThe dockers are convinced that the port will close.", "The dockers|are convinced|that the port will close"},
	} {
		d := analyze(t, c.text)
		cues := map[string]bool{"say": true, "think": true, "expect": true, "seem": true, "convince": true}
		attribute(t, d, attrib.Stage{Cues: cues})
		if got := strings.Join(spans(d), "\n"); got != c.want {
			t.Errorf("%q\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

// A cue set off by commas in the middle of its sentence reports what comes
// after it too, as a second attribution sharing cue and source; an
// addition of the reporter's own after it is not content.
func TestMedialCueContentRunsOn(t *testing.T) {
	checkRows(t, []rowCase{
		{"Headline here\n\nThe harbour toll, Anja Lind says, will double in May.",
			"indirect|Anja Lind||says|The harbour toll\nindirect|Anja Lind||says|will double in May"},
		{"Headline here\n\nThe crews were paid in May, Anja Lind said, adding that the port would reopen.",
			"indirect|Anja Lind||said|The crews were paid in May\nindirect|Anja Lind||adding|that the port would reopen"},
		{"Headline here\n\nThe crews, according to the union, will stay on strike until May.",
			"indirect|union||according to|The crews\nindirect|union||according to|will stay on strike until May"},
		{"Headline here\n\nThe crews were paid in May, according to the union, and the port reopened.",
			"indirect|union||according to|The crews were paid in May"},
	})
}

// A relative or wh-word fronted before the source belongs to what is said.
func TestFrontedWhWordIsContent(t *testing.T) {
	checkSpans(t, []rowCase{
		{"Headline here\n\nThe crews paid what the mayor says the new toll will cost.", "the mayor|says|what the mayor says the new toll will cost"},
		{"Headline here\n\nThe new toll, which officials say will double in May, angered the crews.", "officials|say|which officials say will double in May"},
	})
}

// The second half of a split quotation may follow adjuncts, a hearer or
// "but" after the cue; a verb between them is the second half's own cue.
func TestSplitQuotationAfterAdjuncts(t *testing.T) {
	checkRows(t, []rowCase{
		{"Headline here\n\n“The cranes are old,” Lind told Radio Kesh on Wednesday, “and nobody will pay to fix them.”",
			"direct|Lind|Radio Kesh|told|“The cranes are old,”\ndirect|Lind||told|“and nobody will pay to fix them.”"},
		{"Headline here\n\n“The crews are tired,” Lind said, but “they will not give up the pier.”",
			"direct|Lind||said|“The crews are tired,”\ndirect|Lind||said|“they will not give up the pier.”"},
	})
}

// "in" opening a phrase about a poll is a cue with the poll as source,
// before or after what the poll found.
func TestPollIsSource(t *testing.T) {
	checkSpans(t, []rowCase{
		{"Headline here\n\nIn a harbour survey released Monday, most dockers backed the strike.",
			"a harbour survey released Monday|In|most dockers backed the strike"},
		{"Headline here\n\nThe mayor trailed his rival by four points in the latest city poll.",
			"the latest city poll|in|The mayor trailed his rival by four points"},
	})
}

// A quotation in other marks after a speaker's quotation is not more of
// it: a subheading in single marks, a stray straight mark after curly ones.
func TestContinuedQuotationKeepsItsMarks(t *testing.T) {
	checkSpans(t, []rowCase{
		{"Headline here\n\n\"The port is closed,\" Ada Lind said. \"Nobody works tonight.\"\n\n'A Long Winter.'\n\nThe cranes stood still.",
			"Ada Lind|said|\"The port is closed,\"\nAda Lind|said|\"Nobody works tonight.\""},
		{"Headline here\n\n“The port is closed,” she said. “Nobody works.”\n\n\"Mara was asleep.\n\nThe cranes stood still.",
			"she|said|“The port is closed,”\nshe|said|“Nobody works.”"},
	})
}

// A verb that takes its content after "on", "to" or "at" keeps the
// preposition in the cue rather than reading the phrase as a time or
// place: "commented on the strike".
func TestPrepositionOfTheVerbIsCue(t *testing.T) {
	checkSpans(t, []rowCase{
		{"Headline here\n\nMayor Lind has also commented on the strike at the port.", "Mayor Lind|has also commented on|the strike at the port"},
		{"Headline here\n\nThe union responded to the offer on Tuesday.", "The union|responded to|the offer on Tuesday"},
	})
}

// In a relative clause set off by commas, content stops at the comma
// after which the main clause goes on.
func TestRelativeClauseContentStopsAtItsComma(t *testing.T) {
	checkSpans(t, []rowCase{
		{"Headline here\n\nThe union, which says wages are low, wants talks.", "which|says|wages are low"},
		{"Headline here\n\nThe union, which says wages are low, and pay late, wants talks.", "which|says|wages are low, and pay late"},
	})
}

// Comments set one per line are signed once, at their end: a comment of
// several quotations is its signer's from the start of its line, and the
// next line's quotation is not more of the last signer's words.
func TestSignedCommentRunsFromItsLineStart(t *testing.T) {
	checkRows(t, []rowCase{
		{"Readers on the strike\n\n“The port is dying.” ― Ola Berg\n“Nobody listens to us.” So the crews “walk out again.” ― Anja Lind",
			"direct|Ola Berg||―|“The port is dying.”\nmixed|Anja Lind||―|“Nobody listens to us.” So the crews “walk out again.”"},
	})
}

// A subject takes in the noun phrases coordinated with it on its left,
// which a wrong parse may leave out, but not a phrase a preposition
// governs.
func TestCoordinatedSubjectIsWhole(t *testing.T) {
	checkSpans(t, []rowCase{
		{"Headline here\n\nThe Courier and the Gazette say the port is unsafe.", "The Courier and the Gazette|say|the port is unsafe"},
		{"Headline here\n\nIn Brask, officials said the port was unsafe.", "officials|said|the port was unsafe"},
	})
}

// A finite verb that closes its sentence after a comma and its subject
// reports what comes before the comma, whatever the verb, when nothing
// else in the sentence was attributed; a light verb there does not.
func TestFinalVerbAfterCommaReports(t *testing.T) {
	docs := saidOnlyDocs(t,
		"Headline here\n\nAnja Meer said the port would open. The talks went on, Piet Olander said. The crews left the dock.",
		"Headline here\n\nOla Berg said the ferry would run. The strike ended, Ivo Lind said. The dockers left the pier at dawn.")
	lexicon := map[string]bool{"say": true}
	cl := cue.Train(docs, lexicon, train.Options{Iterations: 10, Seed: 1})
	d := analyze(t, "Headline here\n\nThe crews left the pier at noon, footage on local radio showed.\n\nThe crews left the pier at noon, the dockers did.")
	attribute(t, d, attrib.Stage{Cues: lexicon, Classifier: cl})
	if got, want := strings.Join(spans(d), "\n"), "footage on local radio|showed|The crews left the pier at noon"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A quotation inside an opening prepositional phrase is a title, not
// words said: the cue's content follows it.
func TestQuotedTitleInOpeningPhraseIsNotContent(t *testing.T) {
	checkSpans(t, []rowCase{
		{"Headline here\n\nOn Tuesday’s episode of “The Harbour Hour,” Mayor Ada Lind said the port would reopen in May.",
			"Mayor Ada Lind|said|the port would reopen in May"},
		{"Headline here\n\nNot paying the crews “makes no sense,” Lind said.", "Lind|said|Not paying the crews “makes no sense,”"},
	})
}

// A passive without its agent reports only when its verb is one of
// saying or believing; otherwise it tells of an event.
func TestPassiveOfAnEventIsNoAttribution(t *testing.T) {
	cues := map[string]bool{"expect": true, "award": true}
	for _, c := range []struct{ text, want string }{
		{"Headline here\n\nThe strike is expected to last until Friday.", "|is expected|The strike is expected to last until Friday"},
		{"Headline here\n\nThe union was awarded a medal for its work.", ""},
	} {
		d := analyze(t, c.text)
		attribute(t, d, attrib.Stage{Cues: cues})
		if got := strings.Join(spans(d), "\n"); got != c.want {
			t.Errorf("%q\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

// A participle cue after what another cue reports is that cue's source's,
// though the parse hangs it on the reported verb, whose subject it would
// otherwise take.
func TestParticipleAfterReportedClauseSharesSource(t *testing.T) {
	d := analyze(t, "Headline here\n\nPort officials said the new tolls have hurt the harbour, citing the loss of two shipping lines.")
	attribute(t, d, attrib.Stage{Cues: map[string]bool{"say": true, "cite": true}})
	want := "Port officials|said|the new tolls have hurt the harbour\nPort officials|citing|the loss of two shipping lines"
	if got := strings.Join(spans(d), "\n"); got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// A cue set off by commas mid-sentence governs its sentence: it reports
// the words after it even when they hold a cue of their own, and an
// opening adverbial before it is the setting, not part of the claim.
func TestMedialCueComesFirst(t *testing.T) {
	checkSpans(t, []rowCase{
		{"Headline here\n\nDuring his years in office, Mayor Lind said, the port grew faster than any other in the north.",
			"Mayor Lind|said|the port grew faster than any other in the north"},
		{"Headline here\n\nDuring the long strike, Mayor Lind said, most dockers believed the port would close.",
			"Mayor Lind|said|most dockers believed the port would close"},
	})
}

// A source beside its cue ends before a participle or prepositional
// phrase set off by a comma; an appositive stays.
func TestSourceEndsBeforeItsAdjunct(t *testing.T) {
	checkSpans(t, []rowCase{
		{"Headline here\n\n“The pier is ready,” Mayor Lind, opening the new pier on Friday, said.", "Mayor Lind|said|“The pier is ready,”"},
		{"Headline here\n\n“The pier is ready,” Ola Berg, a lawyer for the union, said.", "Ola Berg, a lawyer for the union,|said|“The pier is ready,”"},
	})
}

// "“…,” Ada Lind said, according to a video": the quotation is Lind's, and
// the video reports that she said it.
func TestQuotationAccordingToASourceNests(t *testing.T) {
	d := analyze(t, "Headline here\n\n“We are ready,” Ada Lind said, according to a video shown on TV.")
	var got []string
	for _, a := range d.Attributions {
		got = append(got, row(d, a))
	}
	want := []string{"direct|Ada Lind||said|“We are ready,”", "mixed|video shown on TV||according to|“We are ready,” Ada Lind said"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}
