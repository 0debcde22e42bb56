// Command prose measures newsgraph's taggers against github.com/jdkato/prose/v2,
// the usual Go choice, on the same dev data, machine and run: POS accuracy
// on UD English EWT dev and entity F1 on CoNLL-2003 eng.testa, with
// tokens per second on one goroutine and one processor (-procs). It is a
// module of its own so that newsgraph itself does not depend on prose.
//
//	cd bench/prose && go run . -data ../../../shared/data
//
// prose has no gold-token mode: each sentence is given to it as the gold
// tokens joined by spaces, and its tokens are aligned back to the gold ones
// by text; a gold token prose splits or merges counts as wrong. prose's
// model is loaded once, before timing.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	prose "github.com/jdkato/prose/v2"

	"github.com/newsgraph/newsgraph/internal/cluster"
	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/internal/ner"
	"github.com/newsgraph/newsgraph/internal/tag"
	"github.com/newsgraph/newsgraph/models"
)

func main() {
	data := flag.String("data", "../../../shared/data", "the shared data directory")
	procs := flag.Int("procs", 1, "processors Go may run on (GOMAXPROCS); 1 by default, so that both libraries' figures are one core's")
	flag.Parse()
	// With a second processor free, the garbage collector of the library
	// that allocates more works beside it unmeasured: on two cores prose's
	// tokens/s rose by a fifth more than newsgraph's on 2026-12-03.
	runtime.GOMAXPROCS(*procs)
	if err := run(*data); err != nil {
		fmt.Fprintln(os.Stderr, "prose bench:", err)
		os.Exit(1)
	}
}

// heapMB returns the live heap after a collection, in MiB.
func heapMB() float64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return float64(m.HeapAlloc) / (1 << 20)
}

func run(data string) error {
	base := heapMB()
	cl, err := cluster.Load(models.FS, "clusters")
	if err != nil {
		return err
	}
	tg, err := tag.Load(models.FS, "pos", cl)
	if err != nil {
		return err
	}
	nr, err := ner.Load(models.FS, "ner", cl)
	if err != nil {
		return err
	}
	ngHeap := heapMB() - base
	ewt, err := corpus.ReadCoNLLU(filepath.Join(data, "ud", "en_ewt", "en_ewt-ud-dev.conllu"))
	if err != nil {
		return err
	}
	conll, err := corpus.ReadCoNLL2003(filepath.Join(data, "conll2003", "eng.testa"))
	if err != nil {
		return err
	}
	// prose builds its default model on every call unless given one: build
	// it once and hand it over.
	before := heapMB()
	warm, err := prose.NewDocument("Warm up.", prose.WithSegmentation(false))
	if err != nil {
		return err
	}
	proseModel = warm.Model
	proseHeap := heapMB() - before
	gold := tag.FromCoNLLU(ewt)
	fmt.Println("| | XPOS accuracy, EWT dev | POS tokens/s | entity F1, CoNLL eng.testa | tagging + NER tokens/s | models in memory |")
	fmt.Println("| --- | --- | --- | --- | --- | --- |")
	ngAcc, ngPOSSpeed := newsgraphPOS(tg, gold)
	prAcc, prPOSSpeed := prosePOS(gold)
	ngF1, ngNERSpeed := newsgraphNER(tg, nr, conll)
	prF1, prNERSpeed := proseNER(conll)
	fmt.Printf("| newsgraph | %.3f | %.0f | %.3f | %.0f | %.0f MiB |\n", ngAcc, ngPOSSpeed, ngF1, ngNERSpeed, ngHeap)
	fmt.Printf("| prose v2 | %.3f | %.0f | %.3f | %.0f | %.0f MiB |\n", prAcc, prPOSSpeed, prF1, prNERSpeed, proseHeap)
	return newsSpeed(filepath.Join(data, "polnear", "dev", "text"))
}

var proseModel *prose.Model

func newsgraphPOS(tg *tag.Tagger, gold []tag.Sentence) (float64, float64) {
	start := time.Now()
	s := tg.Evaluate(gold)
	return s.XPOS, float64(s.Tokens) / time.Since(start).Seconds()
}

