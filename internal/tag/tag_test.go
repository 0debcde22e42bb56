package tag

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/cluster"
	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/internal/modelfile"
	"github.com/newsgraph/newsgraph/internal/segment"
	"github.com/newsgraph/newsgraph/internal/shareddata"
	"github.com/newsgraph/newsgraph/models"
)

// A fixture small enough that a fresh model must learn it perfectly.
var fixture = []Sentence{
	{Words: strings.Fields("the dog barks ."), Tags: strings.Fields("DT NN VBZ ."),
		UPOS: strings.Fields("DET NOUN VERB PUNCT"), Lemmas: strings.Fields("the dog bark .")},
	{Words: strings.Fields("dogs bark loudly ."), Tags: strings.Fields("NNS VBP RB ."),
		UPOS: strings.Fields("NOUN VERB ADV PUNCT"), Lemmas: strings.Fields("dog bark loudly .")},
	{Words: strings.Fields("a cat saw the dogs"), Tags: strings.Fields("DT NN VBD DT NNS"),
		UPOS: strings.Fields("DET NOUN VERB DET NOUN"), Lemmas: strings.Fields("a cat see the dog")},
}

func TestFreshModelLearnsFixture(t *testing.T) {
	tg := Train(fixture, TrainOptions{Iterations: 10, Seed: 3})
	s := tg.Evaluate(fixture)
	if s.XPOS != 1 || s.UPOS != 1 || s.Lemma != 1 {
		t.Errorf("fixture scores %+v, want all 1", s)
	}
}

// The tag lexicon teaches what the treebank cannot. Here verbs and plurals
// stand in the same place, so only the lexicon can tell "warns" (a verb
// there) from "mats" (a plural there); neither is in the training data.
func TestLexiconTagsUnseenWords(t *testing.T) {
	var train, lexicon []Sentence
	for _, w := range strings.Fields("barks sees likes runs jumps") {
		s := Sentence{Words: []string{"the", "cat", w, "."}, Tags: strings.Fields("DT NN VBZ .")}
		train, lexicon = append(train, s), append(lexicon, s)
	}
	for _, w := range strings.Fields("toys hats cups pens rugs") {
		s := Sentence{Words: []string{"the", "cat", w, "."}, Tags: strings.Fields("DT NN NNS .")}
		train, lexicon = append(train, s), append(lexicon, s)
	}
	lexicon = append(lexicon, Sentence{Words: strings.Fields("warns mats"), Tags: strings.Fields("VBZ NNS")})
	tg := Train(train, TrainOptions{Iterations: 10, Seed: 3, Lexicon: lexicon})
	for w, want := range map[string]string{"warns": "VBZ", "mats": "NNS"} {
		if got := tg.Tag([]string{"the", "cat", w, "."})[2]; got != want {
			t.Errorf("%q tagged %s, want %s", w, got, want)
		}
	}
	if a, b := tg.Ambiguity["warns"], uint64(1)<<uint(tg.classOf["VBZ"]); a != b {
		t.Errorf("ambiguity class of warns = %b, want %b", a, b)
	}
}

