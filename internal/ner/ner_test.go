package ner

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/cluster"
	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/internal/intern"
	"github.com/newsgraph/newsgraph/internal/segment"
	"github.com/newsgraph/newsgraph/internal/shareddata"
	"github.com/newsgraph/newsgraph/internal/tag"
	"github.com/newsgraph/newsgraph/models"
)

func TestIOBAndBILOU(t *testing.T) {
	// IOB1 as CoNLL-2003 writes it: B- only between two entities of one type.
	spans := spansFromIOB(strings.Fields("I-PER I-PER O I-LOC B-LOC I-LOC O I-MISC"))
	want := []Span{{0, 2, "PER"}, {3, 4, "LOC"}, {4, 6, "LOC"}, {7, 8, "MISC"}}
	if fmt.Sprint(spans) != fmt.Sprint(want) {
		t.Fatalf("spans %v, want %v", spans, want)
	}
	classes := bilou(8, spans)
	var labels []string
	for _, c := range classes {
		labels = append(labels, Labels[c])
	}
	if got := strings.Join(labels, " "); got != "B-PER L-PER O U-LOC B-LOC L-LOC O U-MISC" {
		t.Errorf("BILOU %s", got)
	}
	if back := spansFromBILOU(classes); fmt.Sprint(back) != fmt.Sprint(want) {
		t.Errorf("round trip %v", back)
	}
	if !allowedAfter[labelIndex["B-PER"]][labelIndex["L-PER"]] || allowedAfter[labelIndex["B-PER"]][labelIndex["O"]] ||
		allowedAfter[labelIndex["O"]][labelIndex["I-LOC"]] {
		t.Error("BILOU transitions wrong")
	}
}

func fixtureDocs() []Document {
	mk := func(words, tags string) ([]string, []Span) {
		return strings.Fields(words), spansFromIOB(strings.Fields(tags))
	}
	var d Document
	for _, s := range [][2]string{
		{"Olander met Varga in Brask .", "I-PER O I-PER O I-LOC O"},
		{"The Dockers Union struck in Kesh .", "O I-ORG I-ORG O O I-LOC O"},
		{"Varga told the Brask Courier .", "I-PER O O I-ORG I-ORG O"},
	} {
		w, sp := mk(s[0], s[1])
		d.Words = append(d.Words, w)
		d.POS = append(d.POS, make([]string, len(w)))
		d.Spans = append(d.Spans, sp)
	}
	return []Document{d}
}

func TestFreshModelLearnsFixture(t *testing.T) {
	docs := fixtureDocs()
	m := Train(docs, TrainOptions{Iterations: 15, Seed: 2})
	if s := m.Evaluate(docs); s.F1 != 1 {
		t.Errorf("fixture F1 %.3f, want 1", s.F1)
	}
}

func TestNamesLeaveOneDocumentOut(t *testing.T) {
	docs := fixtureDocs()
	names := LearnNames(docs)
	words := strings.Fields("the Brask Courier said")
	if got := names.lookup(words, nil); got[1].Type != "ORG" || got[1].Pos != 'B' || got[2].Pos != 'L' {
		t.Errorf("lookup = %+v", got)
	}
	if got := names.lookup(words, docNames(docs[0])); got[1].Type != "" {
		t.Errorf("a document's own names were not left out: %+v", got)
	}
}

type shippedModels struct {
	tagger *tag.Tagger
	ner    *Tagger
}

func loadShipped(t testing.TB) shippedModels {
	cl, err := cluster.Load(models.FS, "clusters")
	if err != nil {
		t.Fatal(err)
	}
	tg, err := tag.Load(models.FS, "pos", cl)
	if err != nil {
		t.Fatal(err)
	}
	n, err := Load(models.FS, "ner", cl)
	if err != nil {
		t.Fatal(err)
	}
	return shippedModels{tg, n}
}

func (m shippedModels) entities(sentences ...string) []string {
	var words, pos [][]string
	for _, s := range sentences {
		w := strings.Fields(s)
		words = append(words, w)
		pos = append(pos, m.tagger.Tag(w))
	}
	var out []string
	for k, spans := range m.ner.Document(words, pos) {
		for _, sp := range spans {
			out = append(out, sp.Type+":"+strings.Join(words[k][sp.Start:sp.End], " "))
		}
	}
	return out
}

