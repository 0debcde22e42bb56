package corpus

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/render"
)

// The fuzz targets feed each reader arbitrary bytes. A reader may refuse
// them, but what it accepts must be usable: offsets and heads that point
// inside what was read, and, where newsgraph writes the format itself, a
// round trip through that writer that gives the same words back.

func FuzzCoNLLU(f *testing.F) {
	f.Add("# sent_id = a1\n# text = Ships wait.\n1\tShips\tship\tNOUN\tNNS\tNumber=Plur\t2\tnsubj\t_\t_\n2\twait\twait\tVERB\tVBP\t_\t0\troot\t_\tSpaceAfter=No\n3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n")
	f.Add("# newdoc id = port\n1-2\tcannot\t_\t_\t_\t_\t_\t_\t_\t_\n1\tcan\tcan\tAUX\tMD\t_\t0\troot\t_\t_\n2\tnot\tnot\tPART\tRB\t_\t1\tadvmod\t_\t_\n2.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t1:xcomp\t_\n")
	f.Add("1\tno\t_\t_\t_\t_\t_\t_\t_\t_\n\n\n1\tx\tx\tX\tX\t_\t1\tdep\t_\t_\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ParseCoNLLU(strings.NewReader(in))
		if err != nil {
			return
		}
		for k, s := range sents {
			n := len(s.Words)
			if n == 0 {
				t.Fatalf("sentence %d has no words", k)
			}
			for i, w := range s.Words {
				if w.Head < 0 || w.Head > n || w.Head == i+1 || w.Form == "" {
					t.Fatalf("sentence %d word %d: %+v in a sentence of %d words", k, i+1, w, n)
				}
			}
			for _, m := range s.MultiTokens {
				if m.First < 1 || m.Last <= m.First || m.Last > n {
					t.Fatalf("sentence %d: range %+v over %d words", k, m, n)
				}
			}
		}
		back, err := ParseCoNLLU(strings.NewReader(writeCoNLLU(t, sents)))
		if err != nil {
			t.Fatalf("newsgraph's own CoNLL-U does not read back: %v", err)
		}
		if got, want := wordsOf(back), wordsOf(sents); got != want {
			t.Fatalf("round trip changed the words:\n got %s\nwant %s", got, want)
		}
	})
}

