package tag

import (
	"cmp"
	"context"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

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
	marks := quoteMarkTags(d)
	for _, sent := range d.Sentences {
		words, known = words[:0], known[:0]
		for i := sent.FirstToken; i < sent.EndToken; i++ {
			words = append(words, d.TokenText(i))
			known = append(known, marks[i])
		}
		evidenceVerbAtEnd(words, known)
		if cap(tags) < len(words) {
			tags = make([]string, len(words))
		}
		tags = tags[:len(words)]
		s.Tagger.tagInto(words, tags, known, shapes)
		for k, tg := range tags {
			tok := &d.Tokens[sent.FirstToken+k]
			tok.Tag = tg
			tok.UPOS = s.Tagger.UPOS.UPOS(words[k], tg)
			tok.Lemma = s.Tagger.Lemmas.Lemma(words[k], tg)
		}
	}
	return nil
}

// quoteMarkTags gives the tokens that open and close a quotation the tags
// the treebanks give them (two backquotes, two apostrophes), by token.
// The tagger reads a straight or curly mark by its neighbours, and took
// one closing mark in sixteen for an opening one on PolNeAR texts
// ("afraid,” the letter read"), which misled the parse of the words after
// it; NYT's doubled apostrophe opens and closes alike. Quotation
// detection knows which it is.
func quoteMarkTags(d *newsgraph.Doc) map[int]string {
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
			if n, v, tag := speakerNameAfter(d, i); n >= 0 {
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

// sayingVerbAfter returns the present-tense verb of saying that closes
// the sentence after the quotation closing at token q and its speaker
// ("“We will appeal,” Husted notes.", "…,” the senator remarks in an
// email."), or -1. The tagger read "Husted notes" as a noun after a name,
// as in "the Husted notes", and the parse then lost the verb, so the
// quotation went to the speaker of the one before. Only a quotation that
// closes on a comma, a question or an exclamation mark asks for such a
// verb, and only a word of the closed list below, right after a name or a
// short noun phrase and before the sentence's end, a comma or a
// preposition, is taken for one.
func sayingVerbAfter(d *newsgraph.Doc, q int) int {
	if q < 1 || !clauseEnd[d.TokenText(q-1)] {
		return -1
	}
	for j := q + 1; j < len(d.Tokens) && j <= q+6; j++ {
		w := d.TokenText(j)
		if sayingVerbs[strings.ToLower(w)] && j > q+1 {
			if j+1 == len(d.Tokens) || afterSayingVerb[strings.ToLower(d.TokenText(j+1))] {
				return j
			}
			return -1
		}
		if !speakerWord(w) {
			return -1
		}
	}
	return -1
}

// speakerNameAfter returns the one capitalised word that names the
// speaker after the quotation closing at token q, the verb of saying
// after it and that verb's tag ("…,” Husted said.", "…,” Will wrote."),
// or -1. The tagger read a surname that looks like a word ("Husted" a
// participle, "Will" a modal, "From" a preposition, "Cuban" an adjective)
// as that word, and the parse then gave the verb no subject. Pronouns are
// left to the model ("…,” He said.").
func speakerNameAfter(d *newsgraph.Doc, q int) (name, verb int, tag string) {
	n, v := q+1, q+2
	if q < 1 || !clauseEnd[d.TokenText(q-1)] || v >= len(d.Tokens) {
		return -1, -1, ""
	}
	w := d.TokenText(n)
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || pronouns[strings.ToLower(w)] || d.Tokens[v].Start-d.Tokens[n].End != 1 {
		return -1, -1, ""
	}
	tag, ok := namedSpeakerVerbs[strings.ToLower(d.TokenText(v))]
	if !ok || v+1 < len(d.Tokens) && !afterSayingVerb[strings.ToLower(d.TokenText(v+1))] && tag != "VBD" {
		return -1, -1, ""
	}
	return n, v, tag
}

// speakerWord: w may be a word of the name or noun phrase that says
// whose a quotation was ("Ana Vos", "the party's spokesman", "she").
func speakerWord(w string) bool {
	if w == "" || isQuoteMark(w) || clauseEnd[w] || w == "." || w == ";" || w == ":" {
		return false
	}
	switch strings.ToLower(w) {
	case "in", "on", "at", "to", "of", "for", "with", "from", "and", "but", "or", "that", "who", "which":
		return false
	}
	return true
}

var (
	clauseEnd = map[string]bool{",": true, "?": true, "!": true}
	// sayingVerbs are verbs of saying in the third person present whose
	// form is also a plural noun's, the ones the tagger misreads there.
	sayingVerbs = map[string]bool{"notes": true, "remarks": true, "claims": true, "counters": true, "jokes": true,
		"quips": true, "tweets": true, "reports": true, "states": true, "comments": true, "answers": true, "replies": true,
		"recalls": true, "points": true, "cautions": true, "muses": true, "retorts": true, "posts": true, "writes": true,
		"explains": true, "adds": true, "argues": true, "warns": true, "insists": true, "says": true, "concludes": true,
		"continues": true, "asks": true, "admits": true, "observes": true, "predicts": true, "suggests": true,
		"wonders": true, "laughs": true, "sighs": true, "boasts": true, "complains": true, "concedes": true,
		"confirms": true, "declares": true, "vows": true, "promises": true, "pledges": true, "responds": true,
		"shouts": true, "yells": true, "whispers": true, "cries": true, "recounts": true, "reasons": true,
		"stresses": true, "urges": true, "demands": true, "scoffs": true, "snaps": true, "shrugs": true,
		"gushes": true}
	pronouns          = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true, "it": true, "you": true}
	namedSpeakerVerbs = map[string]string{"said": "VBD", "told": "VBD", "added": "VBD", "wrote": "VBD", "explained": "VBD",
		"noted": "VBD", "recalled": "VBD", "argued": "VBD", "insisted": "VBD", "continued": "VBD", "tweeted": "VBD",
		"remarked": "VBD", "replied": "VBD", "answered": "VBD", "says": "VBZ", "tells": "VBZ", "adds": "VBZ", "writes": "VBZ",
		"explains": "VBZ", "notes": "VBZ"}
	afterSayingVerb = map[string]bool{".": true, ",": true, "!": true, "out": true, "in": true, "on": true,
		"at": true, "during": true, "after": true, "before": true, "via": true, "from": true, "to": true, "with": true}
)

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
