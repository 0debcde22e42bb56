package eval

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/internal/shareddata"
)

// conllu writes sentences given as "form UPOS XPOS head [misc]" lines, one
// word a line and a blank line between sentences, as CoNLL-U.
func conllu(spec string) string {
	var b strings.Builder
	n := 0
	for l := range strings.SplitSeq(strings.TrimSpace(spec), "\n") {
		f := strings.Fields(l)
		if len(f) == 0 {
			b.WriteString("\n")
			n = 0
			continue
		}
		if strings.HasPrefix(f[0], "#") {
			b.WriteString(l + "\n")
			continue
		}
		misc := "_"
		if len(f) > 4 {
			misc = f[4]
		}
		n++
		fmt.Fprintf(&b, "%d\t%s\t%s\t%s\t%s\t_\t%s\tdep\t_\t%s\n", n, f[0], strings.ToLower(f[0]), f[1], f[2], f[3], misc)
	}
	return b.String() + "\n"
}

// Our own example: words 0-8, 9-15, 16-23, 24-27.
//
//	Mayor Elena Varga met Tomas Lind in Lisbon. Varga said she would call
//	him. Lind thanked the mayor for the meeting. It was short.
//
// Gold: 1 (person) Mayor Elena Varga, Varga, she, the mayor; 2 (person)
// Tomas Lind, him, Lind; 3 (place) Lisbon, a singleton; 4 (event) the
// meeting, It.
var corefFixture = conllu(`
# newdoc id = varga
# global.Entity = eid-etype-identity
Mayor PROPN NNP 3 Entity=(1-person-Elena_Varga
Elena PROPN NNP 3
Varga PROPN NNP 4 Entity=1)
met VERB VBD 0
Tomas PROPN NNP 4 Entity=(2-person-Tomas_Lind
Lind PROPN NNP 5 Entity=2)
in ADP IN 8
Lisbon PROPN NNP 4 Entity=(3-place-Lisbon)|SpaceAfter=No
. PUNCT . 4

Varga PROPN NNP 2 Entity=(1-person-Elena_Varga)
said VERB VBD 0
she PRON PRP 5 Entity=(1-person-Elena_Varga)
would AUX MD 5
call VERB VB 2
him PRON PRP 5 Entity=(2-person-Tomas_Lind)|SpaceAfter=No
. PUNCT . 2

Lind PROPN NNP 2 Entity=(2-person-Tomas_Lind)
thanked VERB VBD 0
the DET DT 4 Entity=(1-person-Elena_Varga
mayor NOUN NN 2 Entity=1)
for ADP IN 7
the DET DT 7 Entity=(4-event
meeting NOUN NN 2 Entity=4)|SpaceAfter=No
. PUNCT . 2

It PRON PRP 3 Entity=(4-event)
was AUX VBD 3
short ADJ JJ 0 SpaceAfter=No
. PUNCT . 3
`)

// spanOf finds the nth (from 0) occurrence of s in the Doc's text.
func spanOf(t *testing.T, d *newsgraph.Doc, s string, nth int) newsgraph.Span {
	t.Helper()
	from := 0
	for {
		i := strings.Index(d.Text[from:], s)
		if i < 0 {
			t.Fatalf("%q (%d) not in %q", s, nth, d.Text)
		}
		if nth == 0 {
			return newsgraph.Span{Start: from + i, End: from + i + len(s)}
		}
		nth--
		from += i + len(s)
	}
}

