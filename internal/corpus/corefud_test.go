package corpus

import (
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/shareddata"
)

// corefRows builds CoNLL-U rows from "form misc" pairs: heads chain each
// word to the first, which is the root, so the rows read as a tree.
func corefRows(words ...string) string {
	var b strings.Builder
	for i, w := range words {
		form, misc, _ := strings.Cut(w, " ")
		if misc == "" {
			misc = "_"
		}
		head := 1
		if i == 0 {
			head = 0
		}
		fmt.Fprintf(&b, "%d\t%s\t%s\tX\tX\t_\t%d\tdep\t_\t%s\n", i+1, form, strings.ToLower(form), head, misc)
	}
	return b.String() + "\n"
}

// A fixture in the project's own words: two documents, stacked and
// one-word mentions, a mention over a sentence boundary, an identity with a
// percent-encoded comma, a discontinuous mention and a custom field layout.
var corefFixture = "# newdoc id = harbour\n# global.Entity = GRP-etype-infstat-identity\n# text = Mayor Elena Varga of Lisbon spoke.\n" +
	corefRows("Mayor Entity=(1-person-new-Elena_Varga", "Elena", "Varga", "of",
		"Lisbon Entity=(2-place-new-Lisbon%2C_Portugal)1)", "spoke SpaceAfter=No", ".") +
	"# text = She smiled.\n" +
	corefRows("She Entity=(1-person-giv)", "smiled SpaceAfter=No", ".") +
	"# newdoc id = strike\n# global.Entity = eid-etype\n" +
	corefRows("The Entity=(e7-organization(e8[1/2]-abstract", "union Entity=e7)", "and Entity=e8[1/2])",
		"its Entity=(e7-organization)", "demands Entity=(e8[2/2]-abstract)(e9-abstract", "grew Entity=e9)") +
	corefRows("It Entity=(e7-organization)")

func TestParseCorefUD(t *testing.T) {
	docs, err := ParseCorefUD(strings.NewReader(corefFixture))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].ID != "harbour" || docs[1].ID != "strike" || len(docs[0].Sentences) != 2 || len(docs[1].Words()) != 7 {
		t.Fatalf("documents: %+v", docs)
	}
	got := func(d CorefDoc) string {
		var b strings.Builder
		for _, m := range d.Mentions {
			fmt.Fprintf(&b, "%d-%d %s %s %q %v|", m.First, m.End, m.Entity, m.Type, m.Identity, m.Discontinuous)
		}
		return b.String()
	}
	// Mentions are listed as they close: Lisbon before the mayor.
	if g, want := got(docs[0]), `4-5 2 place "Lisbon,_Portugal" false|0-5 1 person "Elena_Varga" false|7-8 1 person "" false|`; g != want {
		t.Errorf("first document:\n got %s\nwant %s", g, want)
	}
	// "The union and … demands" is one mention of e8 in two parts; the second
	// sentence's "It" continues the word count across the boundary.
	if g, want := got(docs[1]), `0-2 e7 organization "" false|3-4 e7 organization "" false|0-5 e8 abstract "" true|4-6 e9 abstract "" false|6-7 e7 organization "" false|`; g != want {
		t.Errorf("second document:\n got %s\nwant %s", g, want)
	}
	if w := docs[0].Words(); w[5].SpaceAfter || !w[4].SpaceAfter || w[4].Misc != "Entity=(2-place-new-Lisbon%2C_Portugal)1)" {
		t.Errorf("words keep SpaceAfter and MISC: %+v", w[4:6])
	}
}

func TestParseCorefUDMentionOverSentences(t *testing.T) {
	in := corefRows("Varga Entity=(1-person", "and") + corefRows("Lind Entity=1)", "met")
	docs, err := ParseCorefUD(strings.NewReader(in))
	if err != nil || len(docs) != 1 || docs[0].ID != "" || len(docs[0].Mentions) != 1 || docs[0].Mentions[0].End != 3 {
		t.Fatalf("got %+v, %v", docs, err)
	}
}

