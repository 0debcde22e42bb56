package eval

import (
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// ExtractionScore is the benchmark's result over a set of pages.
type ExtractionScore struct {
	F1        float64 `json:"f1"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	Accuracy  float64 `json:"accuracy"`
	Pages     int     `json:"pages"`
}

// BenchmarkPage is one page of the article-extraction benchmark.
type BenchmarkPage struct {
	ID   string
	URL  string
	Gold string // the gold article body
	HTML []byte
}

// LoadExtractionBenchmark reads ground-truth.json and html/ID.html(.gz)
// from dir.
func LoadExtractionBenchmark(dir string) ([]BenchmarkPage, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, err
	}
	var gt map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	if err := json.Unmarshal(raw, &gt); err != nil {
		return nil, fmt.Errorf("ground-truth.json: %w", err)
	}
	pages := make([]BenchmarkPage, 0, len(gt))
	for id, g := range gt {
		html, err := readPage(dir, id)
		if err != nil {
			return nil, err
		}
		pages = append(pages, BenchmarkPage{ID: id, URL: g.URL, Gold: g.ArticleBody, HTML: html})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].ID < pages[j].ID })
	return pages, nil
}

func readPage(dir, id string) ([]byte, error) {
	base := filepath.Join(dir, "html", id+".html")
	if b, err := os.ReadFile(base); err == nil {
		return b, nil
	}
	f, err := os.Open(base + ".gz")
	if err != nil {
		return nil, fmt.Errorf("page %s: %w", id, err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		return nil, fmt.Errorf("page %s: %w", id, err)
	}
	return io.ReadAll(z)
}

// ScoreExtraction scores predicted bodies against gold ones, page by page,
// as the benchmark does: multisets of 4-word shingles over \w+ tokens,
// per-page counts normalised to weigh pages alike, precision and recall
// macro-averaged over the pages where they are defined, F1 of the two
// means; accuracy is the share of pages whose token sequences are equal.
func ScoreExtraction(gold, predicted []string) ExtractionScore {
	var precSum, recSum float64
	var precN, recN, exact int
	for i := range gold {
		g, p := wordTokens(gold[i]), wordTokens(predicted[i])
		if equalTokens(g, p) {
			exact++
		}
		gs, ps := shingles(g), shingles(p)
		tp, fp, fn := overlap(gs, ps)
		prec, rec := pageScores(tp, fp, fn)
		if len(ps) > 0 {
			precSum += prec
			precN++
		}
		if len(gs) > 0 {
			recSum += rec
			recN++
		}
	}
	s := ExtractionScore{Pages: len(gold)}
	if precN > 0 {
		s.Precision = precSum / float64(precN)
	}
	if recN > 0 {
		s.Recall = recSum / float64(recN)
	}
	s.F1 = harmonic(s.Precision, s.Recall)
	if len(gold) > 0 {
		s.Accuracy = float64(exact) / float64(len(gold))
	}
	return s
}

// pageScores divides the counts by their sum (so every page weighs the
// same) and returns precision and recall; both are 1 when nothing is wrong.
func pageScores(tp, fp, fn int) (float64, float64) {
	if fp == 0 && fn == 0 {
		return 1, 1
	}
	sum := float64(tp + fp + fn)
	t, f, n := float64(tp)/sum, float64(fp)/sum, float64(fn)/sum
	var p, r float64
	if t+f > 0 {
		p = t / (t + f)
	}
	if t+n > 0 {
		r = t / (t + n)
	}
	return p, r
}

// wordTokens splits s into maximal runs of word characters, as Python's
// \w+ does for str: letters, numbers and the underscore.
func wordTokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_')
	})
}

func equalTokens(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// shingles counts the 4-token shingles of toks; fewer than 4 tokens give
// one shorter shingle, none give none.
func shingles(toks []string) map[string]int {
	m := map[string]int{}
	if len(toks) == 0 {
		return m
	}
	if len(toks) < 4 {
		m[strings.Join(toks, "\x00")]++
		return m
	}
	for i := 0; i+4 <= len(toks); i++ {
		m[strings.Join(toks[i:i+4], "\x00")]++
	}
	return m
}

// overlap compares two shingle multisets.
func overlap(gold, pred map[string]int) (tp, fp, fn int) {
	for k, g := range gold {
		p := pred[k]
		tp += min(g, p)
		fn += max(g-p, 0)
	}
	for k, p := range pred {
		fp += max(p-gold[k], 0)
	}
	return tp, fp, fn
}