func TestStemAmbiguity(t *testing.T) {
	amb := map[string]uint64{"reveal": 1, "try": 2, "box": 4}
	for _, c := range []struct {
		word string
		want uint64
	}{
		{"reveals", 1}, {"tries", 2}, {"boxes", 4}, {"fixes", 0}, {"glass", 0}, {"its", 0},
	} {
		if got := stemAmbiguity(c.word, amb); got != c.want {
			t.Errorf("stemAmbiguity(%q) = %d, want %d", c.word, got, c.want)
		}
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	tg := Train(fixture, TrainOptions{Iterations: 5, Seed: 3})
	dir := t.TempDir()
	if err := tg.Save(dir, &modelfile.Manifest{Name: "pos"}); err != nil {
		t.Fatal(err)
	}
	files := fstest.MapFS{}
	for _, name := range []string{weightsFile, lexiconFile, modelfile.ManifestFile} {
		b, err := readFile(dir, name)
		if err != nil {
			t.Fatal(err)
		}
		files["m/"+name] = &fstest.MapFile{Data: b}
	}
	back, err := Load(files, "m", nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range fixture {
		if got, want := strings.Join(back.Tag(s.Words), " "), strings.Join(tg.Tag(s.Words), " "); got != want {
			t.Errorf("loaded model tags %q, trained one %q", got, want)
		}
	}
	// A manifest from another feature set is refused.
	files["m/"+modelfile.ManifestFile] = &fstest.MapFile{Data: bytes.ReplaceAll(files["m/"+modelfile.ManifestFile].Data, []byte(FeatureSet), []byte("old"))}
	if _, err := Load(files, "m", nil); err == nil || !strings.Contains(err.Error(), "retrain") {
		t.Errorf("stale feature set: err = %v", err)
	}
}

func TestTrainingIsDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	Train(fixture, TrainOptions{Iterations: 4, Seed: 9}).model.WriteTo(&a)
	Train(fixture, TrainOptions{Iterations: 4, Seed: 9}).model.WriteTo(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two trainings with one seed gave different models")
	}
}

func shipped(t testing.TB) *Tagger {
	cl, err := cluster.Load(models.FS, "clusters")
	if err != nil {
		t.Fatal(err)
	}
	tg, err := Load(models.FS, "pos", cl)
	if err != nil {
		t.Fatal(err)
	}
	return tg
}

// Golden tags of sentences written for this project, from the shipped model.
func TestShippedModelGolden(t *testing.T) {
	tg := shipped(t)
	for _, c := range []struct{ words, tags string }{
		{"The mayor told reporters that the port would stay open .", "DT NN VBD NNS IN DT NN MD VB JJ ."},
		{"Olander said he was sure the union would win .", "NNP VBD PRP VBD JJ DT NN MD VB ."},
		{"Pyongyang fired two ballistic missiles on Wednesday .", "NNP VBD CD JJ NNS IN NNP ."},
		// Present-tense verbs after a noun subject, which read as plurals
		// before the tag lexicon: news says "X reveals", "a poll shows".
		{"The document reveals that the plan failed .", "DT NN VBZ IN DT NN VBD ."},
		{"The minister warns that prices will rise .", "DT NN VBZ IN NNS MD VB ."},
	} {
		if got := strings.Join(tg.Tag(strings.Fields(c.words)), " "); got != c.tags {
			t.Errorf("%s\n got %s\nwant %s", c.words, got, c.tags)
		}
	}
	if got := tg.Lemmas.Lemma("missiles", "NNS") + " " + tg.Lemmas.Lemma("told", "VBD") + " " + tg.Lemmas.Lemma("was", "VBD"); got != "missile tell be" {
		t.Errorf("lemmas = %q", got)
	}
	if got := tg.UPOS.UPOS("would", "MD") + " " + tg.UPOS.UPOS("was", "VBD") + " " + tg.UPOS.UPOS("fired", "VBD"); got != "AUX AUX VERB" {
		t.Errorf("UPOS = %q", got)
	}
}

// The floor sits just under the score in the shipped manifest.
func TestShippedModelDevFloor(t *testing.T) {
	path := shareddata.Path(t, "ud", "en_ewt", "en_ewt-ud-dev.conllu")
	sents, err := corpus.ReadCoNLLU(path)
	if err != nil {
		t.Fatal(err)
	}
	s := shipped(t).Evaluate(FromCoNLLU(sents))
	if s.XPOS < 0.945 || s.UPOS < 0.935 || s.Lemma < 0.965 {
		t.Errorf("EWT dev: %+v, below floors XPOS 0.945, UPOS 0.935, lemma 0.965", s)
	}
}

func BenchmarkTag(b *testing.B) {
	tg := shipped(b)
	words := strings.Fields("Mayor Elena Varga told dock workers on Tuesday that the city would keep the port of Brask open through the strike , as union leaders warned of “ weeks , not days ” of disruption .")
	out := make([]string, len(words))
	b.ResetTimer()
	for b.Loop() {
		tg.TagInto(words, out)
	}
	b.ReportMetric(float64(len(words)*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// The marks that open and close a quotation get the opening and closing
// tags whatever the model makes of them: a tagger trained on no quotation
// marks at all must still tell the opening one from the closing one.
func TestQuotationMarksTaggedByTheirQuotation(t *testing.T) {
	tg := Train(fixture, TrainOptions{Iterations: 4, Seed: 3})
	d := newsgraph.NewDoc(newsgraph.Metadata{}, []newsgraph.Block{{Kind: newsgraph.KindBody,
		Text: "“The dogs bark,” the cat saw. ''A cat barks,'' the dog saw."}})
	segment.Segment(d)
	if err := (Stage{Tagger: tg}).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for i := range d.Tokens {
		if w := d.TokenText(i); w == "“" || w == "”" || w == "''" {
			got = append(got, w+"/"+d.Tokens[i].Tag)
		}
	}
	if want := "“/`` ”/'' ''/`` ''/''"; strings.Join(got, " ") != want {
		t.Errorf("quotation marks tagged %q, want %q", strings.Join(got, " "), want)
	}
}

// "read" closing a sentence after a quotation, with a document before it,
// is the verb that quotes the document ("…,” the letter read."), whatever
// the model makes of it; "read" elsewhere is left to the model.
func TestDocumentReadIsAVerb(t *testing.T) {
	tg := Train(fixture, TrainOptions{Iterations: 4, Seed: 3})
	d := newsgraph.NewDoc(newsgraph.Metadata{}, []newsgraph.Block{{Kind: newsgraph.KindBody,
		Text: "“The dogs bark,” the letter read. “A cat barks,” the cat read aloud."}})
	segment.Segment(d)
	if err := (Stage{Tagger: tg}).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for i := range d.Tokens {
		if d.TokenText(i) == "read" {
			got = append(got, d.Tokens[i].Tag)
		}
	}
	if len(got) != 2 || got[0] != "VBD" {
		t.Errorf("read tagged %q, want VBD first", got)
	}
}

// A verb of evidence closing a sentence after a comma and its evidence
// ("…, figures published on Thursday show.") is a verb, whatever the model
// makes of it; "the show" elsewhere is left to the model.
func TestEvidenceVerbAtTheEnd(t *testing.T) {
	words := strings.Fields("Prices rose , official figures published on Thursday show .")
	known := make([]string, len(words))
	evidenceVerbAtEnd(words, known)
	if known[8] != "VBP" {
		t.Errorf("show: %q, want VBP", known[8])
	}
	words = strings.Fields("We went , and they liked the show .")
	known = make([]string, len(words))
	evidenceVerbAtEnd(words, known)
	if known[7] != "" {
		t.Errorf("the show: %q, want it left to the model", known[7])
	}
}

// A verb of saying in the present after a quotation and its speaker
// ("“…,” Ruiz notes.") is a verb whatever the model makes of it: read as
// a plural noun after the name, it left the quotation without its
// speaker. A quotation that closes a sentence of its own, or such a word
// before more of a noun phrase, is left to the model.
func TestSayingVerbAfterAQuotation(t *testing.T) {
	for _, c := range []struct {
		text, word string
		want       bool
	}{
		{"“The port will stay shut,” Ana Ruiz notes.", "notes", true},
		{"“Will it stay shut?” the harbour master remarks in a post.", "remarks", true},
		{"“It was a mistake,” Ruiz points out.", "points", true},
		{"“The port will stay shut.” Ruiz notes are online.", "notes", false},
		{"“The port will stay shut,” the Ruiz notes say.", "notes", false},
		{"She read “The Harbour,” a book of notes.", "notes", false},
		{"“Sales will fall,” the analyst notes from March warned.", "notes", false},
	} {
		d := segmented(c.text)
		marks := quoteMarkTags(d, nil)
		got := false
		for i := range d.Tokens {
			if d.TokenText(i) == c.word {
				got = marks[i] == "VBZ"
			}
		}
		if got != c.want {
			t.Errorf("%q: %q a verb %v, want %v", c.text, c.word, got, c.want)
		}
	}
}

// The one capitalised word between a quotation and its verb of saying is
// the speaker's name, whatever word it looks like ("Husted" a
// participle, "Will" a modal); a pronoun, or a longer subject, is left to
// the model.
func TestSpeakerNameAfterAQuotation(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"“The port will stay shut,” Husted said.", "Husted/NNP said/VBD"},
		{"“The port will stay shut,” Will wrote in a column.", "Will/NNP wrote/VBD"},
		{"“Will it stay shut?” Ruiz asks.", "asks/VBZ"},
		{"“Will it stay shut?” From adds.", "From/NNP adds/VBZ"},
		{"“The port will stay shut,” He said.", ""},
		{"“The port will stay shut,” Ruiz and Vos said.", ""},
		{"“The port will stay shut.” Husted said so.", ""},
	} {
		d := segmented(c.text)
		marks := quoteMarkTags(d, nil)
		var got []string
		for i := range d.Tokens {
			if tg := marks[i]; tg != "" && tg != "``" && tg != "''" {
				got = append(got, d.TokenText(i)+"/"+tg)
			}
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%q: forced %q, want %q", c.text, strings.Join(got, " "), c.want)
		}
	}
}

// segmented is text as one paragraph of a Doc, segmented.
func segmented(text string) *newsgraph.Doc {
	d := newsgraph.NewDoc(newsgraph.Metadata{}, []newsgraph.Block{{Kind: newsgraph.KindBody, Text: text}})
	segment.Segment(d)
	return d
}

// The word before a verb of saying in the past that the model read as a
// verb or an adjective is the noun the tag lexicon has also seen it as:
// the speaker. Words the lexicon never saw as nouns keep their tags.
func TestSpeakerBeforeSaying(t *testing.T) {
	tg := &Tagger{Tags: []string{"NN", "NNP", "JJ", "VBG", "RB"},
		Ambiguity: map[string]uint64{"admiral": 1<<0 | 1<<2, "ebeling": 1<<1 | 1<<3, "former": 1 << 2, "also": 1 << 4}}
	for _, c := range []struct{ words, tags, want string }{
		{", the admiral said .", ", DT JJ VBD .", ", DT NN VBD ."},
		{", Ebeling said it", ", VBG VBD PRP", ", NNP VBD PRP"},
		{", the former said .", ", DT JJ VBD .", ", DT JJ VBD ."},
		{"he also said .", "PRP RB VBD .", "PRP RB VBD ."},
		{"the admiral ships", "DT JJ NNS", "DT JJ NNS"},
	} {
		checkRetag(t, tg.speakerBeforeSaying, c.words, c.tags, c.want)
	}
}

// The verb after a poll's ratio is a verb ("Six in 10 say …"); a word
// after a number alone is left to the model.
func TestVerbAfterARatio(t *testing.T) {
	words := strings.Fields("Six in 10 say he is decisive , and the 10 say nothing .")
	known := make([]string, len(words))
	verbAfterRatio(words, known)
	if known[3] != "VBP" || known[10] != "" {
		t.Errorf("known %q, want VBP for the first say only", known)
	}
	for _, c := range []struct {
		text string
		at   int
		want string
	}{
		{"Nearly nine out of 10 say they need new skills .", 5, "VBP"},
		{"and nearly a third say they do not know .", 4, "VBP"},
		{"Roughly half believe the plan will fail .", 2, "VBP"},
		{"The majority said no .", 2, "VBD"},
		{"Half say the vote was fair .", 1, "VBP"},
		{"Members want a third say in the board .", 4, ""}, // a say in: the noun
		{"Six in 10 say in the survey that it is safe .", 3, "VBP"},
		{"In two cycles , minority support for the nominees dropped .", 6, ""},
	} {
		words := strings.Fields(c.text)
		known := make([]string, len(words))
		verbAfterRatio(words, known)
		if known[c.at] != c.want {
			t.Errorf("%q: %q tagged %q, want %q", c.text, words[c.at], known[c.at], c.want)
		}
	}
}

// The -ed word closing a sentence after a comma and a noun phrase is a
// past tense when a clause comes before the comma; a participle after a
// noun elsewhere is left to the model.
func TestPastTenseAtTheEnd(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"Prices rose , the chamber of commerce estimated .", "NNS VBD , DT NN IN NN VBN .", "NNS VBD , DT NN IN NN VBD ."},
		{"The chamber of commerce estimated .", "DT NN IN NN VBN .", "DT NN IN NN VBN ."},
		{"Prices rose , the car was damaged .", "NNS VBD , DT NN VBD VBN .", "NNS VBD , DT NN VBD VBN ."},
		{"Crowds marched , their faces covered .", "NNS VBD , PRP$ NNS VBN .", "NNS VBD , PRP$ NNS VBN ."},
		{"In Brask , the chamber estimated .", "IN NNP , DT NN VBN .", "IN NNP , DT NN VBN ."},
	} {
		checkRetag(t, pastTenseAtEnd, c.words, c.tags, c.want)
	}
}

