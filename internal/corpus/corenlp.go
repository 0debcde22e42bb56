package corpus

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

// TaggedSentence is a sentence of words with one POS tag each.
type TaggedSentence struct {
	Words []string
	Tags  []string
}

// corenlpDoc is one line of PolNeAR's silver CoreNLP file: per sentence,
// tokens as [start, end, word, lemma, pos, ner].
type corenlpDoc struct {
	Doc    string                `json:"doc"`
	Tokens [][][]json.RawMessage `json:"tokens"`
}

// ReadCoreNLPTags reads the words and POS tags of a silver CoreNLP file
// (gzipped JSON lines, one article per line, as in PolNeAR's corenlp/).
func ReadCoreNLPTags(path string) ([]TaggedSentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if strings.HasSuffix(path, ".gz") {
		gz, err := gzip.NewReader(f)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		defer gz.Close()
		r = gz
	}
	var out []TaggedSentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for line := 1; sc.Scan(); line++ {
		var d corenlpDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		for _, sent := range d.Tokens {
			var s TaggedSentence
			for _, tok := range sent {
				var word, pos string
				if len(tok) < 5 || json.Unmarshal(tok[2], &word) != nil || json.Unmarshal(tok[4], &pos) != nil {
					return nil, fmt.Errorf("%s:%d: document %s: token is not [start, end, word, lemma, pos, ...]", path, line, d.Doc)
				}
				s.Words = append(s.Words, word)
				s.Tags = append(s.Tags, pos)
			}
			out = append(out, s)
		}
	}
	return out, sc.Err()
}