// writeCoNLLU lays the sentences out as a Doc, words separated by a space
// unless SpaceAfter=No and sentences by a newline, and writes it with the
// writer behind `analyze --format conllu`.
func writeCoNLLU(t *testing.T, sents []Sentence) string {
	var text strings.Builder
	d := &newsgraph.Doc{}
	for _, s := range sents {
		first := len(d.Tokens)
		start := text.Len()
		for _, w := range s.Words {
			head := -1 // the root
			if w.Head > 0 {
				head = first + w.Head - 1
			}
			tok := newsgraph.Token{Span: newsgraph.Span{Start: text.Len()}, Lemma: w.Lemma, UPOS: w.UPOS, Tag: w.XPOS, Head: head, Dep: w.Deprel}
			text.WriteString(w.Form)
			tok.End = text.Len()
			if w.SpaceAfter {
				text.WriteByte(' ')
			}
			d.Tokens = append(d.Tokens, tok)
		}
		d.Sentences = append(d.Sentences, newsgraph.Sentence{Span: newsgraph.Span{Start: start, End: text.Len()}, FirstToken: first, EndToken: len(d.Tokens)})
		text.WriteByte('\n')
	}
	d.Text = text.String()
	var out bytes.Buffer
	if err := render.CoNLLU(&out, d); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// wordsOf prints what the writer keeps of each word. It writes no FEATS,
// turns carriage returns inside a field into spaces, and cannot mark the
// last word of a sentence SpaceAfter=No since a newline follows it.
func wordsOf(sents []Sentence) string {
	cr := strings.NewReplacer("\r", " ")
	var b strings.Builder
	for _, s := range sents {
		for i, w := range s.Words {
			space := w.SpaceAfter || i == len(s.Words)-1
			fmt.Fprintf(&b, "%q %q %q %q %d %q %v|", cr.Replace(w.Form), cr.Replace(w.Lemma), cr.Replace(w.UPOS), cr.Replace(w.XPOS), w.Head, cr.Replace(w.Deprel), space)
		}
		b.WriteString("\n")
	}
	return b.String()
}

func FuzzCoNLL2003(f *testing.F) {
	f.Add("-DOCSTART- -X- -X- O\n\nHarbour NNP B-NP I-LOC\nclosed VBD B-VP O\n\nLind NNP B-NP I-PER\n")
	f.Add("a b\n")
	f.Add("\n\n-DOCSTART- -X- O O\n-DOCSTART- -X- O O\nx y B-MISC\n")
	f.Fuzz(func(t *testing.T, in string) {
		docs, err := ParseCoNLL2003(strings.NewReader(in))
		if err != nil {
			return
		}
		var out strings.Builder
		for i, d := range docs {
			if len(d.Sentences) == 0 {
				t.Fatalf("document %d has no sentences", i)
			}
			out.WriteString("-DOCSTART- -X- -X- O\n\n")
			for j, s := range d.Sentences {
				if len(s.Words) == 0 || len(s.POS) != len(s.Words) || len(s.Tags) != len(s.Words) {
					t.Fatalf("document %d sentence %d: %+v", i, j, s)
				}
				for k, w := range s.Words {
					if w == "-DOCSTART-" || !isIOBTag(s.Tags[k]) || strings.ContainsFunc(w+s.POS[k]+s.Tags[k], unicode.IsSpace) {
						t.Fatalf("document %d sentence %d token %d: %q %q %q", i, j, k, w, s.POS[k], s.Tags[k])
					}
					fmt.Fprintf(&out, "%s %s %s\n", w, s.POS[k], s.Tags[k])
				}
				out.WriteString("\n")
			}
		}
		// Nothing in the format is lost between reading and writing three
		// columns back, so the second reading must equal the first.
		again, err := ParseCoNLL2003(strings.NewReader(out.String()))
		if err != nil || !reflect.DeepEqual(again, docs) {
			t.Fatalf("rewritten file reads differently (%v):\n%s", err, out.String())
		}
	})
}

func FuzzBrat(f *testing.F) {
	f.Add("T1\tSource 0 4\tLind\nT2\tCue 5 9\tsays\nT3\tContent 10 16;20 24\tstrike over\nT4\tAttribution 5 9\tsays\nE1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n")
	f.Add("#1\tAnnotatorNotes T1\tunsure\nT1\tCue 3 14\ttold\nreporters\nR1\tLink Arg1:T1 Arg2:T1\n")
	f.Add("E1\tAttribution:T2 Cue:T2\nT2\tCue 0 3\tsaid\n")
	f.Fuzz(func(t *testing.T, in string) {
		d, err := ParseBrat(in)
		if err != nil {
			return
		}
		for id, s := range d.Spans {
			if id != s.ID || s.Type == "" || len(s.Fragments) == 0 {
				t.Fatalf("span %s: %+v", id, s)
			}
			covered := len(s.Fragments) - 1
			lo, hi := s.Fragments[0][0], s.Fragments[0][1]
			for _, fr := range s.Fragments {
				if fr[0] < 0 || fr[1] < fr[0] {
					t.Fatalf("span %s: fragment %v", id, fr)
				}
				covered += fr[1] - fr[0]
				lo, hi = min(lo, fr[0]), max(hi, fr[1])
			}
			if a, b := s.Covering(); a != lo || b != hi {
				t.Fatalf("span %s: covering %d-%d, fragments %v", id, a, b, s.Fragments)
			}
			if n := utf8.RuneCountInString(s.Text); n != covered {
				t.Fatalf("span %s: %d characters of text for %d covered", id, n, covered)
			}
		}
		for _, r := range d.Relations {
			refs := []string{r.Trigger}
			for _, ref := range r.Roles {
				refs = append(refs, ref)
			}
			for _, ref := range refs {
				if _, ok := d.Spans[ref]; !ok {
					t.Fatalf("event %s names %q, which is not a span", r.ID, ref)
				}
			}
		}
	})
}

func FuzzCoreNLP(f *testing.F) {
	f.Add(`{"doc":"x","tokens":[[[0,4,"Lind","Lind","NNP","PERSON"],[5,9,"left","leave","VBD","O"]]],"deps":[[[2,"nsubj"],[0,"root"]]]}` + "\n" + `{"doc":"y","tokens":[[[0,2,"Go","go","VB","O"]],[]]}`)
	f.Add(`{"tokens":[[[0,1,"a","a","DT","O"],[2,3,"b","b","NN","O"]]],"deps":[[[2,"det"],[1,"dep"]]]}`)
	f.Add(`{"tokens":[[[0,1,"a",null,"DT","O",7]]],"deps":[[[0,"root","extra"]]]}` + "\nnull\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := readCoreNLP(strings.NewReader(in), "fuzz")
		if err != nil {
			return
		}
		for k, s := range sents {
			n := len(s.Words)
			if n == 0 || len(s.Tags) != n || len(s.NER) != n {
				t.Fatalf("sentence %d: %d words, %d tags, %d labels", k, n, len(s.Tags), len(s.NER))
			}
			if s.Heads == nil {
				continue
			}
			if len(s.Heads) != n || len(s.Rels) != n {
				t.Fatalf("sentence %d: %d heads and %d relations for %d words", k, len(s.Heads), len(s.Rels), n)
			}
			for i, h := range s.Heads {
				if h < -1 || h >= n || h == i || s.Words[i] == "" {
					t.Fatalf("sentence %d word %d %q: head %d of %d words", k, i, s.Words[i], h, n)
				}
			}
		}
	})
}