// "accused" before a noun phrase and "of", after a conjunction, a comma
// or its subject, is the verb; after a determiner, or before "by", the
// model's reading stands.
func TestAccusedOf(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"Reyes called it a farce and accused rivals of lying .", "NNP VBD PRP DT NN CC JJ NNS IN VBG .", "NNP VBD PRP DT NN CC VBD NNS IN VBG ."},
		{"the accused men of the crew", "DT JJ NNS IN DT NN", "DT JJ NNS IN DT NN"},
		{"and accused by the board of lying", "CC JJ IN DT NN IN VBG", "CC JJ IN DT NN IN VBG"},
		{"Three men , accused in the killing of a guard , pleaded", "CD NNS , JJ IN DT NN IN DT NN , VBD", "CD NNS , JJ IN DT NN IN DT NN , VBD"},
	} {
		checkRetag(t, accusedOf, c.words, c.tags, c.want)
	}
}

// A past whose form is its base's and a noun's, after a subordinator and
// a subject and before an object, is the verb; with no subordinator, no
// object after it, or after a preposition that opens no clause, the
// model's noun stands.
func TestPastAfterSubject(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"Shares fell after the snack maker cut its forecast .", "NNS VBD IN DT NN NN NN PRP$ NN .", "NNS VBD IN DT NN NN VBD PRP$ NN ."},
		{"Union leaders cut the deal .", "NN NNS NN DT NN .", "NN NNS NN DT NN ."},
		{"Shares fell after the price cut .", "NNS VBD IN DT NN NN .", "NNS VBD IN DT NN NN ."},
		{"the price cut the company announced", "DT NN NN DT NN VBD", "DT NN NN DT NN VBD"},
		{"Shares fell with the budget cut this year .", "NNS VBD IN DT NN NN DT NN .", "NNS VBD IN DT NN NN DT NN ."},
		{"Prices rose after the tax cut this year .", "NNS VBD IN DT NN NN DT NN .", "NNS VBD IN DT NN NN DT NN ."},
		{"Rates held since the rate cut the bank made .", "NNS VBD IN DT NN NN DT NN VBD .", "NNS VBD IN DT NN NN DT NN VBD ."},
		{"Shares fell when the snack maker cut its forecast .", "NNS VBD WRB DT NN NN NN PRP$ NN .", "NNS VBD WRB DT NN NN VBD PRP$ NN ."},
	} {
		checkRetag(t, pastAfterSubject, c.words, c.tags, c.want)
	}
}

