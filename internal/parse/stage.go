package parse

import (
	"context"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/segment"
)

// Stage gives every token a head (an index into Doc.Tokens, -1 for a
// sentence's root) and a Universal Dependencies relation.
type Stage struct{ Parser *Parser }

// Name implements pipeline.Stage.
func (s Stage) Name() string { return "parse.v1" }

// Requires implements pipeline.Stage.
func (s Stage) Requires() []newsgraph.Layer {
	return []newsgraph.Layer{newsgraph.LayerTokens, newsgraph.LayerSentences, newsgraph.LayerPOS}
}

// Assigns implements pipeline.Stage.
func (s Stage) Assigns() []newsgraph.Layer { return []newsgraph.Layer{newsgraph.LayerParse} }

// Process implements pipeline.Stage.
func (s Stage) Process(ctx context.Context, d *newsgraph.Doc) error {
	var words, tags []string
	for k, sent := range d.Sentences {
		if k%64 == 63 && ctx.Err() != nil {
			return context.Cause(ctx) // the article's time is up: the parser is the costliest stage
		}
		words, tags = words[:0], tags[:0]
		for i := sent.FirstToken; i < sent.EndToken; i++ {
			words = append(words, d.TokenText(i))
			tags = append(tags, d.Tokens[i].Tag)
		}
		heads, rels := s.Parser.Parse(words, tags)
		if segment.OpensParagraph(d, sent) {
			reattachDateline(words, heads, rels)
		}
		pronounOnVerb(words, tags, heads, rels)
		for k, h := range heads {
			tok := &d.Tokens[sent.FirstToken+k]
			tok.Head, tok.Dep = -1, rels[k]
			if h >= 0 {
				tok.Head = sent.FirstToken + h
			}
		}
	}
	return nil
}

// pronounOnVerb makes the subject of a verb the "those" the parse hung on
// it as a determiner, which no verb takes, when a participle describing
// it stands between: in "those surveyed say the city should build" the
// parse read "those" and "surveyed" as a determiner and an adjective of
// "say", which then had no subject, and the poll's answer no source.
// Only before a finite verb that has no subject, and not after a
// preposition ("Bond, who was among those polled, said": the pronoun is
// the preposition's), a noun or a pronoun. It is kept this narrow on
// purpose: made for every determiner the parse hung on a verb ("most",
// "all", "both" …), it changed parses enough that the attribution models
// retrained on them scored lower out of fold (five-fold cross-validation
// over PolNeAR train, source exact F1 −0.0017, content −0.0020).
// heads and rels are changed in place.
func pronounOnVerb(words, tags []string, heads []int, rels []string) {
	for i, h := range heads {
		if rels[i] != "det" || h != i+2 || !finiteTags[tags[h]] || !demonstratives[strings.ToLower(words[i])] || tags[i+1] != "VBN" ||
			heads[i+1] != h || hasSubject(heads, rels, h) {
			continue
		}
		if i > 0 && (tags[i-1] == "IN" || tags[i-1] == "TO" || strings.HasPrefix(tags[i-1], "NN") || strings.HasPrefix(tags[i-1], "PRP")) {
			continue
		}
		rels[i] = "nsubj"
		heads[i+1], rels[i+1] = i, "acl"
	}
}

var finiteTags = map[string]bool{"VBD": true, "VBP": true, "VBZ": true}

// demonstratives stand for people on their own before a participle:
// "those polled", "these surveyed".
var demonstratives = map[string]bool{"those": true, "these": true}

// hasSubject: a word hangs on token h as its subject.
func hasSubject(heads []int, rels []string, h int) bool {
	for k, hk := range heads {
		if hk == h && strings.HasPrefix(rels[k], "nsubj") {
			return true
		}
	}
	return false
}

// reattachDateline gives the story's verb back its subject when the parse
// made a wire dateline's place the subject and the real one its
// apposition ("WASHINGTON — The Senate on Thursday rejected …": the
// Senate rejected, not Washington). The place hangs on the verb as a
// dep, as UD attaches what a sentence's grammar does not reach. heads
// and rels are changed in place.
func reattachDateline(words []string, heads []int, rels []string) {
	_, end := segment.DatelineEnd(words)
	if end == 0 {
		return
	}
	for i := 0; i < end; i++ {
		if heads[i] < end || !strings.HasPrefix(rels[i], "nsubj") {
			continue
		}
		for j := end; j < len(words); j++ {
			if heads[j] == i && rels[j] == "appos" {
				heads[j], rels[j] = heads[i], rels[i]
				heads[i], rels[i] = heads[j], "dep"
				for k := range heads { // what hung on the place after the dateline hangs on the subject
					if k >= end && k != j && heads[k] == i {
						heads[k] = j
					}
				}
				return
			}
		}
	}
}