func TestShippedModelGolden(t *testing.T) {
	m := loadShipped(t)
	got := m.entities(
		"Mayor Elena Varga told reporters in Vladivostok that Russia and North Korea would sign the deal .",
		"Varga , a former Gazprom executive , spoke after meeting President Vladimir Putin at the Vostochny Cosmodrome .",
	)
	want := []string{"PER:Elena Varga", "LOC:Vladivostok", "LOC:Russia", "LOC:North Korea",
		"PER:Varga", "ORG:Gazprom", "PER:Vladimir Putin", "LOC:Vostochny Cosmodrome"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("entities\n got %q\nwant %q", got, want)
	}
}

func TestHeadlineCaseDoesNotMakeEverythingAnEntity(t *testing.T) {
	m := loadShipped(t)
	for _, headline := range []string{
		"Putin Says Russia Will Win Great Victory Over Enemies",
		"PUTIN SAYS RUSSIA WILL WIN GREAT VICTORY OVER ENEMIES",
	} {
		got := m.entities(headline)
		if len(got) > 3 {
			t.Errorf("%q: %d entities %q", headline, len(got), got)
		}
		joined := strings.Join(got, "|")
		if !strings.Contains(strings.ToLower(joined), "putin") || !strings.Contains(strings.ToLower(joined), "russia") {
			t.Errorf("%q: missed Putin or Russia: %q", headline, got)
		}
	}
}

func TestShippedModelDevFloor(t *testing.T) {
	path := shareddata.Path(t, "conll2003", "eng.testa")
	docs, err := corpus.ReadCoNLL2003(path)
	if err != nil {
		t.Fatal(err)
	}
	m := loadShipped(t)
	s := m.ner.Evaluate(FromCoNLL2003(docs, m.tagger.Tag))
	if s.F1 < 0.895 {
		t.Errorf("eng.testa F1 %.4f, floor 0.895", s.F1)
	}
}

func BenchmarkNER(b *testing.B) {
	m := loadShipped(b)
	w := strings.Fields("Mayor Elena Varga told dock workers on Tuesday that the city would keep the port of Brask open through the strike , as union leaders warned of “ weeks , not days ” of disruption .")
	words, pos := [][]string{w}, [][]string{m.tagger.Tag(w)}
	b.ResetTimer()
	for b.Loop() {
		m.ner.Document(words, pos)
	}
	b.ReportMetric(float64(len(w)*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

func TestRepairSplitsAtTitleAndJoinsPossessive(t *testing.T) {
	words := strings.Fields("Guests included Ruritanian People 's Navy Admiral Ana Petrova and Coastal Works Bureau Chief Ivo Tal .")
	s := newSentence(words, make([]string, len(words)), nil, intern.Strings{})
	// What a greedy tagger produces: the demonym alone, then one organisation
	// running through the rank, the name and the coordination.
	spans := []Span{{2, 3, "MISC"}, {5, 13, "ORG"}, {14, 16, "PER"}}
	var got []string
	for _, sp := range repair(s, spans) {
		got = append(got, sp.Type+":"+strings.Join(words[sp.Start:sp.End], " "))
	}
	want := "ORG:Ruritanian People 's Navy|PER:Ana Petrova|ORG:Coastal Works Bureau|PER:Ivo Tal"
	if strings.Join(got, "|") != want {
		t.Errorf("repaired\n got %q\nwant %q", strings.Join(got, "|"), want)
	}
}

// A name right after a trade only people have is a person's, whatever
// the tagger made of it; a trade the capital of a sentence's first word
// took into the name is left out of it. A company after a trade keeps its
// type when its last word says it is one, and a trade that stands before
// clubs as often ("title defender") types nothing.
func TestRepairReadsANameAfterAPersonsTradeAsAPerson(t *testing.T) {
	words := strings.Fields("Pop singer Lila Grey met artist Kestrel Systems and title defender Real Madrid .")
	s := newSentence(words, make([]string, len(words)), nil, intern.Strings{})
	got := repair(s, []Span{{2, 4, "ORG"}, {6, 8, "ORG"}, {11, 13, "ORG"}})
	if want := []Span{{2, 4, "PER"}, {6, 8, "ORG"}, {11, 13, "ORG"}}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("repaired %v, want %v", got, want)
	}
	words = strings.Fields("Singer Ola Berg met fans .")
	s = newSentence(words, make([]string, len(words)), nil, intern.Strings{})
	if got, want := repair(s, []Span{{0, 3, "MISC"}}), []Span{{1, 3, "PER"}}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("repaired %v, want %v", got, want)
	}
	words = strings.Fields("Union organiser Beatriz Costa and party strategist Ana Ruiz spoke .")
	s = newSentence(words, make([]string, len(words)), nil, intern.Strings{})
	if got, want := repair(s, []Span{{2, 4, "ORG"}, {7, 9, "ORG"}}), []Span{{2, 4, "PER"}, {7, 9, "PER"}}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("repaired %v, want %v", got, want)
	}
}

