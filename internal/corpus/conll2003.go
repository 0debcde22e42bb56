package corpus

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// NERSentence is one sentence of a CoNLL-2003 file: words, their POS tags
// and entity tags as written (IOB1).
type NERSentence struct {
	Words []string
	POS   []string
	Tags  []string
}

// NERDocument is the sentences between two -DOCSTART- lines.
type NERDocument struct {
	Sentences []NERSentence
}

// ReadCoNLL2003 reads a CoNLL-2003 file (possibly gzip-compressed).
func ReadCoNLL2003(path string) ([]NERDocument, error) {
	rc, err := OpenFile(path)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return ParseCoNLL2003(rc)
}

// ParseCoNLL2003 reads "word POS chunk tag" lines, blank lines between
// sentences and -DOCSTART- lines between documents.
func ParseCoNLL2003(r io.Reader) ([]NERDocument, error) {
	sc := bufio.NewScanner(r)
	var docs []NERDocument
	var doc NERDocument
	var sent NERSentence
	endSentence := func() {
		if len(sent.Words) > 0 {
			doc.Sentences = append(doc.Sentences, sent)
			sent = NERSentence{}
		}
	}
	endDoc := func() {
		endSentence()
		if len(doc.Sentences) > 0 {
			docs = append(docs, doc)
			doc = NERDocument{}
		}
	}
	line := 0
	for sc.Scan() {
		line++
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 0:
			endSentence()
		case f[0] == "-DOCSTART-":
			endDoc()
		case len(f) < 3:
			// With two columns the POS would be the entity tag.
			return nil, fmt.Errorf("line %d: want word, POS and entity tag", line)
		case !isIOBTag(f[len(f)-1]):
			return nil, fmt.Errorf("line %d: entity tag %q is not O, I-TYPE or B-TYPE", line, f[len(f)-1])
		default:
			sent.Words = append(sent.Words, f[0])
			sent.POS = append(sent.POS, f[1])
			sent.Tags = append(sent.Tags, f[len(f)-1])
		}
	}
	endDoc()
	return docs, sc.Err()
}

// isIOBTag reports whether tag is O or an I-/B- prefix and a type.
func isIOBTag(tag string) bool {
	if tag == "O" {
		return true
	}
	typ, ok := strings.CutPrefix(tag, "I-")
	if !ok {
		typ, ok = strings.CutPrefix(tag, "B-")
	}
	return ok && typ != ""
}