func prosePOS(gold []tag.Sentence) (float64, float64) {
	correct, total := 0, 0
	start := time.Now()
	for _, s := range gold {
		doc, err := prose.NewDocument(strings.Join(s.Words, " "), prose.WithSegmentation(false), prose.WithExtraction(false), prose.UsingModel(proseModel))
		total += len(s.Words)
		if err != nil {
			continue
		}
		toks := doc.Tokens()
		texts := make([]string, len(toks))
		for i, t := range toks {
			texts[i] = t.Text
		}
		for gi, pi := range align(s.Words, texts) {
			if pi >= 0 && toks[pi].Tag == s.Tags[gi] {
				correct++
			}
		}
	}
	return float64(correct) / float64(total), float64(total) / time.Since(start).Seconds()
}

// align maps each gold token to the prose token with the same text at the
// same character position (ignoring spaces), or -1.
func align(gold, got []string) []int {
	out := make([]int, len(gold))
	gpos, ppos, p := 0, 0, 0
	for g, w := range gold {
		out[g] = -1
		for p < len(got) && ppos < gpos {
			ppos += len(got[p])
			p++
		}
		if p < len(got) && ppos == gpos && got[p] == w {
			out[g] = p
		}
		gpos += len(w)
	}
	return out
}

type span struct {
	start, end int
	typ        string
}

func newsgraphNER(tg *tag.Tagger, nr *ner.Tagger, docs []corpus.NERDocument) (float64, float64) {
	tokens := 0
	start := time.Now()
	var tp, pred, gold int
	for _, d := range docs {
		var words, pos [][]string
		for _, s := range d.Sentences {
			words = append(words, s.Words)
			pos = append(pos, tg.Tag(s.Words))
			tokens += len(s.Words)
		}
		found := nr.Document(words, pos)
		for k, s := range d.Sentences {
			var ps []span
			for _, e := range found[k] {
				ps = append(ps, span{e.Start, e.End, e.Type})
			}
			a, b, c := match(ps, goldSpans(s.Tags))
			tp, pred, gold = tp+a, pred+b, gold+c
		}
	}
	return f1(tp, pred, gold), float64(tokens) / time.Since(start).Seconds()
}

// proseTypes maps prose's labels to CoNLL's; prose has no MISC.
var proseTypes = map[string]string{"PERSON": "PER", "GPE": "LOC", "LOC": "LOC", "ORG": "ORG", "ORGANIZATION": "ORG"}

func proseNER(docs []corpus.NERDocument) (float64, float64) {
	tokens := 0
	start := time.Now()
	var tp, pred, gold int
	for _, d := range docs {
		for _, s := range d.Sentences {
			tokens += len(s.Words)
			doc, err := prose.NewDocument(strings.Join(s.Words, " "), prose.WithSegmentation(false), prose.UsingModel(proseModel))
			g := goldSpans(s.Tags)
			if err != nil {
				gold += len(g)
				continue
			}
			toks := doc.Tokens()
			texts := make([]string, len(toks))
			for i, t := range toks {
				texts[i] = t.Text
			}
			back := map[int]int{} // prose token -> gold token
			for gi, pi := range align(s.Words, texts) {
				if pi >= 0 {
					back[pi] = gi
				}
			}
			var ps []span
			cur := -1
			for i, t := range toks {
				label := strings.TrimPrefix(strings.TrimPrefix(t.Label, "B-"), "I-")
				gi, ok := back[i]
				switch {
				case t.Label == "O" || !ok:
					cur = -1
				case strings.HasPrefix(t.Label, "B-") || cur < 0:
					ps = append(ps, span{gi, gi + 1, proseTypes[label]})
					cur = len(ps) - 1
				default:
					ps[cur].end = gi + 1
				}
			}
			a, b, c := match(ps, g)
			tp, pred, gold = tp+a, pred+b, gold+c
		}
	}
	return f1(tp, pred, gold), float64(tokens) / time.Since(start).Seconds()
}

// goldSpans reads IOB1/IOB2 tags into spans.
func goldSpans(tags []string) []span {
	var out []span
	for i := 0; i < len(tags); {
		if tags[i] == "O" {
			i++
			continue
		}
		typ := tags[i][2:]
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+typ {
			j++
		}
		out = append(out, span{i, j, typ})
		i = j
	}
	return out
}

func match(pred, gold []span) (tp, np, ng int) {
	g := map[span]bool{}
	for _, s := range gold {
		g[s] = true
	}
	for _, s := range pred {
		if g[s] {
			tp++
		}
	}
	return tp, len(pred), len(gold)
}

func f1(tp, pred, gold int) float64 {
	if tp == 0 {
		return 0
	}
	p, r := float64(tp)/float64(pred), float64(tp)/float64(gold)
	return 2 * p * r / (p + r)
}