// A name ends before "and" and a word in lower case: "the size of Earth
// and lies in …" names no "Earth and lies"; "Procter and Gamble" stays.
func TestRepairEndsANameBeforeAndALowerCaseWord(t *testing.T) {
	words := strings.Fields("It is the size of Earth and lies near Procter and Gamble .")
	s := newSentence(words, make([]string, len(words)), nil, intern.Strings{})
	got := repair(s, []Span{{5, 8, "ORG"}, {9, 12, "ORG"}})
	if want := []Span{{5, 6, "ORG"}, {9, 12, "ORG"}}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("repaired %v, want %v", got, want)
	}
}

// An organisation's or a place's name ends before a lower-case word that
// describes what it qualifies ("the Harbour News Channel blonde"), but
// keeps the lower-case words such names end with ("the interior ministry",
// "Brask radio").
func TestRepairTrimsALowerCaseTail(t *testing.T) {
	words := strings.Fields("The Harbour News Channel blonde met the Brask interior ministry and Brask radio and the Lind campaign .")
	s := newSentence(words, make([]string, len(words)), nil, intern.Strings{})
	got := repair(s, []Span{{1, 5, "ORG"}, {7, 10, "ORG"}, {11, 13, "ORG"}, {15, 17, "ORG"}})
	if want := []Span{{1, 4, "ORG"}, {7, 10, "ORG"}, {11, 13, "ORG"}, {15, 17, "ORG"}}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("repaired %v, want %v", got, want)
	}
}

// A "person" after "the" whose last word ends institutions' names is an
// organisation: people's names take no article.
func TestRepairRetypesAnInstitutionReadAsAPerson(t *testing.T) {
	words := strings.Fields("Lind told the Brask Herald and Ada Post that the port would close .")
	s := newSentence(words, make([]string, len(words)), nil, intern.Strings{})
	got := repair(s, []Span{{0, 1, "PER"}, {3, 5, "PER"}, {6, 8, "PER"}})
	if want := []Span{{0, 1, "PER"}, {3, 5, "ORG"}, {6, 8, "PER"}}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("repaired %v, want %v", got, want)
	}
}

// A name ends before a lower-case word that opens a clause: the tagger
// ran "the journal Sleep Care" on over "that pupils".
func TestRepairEndsANameBeforeAClause(t *testing.T) {
	words := strings.Fields("They wrote in the journal Sleep Care that pupils slept less .")
	s := newSentence(words, make([]string, len(words)), nil, intern.Strings{})
	got := repair(s, []Span{{5, 9, "ORG"}})
	if want := []Span{{5, 7, "ORG"}}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("repaired %v, want %v", got, want)
	}
}

// A person's name ends before the verb the tagger ran it on over, at the
// start of a sentence; "de" inside a name stays.
func TestRepairEndsAPersonsNameBeforeALowerCaseWord(t *testing.T) {
	words := strings.Fields("Hale pleaded not guilty , said Ana de Souza .")
	s := newSentence(words, make([]string, len(words)), nil, intern.Strings{})
	got := repair(s, []Span{{0, 2, "PER"}, {6, 9, "PER"}})
	if want := []Span{{0, 1, "PER"}, {6, 9, "PER"}}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("repaired %v, want %v", got, want)
	}
}

