package cluster

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/internal/segment"
)

// TextSentences tokenises every .txt file under dir with the project's
// segmenter and returns the sentences as words.
func TextSentences(dir string) ([][]string, error) {
	var out [][]string
	err := filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(p, ".txt") {
			return err
		}
		raw, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		var blocks []newsgraph.Block
		for _, para := range strings.Split(string(raw), "\n\n") {
			blocks = append(blocks, newsgraph.Block{Kind: newsgraph.KindBody, Text: para})
		}
		d := newsgraph.NewDoc(newsgraph.Metadata{}, blocks)
		segment.Segment(d)
		for _, s := range d.Sentences {
			words := make([]string, 0, s.EndToken-s.FirstToken)
			for i := s.FirstToken; i < s.EndToken; i++ {
				words = append(words, d.TokenText(i))
			}
			out = append(out, words)
		}
		return nil
	})
	return out, err
}

// TreebankSentences returns the words of a CoNLL-U file's sentences.
func TreebankSentences(path string) ([][]string, error) {
	sents, err := corpus.ReadCoNLLU(path)
	if err != nil {
		return nil, err
	}
	out := make([][]string, len(sents))
	for i, s := range sents {
		for _, w := range s.Words {
			out[i] = append(out[i], w.Form)
		}
	}
	return out, nil
}

// NERSentences returns the words of a CoNLL-2003 file's sentences.
func NERSentences(path string) ([][]string, error) {
	docs, err := corpus.ReadCoNLL2003(path)
	if err != nil {
		return nil, err
	}
	var out [][]string
	for _, d := range docs {
		for _, s := range d.Sentences {
			out = append(out, s.Words)
		}
	}
	return out, nil
}
