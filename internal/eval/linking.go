package eval

import (
	"context"
	"fmt"

	"github.com/newsgraph/newsgraph/internal/corpus"
)

// LinkResult is what `eval linking` reports: B³ over the gold named
// mentions of all documents, grouped by Wikipedia identity in the gold and
// by linked actor in the prediction.
type LinkResult struct {
	PRF
	Mentions int `json:"mentions"` // gold named mentions scored
	Linked   int `json:"-"`        // of them, found and linked by the system
}

// docMention is a gold mention anywhere in the corpus.
type docMention struct {
	doc   int
	words WordRange
}

// EvalLinking runs predict on each gold document and scores how the
// system groups names across documents.
//
// The mentions scored are the gold named mentions: mentions of an entity
// of CorefTypes that has a Wikipedia identity, whose head word (the one
// whose syntactic head lies outside the mention) is a proper noun — "Kim
// Jong Un" and "the Netherlands", not "he" or "the country", which are
// coreference's to resolve. Gold groups them by identity, across
// documents. A gold mention takes the actor of the predicted mention that
// lies inside it and covers its head (the longest such, should there be
// several), so a system that finds "Netherlands" in "the Netherlands" is
// judged on its linking, not its mention boundaries; a gold mention with
// no such predicted mention, or one whose actor is "", is a group of its
// own. B³ is then taken over the gold named mentions only: this measures
// identity, and spurious mentions are coreference's to count.
func EvalLinking(ctx context.Context, docs []corpus.CorefDoc, predict Predictor) (LinkResult, error) {
	var res LinkResult
	byIdentity := map[string]int{}
	byActor := map[string]int{}
	var key, response [][]docMention
	for di, d := range docs {
		g := NewGoldDoc(d)
		pred, err := predict(ctx, g.Doc)
		if err != nil {
			return res, fmt.Errorf("document %s: %w", d.ID, err)
		}
		found := linkedRanges(g, pred)
		for _, named := range namedMentions(d) {
			m := docMention{di, named.words}
			res.Mentions++
			key = appendTo(key, byIdentity, named.identity, m)
			actor := ""
			best := -1
			for _, f := range found {
				w := f.words
				if w.First >= m.words.First && w.End <= m.words.End && w.First <= named.head && named.head < w.End && w.End-w.First > best {
					actor, best = f.actor, w.End-w.First
				}
			}
			if actor == "" {
				response = append(response, []docMention{m})
				continue
			}
			res.Linked++
			response = appendTo(response, byActor, actor, m)
		}
	}
	r := bcubed(key, response)
	res.PRF = r.prf()
	return res, nil
}

// appendTo adds m to the cluster named name, making it when it is new.
func appendTo(part [][]docMention, index map[string]int, name string, m docMention) [][]docMention {
	i, ok := index[name]
	if !ok {
		i = len(part)
		index[name] = i
		part = append(part, nil)
	}
	part[i] = append(part[i], m)
	return part
}

type linkedRange struct {
	words WordRange
	actor string
}

// linkedRanges lists the predicted mentions that fall on gold word
// boundaries, with their actors.
func linkedRanges(g GoldDoc, pred []PredictedEntity) []linkedRange {
	r := newRanger(g.Words)
	var out []linkedRange
	for _, e := range pred {
		for _, s := range e.Mentions {
			if w, ok := r.wordRange(s); ok {
				out = append(out, linkedRange{w, e.Actor})
			}
		}
	}
	return out
}

type namedMention struct {
	words    WordRange
	head     int // word index in the document
	identity string
}

// namedMentions lists a document's gold named mentions, each range once.
func namedMentions(d corpus.CorefDoc) []namedMention {
	info := entityInfos(d)
	var words []corpus.Word
	var heads []int // document-level head of each word, -1 for a root
	for _, s := range d.Sentences {
		base := len(words)
		for _, w := range s.Words {
			words = append(words, w)
			h := -1
			if w.Head > 0 {
				h = base + w.Head - 1
			}
			heads = append(heads, h)
		}
	}
	seen := map[WordRange]bool{}
	var out []namedMention
	for _, m := range d.Mentions {
		e := info[m.Entity]
		w := WordRange{m.First, m.End}
		if !CorefTypes[e.typ] || e.identity == "" || seen[w] {
			continue
		}
		head := -1
		for i := m.First; i < m.End && head < 0; i++ {
			if heads[i] < m.First || heads[i] >= m.End {
				head = i
			}
		}
		if head < 0 || words[head].UPOS != "PROPN" {
			continue
		}
		seen[w] = true
		out = append(out, namedMention{w, head, e.identity})
	}
	return out
}