func TestRepairLeavesOrdinaryNamesAlone(t *testing.T) {
	for _, c := range []struct {
		text  string
		spans []Span
	}{
		{"General Motors said on Monday 's call that Ford 's Lincoln unit grew .", []Span{{0, 2, "ORG"}, {8, 9, "ORG"}, {10, 11, "ORG"}}},
		{"Monday 's Security Council meeting ended .", []Span{{2, 4, "ORG"}}},
		{"Russia 's Gazprom grew .", []Span{{0, 1, "LOC"}, {2, 3, "ORG"}}},
	} {
		words := strings.Fields(c.text)
		s := newSentence(words, make([]string, len(words)), nil, intern.Strings{})
		if got := repair(s, slices.Clone(c.spans)); fmt.Sprint(got) != fmt.Sprint(c.spans) {
			t.Errorf("%q: %v became %v", c.text, c.spans, got)
		}
	}
}

// A title inside a name that ends in an institution's word splits
// nothing: "Sorvik General Hospital" is a hospital, not a general named
// Hospital. The marshal's title is left out of his name, as any office's
// before a name of two words (trimTitleStart).
func TestRepairKeepsAnInstitutionWithATitleInItsName(t *testing.T) {
	words := strings.Fields("Patients died at Sorvik General Hospital and Marshal Ivo Tal visited .")
	s := newSentence(words, make([]string, len(words)), nil, intern.Strings{})
	got := repair(s, []Span{{3, 6, "ORG"}, {7, 10, "PER"}})
	if want := []Span{{3, 6, "ORG"}, {8, 10, "PER"}}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("repaired %v, want %v", got, want)
	}
}

// A surname's particles split no name: "Ursula von der Leyen" is one
// person however the tagger typed its halves, "Rio de Janeiro" one place.
func TestRepairJoinsANameSplitAtItsParticles(t *testing.T) {
	words := strings.Fields("Ursula von der Leyen flew from Rio de Janeiro with Piet Lind and the Brask council .")
	s := newSentence(words, make([]string, len(words)), nil, intern.Strings{})
	got := repair(s, []Span{{0, 1, "LOC"}, {3, 4, "ORG"}, {6, 7, "LOC"}, {8, 9, "LOC"}, {10, 12, "PER"}, {14, 15, "MISC"}})
	if want := []Span{{0, 4, "PER"}, {6, 9, "LOC"}, {10, 12, "PER"}, {14, 15, "MISC"}}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("repaired %v, want %v", got, want)
	}
}

// A title and a person's name tagged as an organisation is the person;
// a title before one word or a company's ("General Motors", "General
// Dynamics Corp") is not.
func TestRepairReadsATitledNameAsAPerson(t *testing.T) {
	words := strings.Fields("Governor Sofia Marin , General Motors and General Dynamics Corp spoke .")
	s := newSentence(words, make([]string, len(words)), nil, intern.Strings{})
	got := repair(s, []Span{{0, 3, "ORG"}, {4, 6, "ORG"}, {7, 10, "ORG"}})
	if want := []Span{{1, 3, "PER"}, {4, 6, "ORG"}, {7, 10, "ORG"}}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("repaired %v, want %v", got, want)
	}
}

// A person's name the tagger took an office's title into is the name
// alone; an honorific stays, and so does a title before one word.
func TestRepairLeavesAnOfficeOutOfAPersonsName(t *testing.T) {
	words := strings.Fields("Mayor Olivia Grant , Sir Alex Berg and President Kennedy spoke .")
	s := newSentence(words, make([]string, len(words)), nil, intern.Strings{})
	got := repair(s, []Span{{0, 3, "PER"}, {4, 7, "PER"}, {8, 10, "PER"}})
	if want := []Span{{1, 3, "PER"}, {4, 7, "PER"}, {8, 10, "PER"}}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("repaired %v, want %v", got, want)
	}
}

// A title and a person's name tagged as a place is the person too; a
// title before one word is not ("Prince George", a city).
func TestRepairReadsATitledPlaceAsAPerson(t *testing.T) {
	words := strings.Fields("MP Daniel Osei spoke in Prince George .")
	s := newSentence(words, make([]string, len(words)), nil, intern.Strings{})
	got := repair(s, []Span{{0, 3, "LOC"}, {5, 7, "LOC"}})
	if want := []Span{{1, 3, "PER"}, {5, 7, "LOC"}}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("repaired %v, want %v", got, want)
	}
}