func TestParseCorefUDErrorsNameTheLine(t *testing.T) {
	for name, c := range map[string]struct{ in, want string }{
		"never closed":  {"# newdoc id = a\n" + corefRows("Varga Entity=(1-person", "spoke") + "# newdoc id = b\n" + corefRows("x"), "line 2: mention of entity 1 opened here is never closed"},
		"closed twice":  {corefRows("Varga Entity=(1-person)", "spoke Entity=1)"), "line 2: entity annotation 1): no open mention of entity 1"},
		"other entity":  {corefRows("Varga Entity=(1-person", "spoke Entity=2)"), "line 2: entity annotation 2)"},
		"no id":         {corefRows("Varga Entity=(-person)"), "line 1: entity annotation (-person: no entity id"},
		"garbage":       {corefRows("Varga Entity=person"), "line 1: entity annotation \"person\""},
		"part missing":  {corefRows("Varga Entity=(1[1/2]-person)", "spoke"), "line 1: discontinuous mention of entity 1 has 1 of its 2 parts"},
		"open at EOF":   {corefRows("a", "Varga Entity=(4-person"), "line 2: mention of entity 4 opened here is never closed"},
		"bad CoNLL-U":   {"1\tgo\n", "line 1: want 10 tab-separated fields"},
		"not a part":    {corefRows("Varga Entity=(1[x]-person)"), "want a part as [1/2]"},
		"head past end": {"1\tgo\tgo\tVERB\tVB\t_\t5\troot\t_\t_\n", "sentence ending at line 1"},
	} {
		_, err := ParseCorefUD(strings.NewReader(c.in))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want it to contain %q", name, err, c.want)
		}
	}
}

func TestReadCorefUDGzipAndFileName(t *testing.T) {
	dir := t.TempDir()
	gz := filepath.Join(dir, "tiny.conllu.gz")
	f, err := os.Create(gz)
	if err != nil {
		t.Fatal(err)
	}
	z := gzip.NewWriter(f)
	z.Write([]byte(corefFixture))
	z.Close()
	f.Close()
	docs, err := ReadCorefUD(gz)
	if err != nil || len(docs) != 2 || len(docs[1].Mentions) != 5 {
		t.Fatalf("gzip: %v, %d documents", err, len(docs))
	}
	bad := filepath.Join(dir, "bad.conllu")
	os.WriteFile(bad, []byte(corefRows("Varga Entity=(1-person")), 0o644)
	if _, err := ReadCorefUD(bad); err == nil || !strings.HasPrefix(err.Error(), bad+": line 1:") {
		t.Errorf("error %v, want it to start with the file and line", err)
	}
}

// TestReadCorefUDGUM reads GUM dev as the coreference evaluation does and
// checks what the scorers rely on: mentions inside their documents, and the
// entity types and identities the README describes.
func TestReadCorefUDGUM(t *testing.T) {
	path := shareddata.Path(t, "ud", "en_gum", "en_gum-ud-dev.conllu.gz")
	docs, err := ReadCorefUD(path)
	if err != nil {
		t.Fatal(err)
	}
	types := map[string]int{}
	identities := 0
	for _, d := range docs {
		n := len(d.Words())
		for _, m := range d.Mentions {
			if m.First < 0 || m.End <= m.First || m.End > n {
				t.Fatalf("%s: mention %+v outside %d words", d.ID, m, n)
			}
			types[m.Type]++
			if m.Identity != "" {
				identities++
			}
		}
	}
	if len(docs) < 20 || types["person"] < 1000 || types["organization"] == 0 || types["place"] == 0 || identities < 500 {
		t.Errorf("%d documents, types %v, %d mentions with an identity", len(docs), types, identities)
	}
}

func FuzzCorefUD(f *testing.F) {
	f.Add(corefFixture)
	f.Add(corefRows("Varga Entity=(1-person(2-place)", "Lind Entity=1)"))
	f.Add(corefRows("a Entity=(1[1/2]-x)", "b Entity=(1[2/2]-x)"))
	f.Add("# global.Entity = eid\n" + corefRows("a Entity=(1)(1)(2(2)2)"))
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := ParseCorefUD(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, d := range docs {
			n := len(d.Words())
			for _, m := range d.Mentions {
				if m.First < 0 || m.End <= m.First || m.End > n || m.Entity == "" {
					t.Fatalf("document %q: mention %+v in %d words", d.ID, m, n)
				}
			}
		}
	})
}

// A zero mention sits on an empty node, which has no place in the word
// sequence; it is skipped with the node rather than pinned to a neighbour.
func TestParseCorefUDSkipsEmptyNodes(t *testing.T) {
	in := "1\tVarga\tvarga\tX\tX\t_\t0\troot\t_\tEntity=(1-person)\n1.1\tspoke\tspeak\tVERB\tVBD\t_\t_\t_\t_\tEntity=(3-event)\n2\tlater\tlater\tX\tX\t_\t1\tdep\t_\t_\n"
	docs, err := ParseCorefUD(strings.NewReader(in))
	if err != nil || len(docs) != 1 || len(docs[0].Mentions) != 1 || docs[0].Mentions[0].Entity != "1" || docs[0].Words()[1].Line != 3 {
		t.Fatalf("got %+v, %v", docs, err)
	}
}
