package tag

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/intern"
)

// Stage tags every token of a Doc with XPOS, UPOS and lemma.
type Stage struct{ Tagger *Tagger }

// Name implements pipeline.Stage.
func (s Stage) Name() string { return "tag.v1" }

// Requires implements pipeline.Stage. The quotations are optional: with
// them, the marks that open and close one are tagged as they do.
func (s Stage) Requires() []newsgraph.Layer {
	return []newsgraph.Layer{newsgraph.LayerTokens, newsgraph.LayerSentences}
}

// Assigns implements pipeline.Stage.
func (s Stage) Assigns() []newsgraph.Layer {
	return []newsgraph.Layer{newsgraph.LayerPOS, newsgraph.LayerLemmas}
}

// Process implements pipeline.Stage.
func (s Stage) Process(_ context.Context, d *newsgraph.Doc) error {
	var words, tags, known []string
	shapes := intern.Strings{}
	marks := quoteMarkTags(d, s.Tagger.mayBeName)
	for _, sent := range d.Sentences {
		words, known = words[:0], known[:0]
		for i := sent.FirstToken; i < sent.EndToken; i++ {
			words = append(words, d.TokenText(i))
			known = append(known, marks[i])
		}
		if cap(tags) < len(words) {
			tags = make([]string, len(words))
		}
		tags = tags[:len(words)]
		s.Tagger.tagRepaired(words, tags, known, shapes)
		for k, tg := range tags {
			tok := &d.Tokens[sent.FirstToken+k]
			tok.Tag = tg
			tok.UPOS = s.Tagger.UPOS.UPOS(words[k], tg)
			tok.Lemma = s.Tagger.Lemmas.Lemma(words[k], tg)
		}
	}
	return nil
}

// tagRepaired tags words into tags as tagInto does, with the repairs made
// from the words alone: some tags set before the model reads the
// sentence (known, which it fills in), others mended after.
func (t *Tagger) tagRepaired(words, tags, known []string, shapes intern.Strings) {
	evidenceVerbAtEnd(words, known)
	verbAfterRatio(words, known)
	t.tagInto(words, tags, known, shapes)
	t.speakerBeforeSaying(words, tags)
	pastTenseAtEnd(words, tags)
	accusedOf(words, tags)
	pastAfterSubject(words, tags)
	willAsNoun(words, tags)
}

// quoteMarkTags gives the tokens that open and close a quotation the tags
// the treebanks give them (two backquotes, two apostrophes), by token.
// The tagger reads a straight or curly mark by its neighbours, and took
// one closing mark in sixteen for an opening one on PolNeAR texts
// ("afraid,” the letter read"), which misled the parse of the words after
// it; NYT's doubled apostrophe opens and closes alike. Quotation
// detection knows which it is. mayBeName says whether a word may be a
// name (speakerNameAfter); nil lets any capitalised word be one.
func quoteMarkTags(d *newsgraph.Doc, mayBeName func(string) bool) map[int]string {
	if len(d.Quotes) == 0 {
		return nil
	}
	out := make(map[int]string, 2*len(d.Quotes))
	for _, q := range d.Quotes {
		if i, ok := tokenAt(d, q.Start); ok && isQuoteMark(d.TokenText(i)) {
			out[i] = "``"
		}
		if !q.Closed {
			continue
		}
		if i, ok := tokenAt(d, q.End-1); ok && d.Tokens[i].End == q.End && isQuoteMark(d.TokenText(i)) {
			out[i] = "''"
			if r := documentRead(d, i); r >= 0 {
				out[r] = "VBD"
			}
			if v := sayingVerbAfter(d, i); v >= 0 {
				out[v] = "VBZ"
			}
			if n, v, tag := speakerNameAfter(d, i, mayBeName); n >= 0 {
				out[n], out[v] = "NNP", tag
			}
		}
	}
	return out
}

// documentRead returns the "read" that ends the sentence after the
// quotation closing at token q with a document for its subject ("…,” the
// club's statement read."), or -1. The tagger reads it as a noun after
// another, and the parse then loses the verb that says whose words the
// quotation was.
func documentRead(d *newsgraph.Doc, q int) int {
	for j := q + 2; j < len(d.Tokens) && j <= q+7; j++ {
		w := strings.ToLower(d.TokenText(j))
		if w == "." || isQuoteMark(w) {
			return -1
		}
		if w != "read" {
			continue
		}
		if j+1 < len(d.Tokens) && d.TokenText(j+1) != "." || !documents[strings.ToLower(d.TokenText(j-1))] {
			return -1
		}
		return j
	}
	return -1
}

// documents are the writings whose words a story quotes.
var documents = map[string]bool{"letter": true, "statement": true, "email": true, "e-mail": true, "message": true,
	"note": true, "memo": true, "sign": true, "banner": true, "post": true, "tweet": true, "notice": true, "filing": true, "report": true}

// tokenAt returns the token holding byte offset off.
func tokenAt(d *newsgraph.Doc, off int) (int, bool) {
	i, _ := slices.BinarySearchFunc(d.Tokens, off, func(t newsgraph.Token, off int) int { return cmp.Compare(t.End, off+1) })
	return i, i < len(d.Tokens) && d.Tokens[i].Start <= off && off < d.Tokens[i].End
}

func isQuoteMark(w string) bool {
	switch w {
	case "“", "”", "\"", "``", "''", "‘", "’":
		return true
	}
	return false
}

// evidenceVerbAtEnd tags the verb that closes a sentence after a comma
// and the evidence it reports ("…, official figures published on
// Thursday show."): the tagger read "show" there as a noun, and the
// sentence lost the verb that says whose finding it was. known receives
// the tag.
func evidenceVerbAtEnd(words, known []string) {
	n := len(words)
	if n > 0 && words[n-1] == "." {
		n--
	}
	if n < 4 || known[n-1] != "" {
		return
	}
	tag, ok := evidenceVerbs[strings.ToLower(words[n-1])]
	if !ok {
		return
	}
	evidence := false
	for i := n - 2; i >= max(n-8, 1); i-- {
		switch w := strings.ToLower(words[i]); {
		case w == ",":
			if evidence {
				known[n-1] = tag
			}
			return
		case evidenceNouns[w]:
			evidence = true
		}
	}
}

var (
	evidenceVerbs = map[string]string{"show": "VBP", "shows": "VBZ", "showed": "VBD", "suggest": "VBP", "suggests": "VBZ",
		"indicate": "VBP", "indicates": "VBZ"}
	evidenceNouns = map[string]bool{"figures": true, "data": true, "statistics": true, "records": true, "documents": true,
		"polls": true, "results": true, "numbers": true, "estimates": true, "survey": true, "poll": true, "study": true, "report": true}
)