// One function word or -ly adverb is no entity, however capitalised.
func TestRepairDropsAFunctionWord(t *testing.T) {
	words := strings.Fields("“ Of course , ” Lind said . Honestly , Kelly won .")
	s := newSentence(words, strings.Fields("`` IN NN , '' NNP VBD . RB , NNP VBD ."), nil, intern.Strings{})
	got := repair(s, []Span{{1, 2, "MISC"}, {5, 6, "PER"}, {8, 9, "LOC"}, {10, 11, "PER"}})
	if want := []Span{{5, 6, "PER"}, {10, 11, "PER"}}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("repaired %v, want %v", got, want)
	}
}

// A "person" that ", which" follows is an organisation.
func TestRepairRetypesAPersonThatWhichFollows(t *testing.T) {
	words := strings.Fields("Maersk , which runs a terminal , and Lind , who runs it , agreed .")
	s := newSentence(words, make([]string, len(words)), nil, intern.Strings{})
	got := repair(s, []Span{{0, 1, "PER"}, {8, 9, "PER"}})
	if want := []Span{{0, 1, "ORG"}, {8, 9, "PER"}}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("repaired %v, want %v", got, want)
	}
}

// A "person" whose last word says it is an airline ("Skyway Air") is
// the airline.
func TestRepairRetypesAnAirline(t *testing.T) {
	words := strings.Fields("Skyway Air and Ivo Tal apologised .")
	s := newSentence(words, make([]string, len(words)), nil, intern.Strings{})
	got := repair(s, []Span{{0, 2, "PER"}, {3, 5, "PER"}})
	if want := []Span{{0, 2, "ORG"}, {3, 5, "PER"}}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("repaired %v, want %v", got, want)
	}
}

// A name, a plural's apostrophe and a body's word the tagger cut apart
// are one organisation ("the Renters' Alliance"); a person's name after a
// possessive that owns no body stays apart.
func TestRepairJoinsAPluralsPossessiveBody(t *testing.T) {
	words := strings.Fields("the Renters ' Alliance and the Smiths ' Ivo Tal met .")
	s := newSentence(words, make([]string, len(words)), nil, intern.Strings{})
	got := repair(s, []Span{{1, 2, "ORG"}, {3, 4, "PER"}, {6, 7, "PER"}, {8, 10, "PER"}})
	if want := []Span{{1, 4, "ORG"}, {6, 7, "PER"}, {8, 10, "PER"}}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("repaired %v, want %v", got, want)
	}
}

// A title the tagger ran into a name, capitalised at the sentence's start
// and in lower case after it, is left out whole: "Chief executive Ola
// Lind" is Ola Lind.
func TestRepairLeavesAMixedCaseTitleOut(t *testing.T) {
	words := strings.Fields("Chief executive Ola Lind said so .")
	s := newSentence(words, make([]string, len(words)), nil, intern.Strings{})
	if got, want := repair(s, []Span{{0, 4, "PER"}}), []Span{{2, 4, "PER"}}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("repaired %v, want %v", got, want)
	}
}

// An organisation whose name ends in a body's word and the place after
// "of" the tagger cut off are one organisation ("the Port Authority of
// Dalby", whichever type the tagger gave the place); a company's name or
// group and a place after "of" stay apart.
func TestRepairJoinsABodyOfAPlace(t *testing.T) {
	words := strings.Fields("the Port Authority of Dalby and Northstar Music of Kesh and the Brask Group of Kesh met .")
	s := newSentence(words, make([]string, len(words)), nil, intern.Strings{})
	got := repair(s, []Span{{1, 3, "ORG"}, {4, 5, "PER"}, {6, 8, "ORG"}, {9, 10, "LOC"}, {12, 14, "ORG"}, {15, 16, "LOC"}})
	if want := []Span{{1, 5, "ORG"}, {6, 8, "ORG"}, {9, 10, "LOC"}, {12, 14, "ORG"}, {15, 16, "LOC"}}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("repaired %v, want %v", got, want)
	}
}

// A "person" set off after a noun for a company is the company.
func TestRepairRetypesANameSetOffAfterACompanyNoun(t *testing.T) {
	words := strings.Fields("Her label , Northstar Music , and her manager , Ivo Tal , agreed .")
	s := newSentence(words, make([]string, len(words)), nil, intern.Strings{})
	got := repair(s, []Span{{3, 5, "PER"}, {10, 12, "PER"}})
	if want := []Span{{3, 5, "ORG"}, {10, 12, "PER"}}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("repaired %v, want %v", got, want)
	}
}

