package coref

import (
	"strconv"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/segment"
)

// parsedFixture builds a Doc with a parse given by hand: tree holds, per
// token in order, "TAG/head/relation" or "TAG/head/relation/lemma", with
// head counted from 1 within the token's sentence and 0 for its root, as
// CoNLL-U writes it; a blank line in text separates paragraphs. The names
// are then found as fixture finds them, the longest kept where two
// overlap. No model is read.
func parsedFixture(t *testing.T, text, tree string, names map[string]string) *newsgraph.Doc {
	t.Helper()
	return titledParsedFixture(t, "", text, tree, names)
}

// checkParsed resolves the parsedFixture of text, tree and names and
// checks its entities as check does.
func checkParsed(t *testing.T, text, tree string, names map[string]string, want ...string) {
	t.Helper()
	check(t, parsedFixture(t, text, tree, names), want...)
}

// titledParsedFixture is parsedFixture under a title, when title is not
// "": tree then starts with the title's words.
func titledParsedFixture(t *testing.T, title, text, tree string, names map[string]string) *newsgraph.Doc {
	t.Helper()
	var blocks []newsgraph.Block
	if title != "" {
		blocks = append(blocks, newsgraph.Block{Kind: newsgraph.KindTitle, Text: title})
	}
	for _, p := range strings.Split(text, newsgraph.ParagraphSeparator) {
		blocks = append(blocks, newsgraph.Block{Kind: newsgraph.KindBody, Text: p})
	}
	d := newsgraph.NewDoc(newsgraph.Metadata{}, blocks)
	segment.Segment(d)
	spec := strings.Fields(tree)
	if len(spec) != len(d.Tokens) {
		t.Fatalf("%d tokens, %d in the tree", len(d.Tokens), len(spec))
	}
	for _, s := range d.Sentences {
		for i := s.FirstToken; i < s.EndToken; i++ {
			f := strings.Split(spec[i], "/")
			h, err := strconv.Atoi(f[1])
			if len(f) < 3 || len(f) > 4 || err != nil {
				t.Fatalf("bad tree entry %q", spec[i])
			}
			tok := &d.Tokens[i]
			tok.Tag, tok.Head, tok.Dep = f[0], s.FirstToken+h-1, f[2]
			if len(f) == 4 {
				tok.Lemma = f[3]
			}
			if h == 0 {
				tok.Head = -1
			}
		}
	}
	addNames(d, names)
	Resolve(d)
	if !d.Validate() {
		t.Fatalf("coreference drew an invalid doc: %v", d.Diagnostics)
	}
	return d
}

// A name's mention is the phrase it heads: with its determiner, the title
// the parse puts on top of it and the possessive ending, never the
// preposition before it; a name that only modifies a noun keeps its span;
// the entity keeps the name as its name. An interjection the NER took for
// a name is no mention.
func TestNamesWidenToTheirPhrase(t *testing.T) {
	d := parsedFixture(t, "Oh, President Ivo Marek met Berg’s aide in the United States. The Obama administration agreed.",
		"UH/6/discourse ,/1/punct NNP/6/nsubj NNP/3/flat NNP/3/flat VBD/0/root NNP/9/nmod:poss POS/7/case NN/6/obj "+
			"IN/13/case DT/13/det NNP/13/compound NNPS/6/obl ./6/punct "+
			"DT/3/det NNP/3/compound NN/4/nsubj VBD/0/root ./4/punct",
		map[string]string{"Oh": "LOC", "Ivo Marek": "PER", "Berg": "PER", "United States": "LOC", "Obama": "PER"})
	check(t, d, "Ivo Marek: President Ivo Marek", "Berg: Berg’s", "United States: the United States", "Obama: Obama")
}

// Without a parse, names keep the NER's spans.
func TestNamesKeepTheirSpansWithoutAParse(t *testing.T) {
	d := fixture(t, "Berg’s aide met the Kordavian envoys.", map[string]string{"Berg": "PER", "Kordavian": "MISC"})
	check(t, d, "Berg: Berg", "Kordavian: Kordavian")
}

// The parser hangs a courtesy title on the name as nmod:desc; it is part of
// the phrase all the same.
func TestCourtesyTitleIsPartOfThePhrase(t *testing.T) {
	d := parsedFixture(t, "Dr. Steiner agreed.", "NNP/2/nmod:desc NNP/3/nsubj VBD/0/root ./3/punct", map[string]string{"Steiner": "PER"})
	check(t, d, "Steiner: Dr. Steiner")
}

// A verb the parse hung on a name by flat is no part of it: "Hale
// pleaded not guilty" keeps the name "Hale".
func TestNameDoesNotWidenOverAVerb(t *testing.T) {
	d := parsedFixture(t, "Hale pleaded not guilty.",
		"NNP/0/root VBD/1/flat RB/4/advmod JJ/2/xcomp ./1/punct",
		map[string]string{"Hale": "PER"})
	check(t, d, "Hale: Hale")
}