// checkRetag runs repair over the words and tags (both space-separated)
// and compares the tags with want.
func checkRetag(t *testing.T, repair func(words, tags []string), words, tags, want string) {
	t.Helper()
	tg := strings.Fields(tags)
	repair(strings.Fields(words), tg)
	if got := strings.Join(tg, " "); got != want {
		t.Errorf("%q: %q, want %q", words, got, want)
	}
}

// A word the tag lexicon knows but never as a name is no speaker's name
// after a quotation ("“…,” Officials said."); one it has seen as a name,
// or never seen, is.
func TestSpeakerNameAfterAQuotationAsksTheLexicon(t *testing.T) {
	tg := &Tagger{Tags: []string{"NNS", "NNP", "VBN"}, Ambiguity: map[string]uint64{"officials": 1 << 0, "husted": 1<<1 | 1<<2}}
	for _, c := range []struct {
		word string
		want bool
	}{{"Officials", false}, {"Husted", true}, {"Vosberg", true}} {
		d := segmented("“The port will stay shut,” " + c.word + " said.")
		marks := quoteMarkTags(d, tg.mayBeName)
		got := false
		for i := range d.Tokens {
			if d.TokenText(i) == c.word {
				got = marks[i] == "NNP"
			}
		}
		if got != c.want {
			t.Errorf("%s a name %v, want %v", c.word, got, c.want)
		}
	}
}

// "will" after a possessive or a determiner and before a past form is the
// document, not the modal; a modal keeps its tag.
func TestWillAsNoun(t *testing.T) {
	for _, c := range []struct{ words, tags, want string }{
		{"Berg 's unsigned will specified that", "NNP POS VBN MD VBN IN", "NNP POS VBN NN VBD IN"},
		{"His will named his sister", "PRP$ MD VBN PRP$ NN", "PRP$ NN VBD PRP$ NN"},
		{"The board will meet", "DT NN MD VB", "DT NN MD VB"},
		{"She will be named", "PRP MD VB VBN", "PRP MD VB VBN"},
	} {
		words, tags := strings.Fields(c.words), strings.Fields(c.tags)
		willAsNoun(words, tags)
		if got := strings.Join(tags, " "); got != c.want {
			t.Errorf("%q: %s, want %s", c.words, got, c.want)
		}
	}
}