// A month before a day's number is a date, not a name.
func TestRepairDropsAMonthBeforeADay(t *testing.T) {
	words := strings.Fields("BRASK , Dec 3 ( Newswire ) - May 5 , Theresa May said .")
	s := newSentence(words, make([]string, len(words)), nil, intern.Strings{})
	got := repair(s, []Span{{0, 1, "LOC"}, {2, 3, "ORG"}, {5, 6, "ORG"}, {8, 9, "PER"}, {11, 13, "PER"}})
	if want := []Span{{0, 1, "LOC"}, {5, 6, "ORG"}, {11, 13, "PER"}}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("repaired %v, want %v", got, want)
	}
}

// A name holds no dash, and no comma at its edges: a span the tagger ran
// on into them is cut back to the name.
func TestRepairTrimsPunctuation(t *testing.T) {
	words := strings.Fields("CEDAR FALLS — A fire spread , and Western Power , a utility , told the Green Party .")
	s := newSentence(words, make([]string, len(words)), nil, intern.Strings{})
	got := repair(s, []Span{{0, 4, "LOC"}, {8, 11, "ORG"}, {4, 5, "MISC"}})
	if want := []Span{{0, 2, "LOC"}, {8, 10, "ORG"}, {4, 5, "MISC"}}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("repaired %v, want %v", got, want)
	}
	if got := repair(s, []Span{{16, 19, "ORG"}}); fmt.Sprint(got) != fmt.Sprint([]Span{{16, 18, "ORG"}}) {
		t.Errorf("the full stop stayed in the name: %v", got)
	}
	abbr := strings.Fields("Lind joined Baird & Co .")
	sa := newSentence(abbr, make([]string, len(abbr)), nil, intern.Strings{})
	if got := repair(sa, []Span{{2, 6, "ORG"}}); fmt.Sprint(got) != fmt.Sprint([]Span{{2, 6, "ORG"}}) {
		t.Errorf("an abbreviation lost its point: %v", got)
	}
	if got := repair(s, []Span{{6, 7, "ORG"}}); len(got) != 0 {
		t.Errorf("a comma alone stayed a name: %v", got)
	}
}