func readFixture(t *testing.T, in string) []corpus.CorefDoc {
	t.Helper()
	docs, err := corpus.ParseCorefUD(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

func TestNewGoldDocRebuildsText(t *testing.T) {
	g := NewGoldDoc(readFixture(t, corefFixture)[0])
	want := "Mayor Elena Varga met Tomas Lind in Lisbon. Varga said she would call him. Lind thanked the mayor for the meeting. It was short."
	if g.Doc.Text != want || len(g.Words) != 28 || g.Doc.Slice(g.Words[15]) != "." || g.Doc.Slice(g.Words[22]) != "meeting" {
		t.Fatalf("text %q, %d words", g.Doc.Text, len(g.Words))
	}
}

// The scores below were worked out by hand. After the restrictions the key
// is K1 {Mayor Elena Varga, Varga, she, the mayor} and K2 {Tomas Lind, him,
// Lind}; Lisbon, a singleton, is out. The response: P1 {Mayor Elena Varga,
// Varga, him}, P2 {Tomas Lind, Lind}, P3 {she, the mayor}, P5 {Lisbon,
// "isbo"}; P4 {the meeting, It} is gone, both of its mentions being gold
// event mentions, and P6 {Elena} is a singleton.
//
// MUC recall: K1 in 2 pieces (4-2), K2 in 2 (3-2): 3/5. Precision: P1 in 2
// pieces (1 of 2), P2 1 of 1, P3 1 of 1, P5 0 of 1: 3/5.
// B³ recall: K1 2/4 each (2), K2 2/3 + 1/3 + 2/3: (2 + 5/3) / 7 = 11/21.
// Precision: P1 2/3 + 2/3 + 1/3, P2 1 + 1, P3 1 + 1, P5 0 + 0:
// (17/3) / 9 = 17/27.
// CEAF-e: φ4(K1,P1) = 4/7, φ4(K1,P3) = 4/6, φ4(K2,P1) = 2/6, φ4(K2,P2) =
// 4/5; best K1-P3, K2-P2: 22/15; recall 11/15, precision 11/30 (4
// response entities).
// Pronouns: "she" (an earlier Varga) shares P3 with the mayor: right;
// "him" shares P1 with Varga's mentions only: wrong. "It" is an event.
func TestEvalCorefByHand(t *testing.T) {
	docs := readFixture(t, corefFixture)
	predict := func(_ context.Context, d *newsgraph.Doc) ([]PredictedEntity, error) {
		isbo := spanOf(t, d, "Lisbon", 0)
		isbo.Start++
		isbo.End--
		return []PredictedEntity{
			{Mentions: []newsgraph.Span{spanOf(t, d, "Mayor Elena Varga", 0), spanOf(t, d, "Varga", 1), spanOf(t, d, "him", 0)}},
			{Mentions: []newsgraph.Span{spanOf(t, d, "Tomas Lind", 0), spanOf(t, d, "Lind", 1), spanOf(t, d, "Lind", 1)}}, // twice: counted once
			{Mentions: []newsgraph.Span{spanOf(t, d, "she", 0), spanOf(t, d, "the mayor", 0)}},
			{Mentions: []newsgraph.Span{spanOf(t, d, "the meeting", 0), spanOf(t, d, "It", 0)}},
			{Mentions: []newsgraph.Span{spanOf(t, d, "Lisbon", 0), isbo}},
			{Mentions: []newsgraph.Span{spanOf(t, d, "Elena", 0)}},
		}, nil
	}
	r, err := EvalCoref(context.Background(), docs, predict)
	if err != nil {
		t.Fatal(err)
	}
	if !nearPRF(r.MUC, 3.0/5, 3.0/5) || !nearPRF(r.B3, 17.0/27, 11.0/21) || !nearPRF(r.CEAFe, 11.0/30, 11.0/15) {
		t.Errorf("MUC %+v\nB³ %+v\nCEAF-e %+v", r.MUC, r.B3, r.CEAFe)
	}
	if !near(r.PronounAccuracy, 0.5) || r.Pronouns != 2 || r.Documents != 1 || r.GoldEntities != 2 || r.PredictedEntities != 4 || r.PredictedMentions != 9 {
		t.Errorf("result %+v", r)
	}
}

func TestEvalCorefEmptyPrediction(t *testing.T) {
	r, err := EvalCoref(context.Background(), readFixture(t, corefFixture), func(context.Context, *newsgraph.Doc) ([]PredictedEntity, error) {
		return nil, nil
	})
	if err != nil || r.CoNLLF1 != 0 || r.MUC.Precision != 0 || r.B3.Recall != 0 || r.PronounAccuracy != 0 || r.Pronouns != 2 || r.GoldMentions != 7 {
		t.Errorf("%+v %v", r, err)
	}
}

// The fixture again, and a second document in which Varga and Lisbon come
// back.
var linkFixture = corefFixture + conllu(`
# newdoc id = lisbon
# global.Entity = eid-etype-identity
Varga PROPN NNP 2 Entity=(1-person-Elena_Varga)
spoke VERB VBD 0
in ADP IN 4
Lisbon PROPN NNP 2 Entity=(2-place-Lisbon)|SpaceAfter=No
. PUNCT . 2
`)

// Named mentions: Mayor Elena Varga, Varga, Tomas Lind, Lind, Lisbon in
// the first document, Varga and Lisbon in the second (she, him and the
// mayor are not names). Gold groups: Elena_Varga {A, B, C}, Tomas_Lind {D,
// E}, Lisbon {F, G}. The prediction links A (through "Elena Varga", inside
// it and covering its head) and B to "Elena Varga", D and E to "Tomas
// Lind", leaves F unlinked, and in the second document links C to "Varga"
// and G, wrongly, to "Elena Varga": groups {A, B, G}, {D, E}, {F}, {C}.
// B³ recall: A, B 2/3, C 1/3, D, E 1, F, G 1/2: (14/3) / 7 = 2/3.
// Precision: A, B 2/3, G 1/3, D, E 1, F 1, C 1: (17/3) / 7 = 17/21.
func TestEvalLinkingByHand(t *testing.T) {
	docs := readFixture(t, linkFixture)
	predict := func(_ context.Context, d *newsgraph.Doc) ([]PredictedEntity, error) {
		if d.Meta.ID == "lisbon" {
			return []PredictedEntity{
				{Mentions: []newsgraph.Span{spanOf(t, d, "Varga", 0)}, Actor: "Varga"},
				{Mentions: []newsgraph.Span{spanOf(t, d, "Lisbon", 0)}, Actor: "Elena Varga"},
			}, nil
		}
		return []PredictedEntity{
			{Mentions: []newsgraph.Span{spanOf(t, d, "Elena Varga", 0), spanOf(t, d, "Varga", 1), spanOf(t, d, "she", 0)}, Actor: "Elena Varga"},
			{Mentions: []newsgraph.Span{spanOf(t, d, "Tomas Lind", 0), spanOf(t, d, "Lind", 1)}, Actor: "Tomas Lind"},
			{Mentions: []newsgraph.Span{spanOf(t, d, "Lisbon", 0)}},
		}, nil
	}
	r, err := EvalLinking(context.Background(), docs, predict, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !nearPRF(r.PRF, 17.0/21, 2.0/3) || r.Mentions != 7 || r.Linked != 6 {
		t.Errorf("%+v", r)
	}
}

// TestEvalCorefGUMGoldIsPerfect feeds GUM dev's own gold back as the
// prediction: every score must be 1. This checks the text layout, the
// mapping of spans back to words and the restrictions on real data.
func TestEvalCorefGUMGoldIsPerfect(t *testing.T) {
	docs, err := corpus.ReadCorefUD(shareddata.Path(t, "ud", "en_gum", "en_gum-ud-dev.conllu.gz"))
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]corpus.CorefDoc{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	gold := func(_ context.Context, d *newsgraph.Doc) ([]PredictedEntity, error) {
		cd := byID[d.Meta.ID]
		g := NewGoldDoc(cd)
		if g.Doc.Text != d.Text {
			t.Fatalf("%s: the Doc's text is not the gold text", cd.ID)
		}
		at := map[string]int{}
		var out []PredictedEntity
		for _, m := range cd.Mentions {
			i, ok := at[m.Entity]
			if !ok {
				i = len(out)
				at[m.Entity] = i
				out = append(out, PredictedEntity{Actor: m.Identity})
			}
			out[i].Mentions = append(out[i].Mentions, newsgraph.Span{Start: g.Words[m.First].Start, End: g.Words[m.End-1].End})
		}
		return out, nil
	}
	r, err := EvalCoref(context.Background(), docs, gold)
	if err != nil {
		t.Fatal(err)
	}
	if r.CoNLLF1 < 1-1e-9 || r.PronounAccuracy < 1-1e-9 || r.GoldEntities < 100 || r.Pronouns < 100 {
		t.Errorf("gold against itself: %+v", r)
	}
	l, err := EvalLinking(context.Background(), docs, gold, nil)
	if err != nil {
		t.Fatal(err)
	}
	if l.F1 < 1-1e-9 || l.Mentions < 300 {
		t.Errorf("linking, gold against itself: %+v", l)
	}
}

// lastWordLinker groups entities by the last word of their names.
type lastWordLinker struct{}

func (lastWordLinker) Link(_ context.Context, items []newsgraph.LinkItem, _ []newsgraph.Correction) (newsgraph.Linking, error) {
	var l newsgraph.Linking
	index := map[string]int{}
	for _, it := range items {
		w := strings.Fields(it.Name)
		k := w[len(w)-1]
		if _, ok := index[k]; !ok {
			index[k] = len(l.Actors)
			l.Actors = append(l.Actors, newsgraph.LinkedActor{Key: k})
		}
		l.Actor = append(l.Actor, index[k])
	}
	return l, nil
}

// With a corpus linker, names across documents are grouped by it, not by
// the predictor's actors: the second document's Varga joins the first's
// (C with A and B) and its Lisbon is no longer put with Varga (G alone).
// Groups {A, B, C}, {D, E}, {F}, {G}. Recall: A, B, C 1, D, E 1, F, G 1/2:
// 6/7. Precision 1.
func TestEvalLinkingWithACorpusLinker(t *testing.T) {
	docs := readFixture(t, linkFixture)
	predict := func(_ context.Context, d *newsgraph.Doc) ([]PredictedEntity, error) {
		if d.Meta.ID == "lisbon" {
			return []PredictedEntity{
				{Mentions: []newsgraph.Span{spanOf(t, d, "Varga", 0)}, Name: "Varga", Type: "PER"},
				{Mentions: []newsgraph.Span{spanOf(t, d, "Lisbon", 0)}, Name: "Lisbon", Type: "LOC", Actor: "Elena Varga"},
			}, nil
		}
		return []PredictedEntity{
			{Mentions: []newsgraph.Span{spanOf(t, d, "Elena Varga", 0), spanOf(t, d, "Varga", 1)}, Name: "Elena Varga", Type: "PER"},
			{Mentions: []newsgraph.Span{spanOf(t, d, "Tomas Lind", 0), spanOf(t, d, "Lind", 1)}, Name: "Tomas Lind", Type: "PER"},
			{Mentions: []newsgraph.Span{spanOf(t, d, "Lisbon", 0)}},
		}, nil
	}
	r, err := EvalLinking(context.Background(), docs, predict, lastWordLinker{})
	if err != nil {
		t.Fatal(err)
	}
	if !nearPRF(r.PRF, 1, 6.0/7) || r.Linked != 6 {
		t.Errorf("%+v", r)
	}
}
