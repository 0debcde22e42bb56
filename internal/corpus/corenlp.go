package corpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
)

// CoreNLPSentence is one sentence of a silver CoreNLP file: words, POS
// tags, entity labels (CoNLL's four classes, O outside), and the basic
// dependencies in Universal Dependencies v1 (heads 0-based, -1 for the
// root).
type CoreNLPSentence struct {
	Words, Tags, NER []string
	Heads            []int
	Rels             []string
}

// corenlpDoc is one line of PolNeAR's silver CoreNLP file: per sentence,
// tokens as [start, end, word, lemma, pos, ner] and dependencies as
// [head, relation] with 1-based heads.
type corenlpDoc struct {
	Doc    string                `json:"doc"`
	Tokens [][][]json.RawMessage `json:"tokens"`
	Deps   [][][]json.RawMessage `json:"deps"`
}

// ReadCoreNLP reads a silver CoreNLP file (gzipped JSON lines, one article
// per line, as in PolNeAR's corenlp/).
func ReadCoreNLP(path string) ([]CoreNLPSentence, error) {
	rc, err := OpenFile(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	defer rc.Close()
	return readCoreNLP(rc, path)
}

// readCoreNLP reads silver CoreNLP JSON lines from r; name begins its
// error messages. Sentences without tokens are left out; a document whose
// dependencies do not match its tokens sentence for sentence, or whose
// heads form a cycle, is an error.
func readCoreNLP(r io.Reader, name string) ([]CoreNLPSentence, error) {
	var out []CoreNLPSentence
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 64<<20) // one article per line; grows as lines need
	for line := 1; sc.Scan(); line++ {
		var d corenlpDoc
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if d.Deps != nil && len(d.Deps) != len(d.Tokens) {
			return nil, fmt.Errorf("%s:%d: document %s: dependencies for %d sentences, tokens for %d", name, line, d.Doc, len(d.Deps), len(d.Tokens))
		}
		for k, sent := range d.Tokens {
			s, err := coreNLPSentence(sent, d.Deps, k)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: document %s, sentence %d: %w", name, line, d.Doc, k+1, err)
			}
			if len(s.Words) > 0 {
				out = append(out, s)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return out, nil
}

func coreNLPSentence(tokens [][]json.RawMessage, deps [][][]json.RawMessage, k int) (CoreNLPSentence, error) {
	var s CoreNLPSentence
	for i, tok := range tokens {
		var word, pos, ner string
		if len(tok) < 6 || json.Unmarshal(tok[2], &word) != nil || json.Unmarshal(tok[4], &pos) != nil || json.Unmarshal(tok[5], &ner) != nil {
			return s, fmt.Errorf("token is not [start, end, word, lemma, pos, ner]")
		}
		// JSON null reads as "" without an error; a token needs all three.
		if word == "" || pos == "" || ner == "" {
			return s, fmt.Errorf("token %d has an empty word, POS or entity label", i+1)
		}
		s.Words, s.Tags, s.NER = append(s.Words, word), append(s.Tags, pos), append(s.NER, ner)
	}
	if k >= len(deps) {
		return s, nil // tags without dependencies
	}
	if len(deps[k]) != len(tokens) {
		return s, fmt.Errorf("%d dependencies for %d tokens", len(deps[k]), len(tokens))
	}
	for _, dep := range deps[k] {
		var head int
		var rel string
		if len(dep) < 2 || json.Unmarshal(dep[0], &head) != nil || json.Unmarshal(dep[1], &rel) != nil || head < 0 || head > len(tokens) {
			return s, fmt.Errorf("dependency is not [head, relation]")
		}
		s.Heads, s.Rels = append(s.Heads, head-1), append(s.Rels, rel)
	}
	return s, checkAcyclic(len(s.Heads), func(i int) int { return s.Heads[i] })
}

// ReadCoreNLPTags reads the words and POS tags of a silver CoreNLP file.
func ReadCoreNLPTags(path string) ([]TaggedSentence, error) {
	sents, err := ReadCoreNLP(path)
	if err != nil {
		return nil, err
	}
	out := make([]TaggedSentence, len(sents))
	for i, s := range sents {
		out[i] = TaggedSentence{Words: s.Words, Tags: s.Tags}
	}
	return out, nil
}

// TaggedSentence is a sentence of words with one POS tag each.
type TaggedSentence struct {
	Words []string
	Tags  []string
}