// The words around a name say what it is: a trade ending it ("Northline
// Energy", "Halden Auto", "Riverside FC"), a company's description set
// off after it (", the Dutch chipmaker,", ", the streaming service,") or a
// headline's company noun before it ("Chipmaker Valtron", "Carmakers
// Norvik") make a company of a "person"; an office only a place has
// ("Hadley 's mayor") a place; a councillor's title is no part of an
// organisation's name. A person's span loses the lower-case word it ran
// on from ("executive Pieter de Groot"), but not a particle; a person's
// lawyer and the service's editor stay people. A headline's trade before
// "maker" with no name after it ("Kettle maker recalls") is no name.
func TestRepairTypesByTheWordsAround(t *testing.T) {
	for _, c := range []struct {
		text        string
		spans, want []Span
	}{
		{"Northline Energy , Valtron , the Dutch chipmaker , and executive Pieter de Groot met Chipmaker Valtron and de Wit .",
			[]Span{{0, 2, "PER"}, {3, 4, "PER"}, {10, 14, "PER"}, {15, 17, "PER"}, {18, 20, "PER"}},
			[]Span{{0, 2, "ORG"}, {3, 4, "ORG"}, {11, 14, "PER"}, {16, 17, "ORG"}, {18, 20, "PER"}}},
		{"Councillor Beth Arnold and Councilwoman Ana Ruiz spoke .",
			[]Span{{0, 3, "ORG"}, {4, 7, "ORG"}}, []Span{{1, 3, "PER"}, {5, 7, "PER"}}},
		{"Vistra , the streaming service , will raise prices , Ada Lind , the service 's editor , said .",
			[]Span{{0, 1, "PER"}, {10, 12, "PER"}}, []Span{{0, 1, "ORG"}, {10, 12, "PER"}}},
		{"Hadley 's mayor met Lind 's lawyer .",
			[]Span{{0, 1, "PER"}, {4, 5, "PER"}}, []Span{{0, 1, "LOC"}, {4, 5, "PER"}}},
		{"Carmakers Norvik and Halden Auto agree to merge",
			[]Span{{0, 2, "PER"}, {3, 5, "PER"}}, []Span{{1, 2, "ORG"}, {3, 5, "ORG"}}},
		{"Riverside FC striker Sam Okoro scored .",
			[]Span{{0, 2, "PER"}, {3, 5, "PER"}}, []Span{{0, 2, "ORG"}, {3, 5, "PER"}}},
		{"Halden Appliances and Veltra Robotics were fined , as was Lumen Labs .",
			[]Span{{0, 2, "PER"}, {3, 5, "PER"}, {10, 12, "PER"}}, []Span{{0, 2, "ORG"}, {3, 5, "ORG"}, {10, 12, "ORG"}}},
		{"With the Daily Courier , Osei said so , as did Ana Berg , Tom Lind and Acme , Inc .",
			[]Span{{2, 6, "ORG"}, {11, 16, "PER"}, {17, 20, "ORG"}}, []Span{{2, 4, "ORG"}, {5, 6, "ORG"}, {11, 13, "PER"}, {14, 16, "PER"}, {17, 20, "ORG"}}},
		{"Her novel , \" The Salt Year \" , sold .",
			[]Span{{5, 7, "PER"}}, []Span{{5, 7, "MISC"}}},
		{"Her book Salt Year \" sold .",
			[]Span{{2, 5, "PER"}}, []Span{{2, 4, "PER"}}},
		{"Librarian Sara Quint said so .",
			[]Span{{0, 3, "ORG"}}, []Span{{1, 3, "PER"}}},
		{"Bay Storage and Nordvik Freight said so .",
			[]Span{{0, 2, "PER"}, {3, 5, "PER"}}, []Span{{0, 2, "ORG"}, {3, 5, "ORG"}}},
		{"Kettle maker recalls 40,000 units",
			[]Span{{0, 1, "ORG"}}, nil},
		{"Kettle maker Halden recalls units",
			[]Span{{0, 1, "ORG"}, {2, 3, "ORG"}}, []Span{{0, 1, "ORG"}, {2, 3, "ORG"}}},
		{"German retailer cuts jobs", []Span{{0, 1, "MISC"}}, []Span{{0, 1, "MISC"}}},
	} {
		words := strings.Fields(c.text)
		s := newSentence(words, make([]string, len(words)), nil, intern.Strings{})
		if got := repair(s, c.spans); fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%q: repaired %v, want %v", c.text, got, c.want)
		}
	}
}

// The stage tags a wire dateline apart from the story it opens, and its
// place is a place: "BRASK" was an organisation and the story's first
// word, "Dock", a person.
func TestStageTagsADatelineApart(t *testing.T) {
	m := loadShipped(t)
	d := newsgraph.NewDoc(newsgraph.Metadata{}, []newsgraph.Block{{Kind: newsgraph.KindBody,
		Text: "BRASK (Reuters) - Dock workers voted on Tuesday to end the strike."}})
	segment.Segment(d)
	if err := (tag.Stage{Tagger: m.tagger}).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if err := (Stage{Tagger: m.ner}).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, men := range d.Mentions {
		got = append(got, men.Type+":"+d.Slice(men.Span))
	}
	if !slices.Contains(got, "LOC:BRASK") || slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "Dock") }) {
		t.Errorf("mentions %q, want LOC:BRASK and no Dock", got)
	}
}

// A headline's company noun before a one-word name the model took for a
// person makes it a company, whether or not the name took the noun in.
func TestRepairRetypesANameAfterAHeadlinesCompanyNoun(t *testing.T) {
	words := strings.Fields("Chipmaker Valtron to cut 2,000 jobs")
	s := newSentence(words, make([]string, len(words)), nil, intern.Strings{})
	if got, want := repair(s, []Span{{1, 2, "PER"}}), []Span{{1, 2, "ORG"}}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("repaired %v, want %v", got, want)
	}
	words = strings.Fields("Singer Ana Vos to tour")
	s = newSentence(words, make([]string, len(words)), nil, intern.Strings{})
	if got, want := repair(s, []Span{{1, 3, "PER"}}), []Span{{1, 3, "PER"}}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("repaired %v, want %v", got, want)
	}
}
