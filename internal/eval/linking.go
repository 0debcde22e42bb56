package eval

import (
	"context"
	"fmt"

	"github.com/newsgraph/newsgraph"
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
//
// With a linker, the predicted entities of all documents are then grouped
// into actors by it, as a store's articles are (newsgraph.Linker), each
// document an article: what is scored is the corpus linking newsgraph
// does, not only the per-article link to the knowledge base.
func EvalLinking(ctx context.Context, docs []corpus.CorefDoc, predict Predictor, linker newsgraph.Linker) (LinkResult, error) {
	var res LinkResult
	golds := make([]GoldDoc, len(docs))
	preds := make([][]PredictedEntity, len(docs))
	for di, d := range docs {
		golds[di] = NewGoldDoc(d)
		pred, err := predict(ctx, golds[di].Doc)
		if err != nil {
			return res, fmt.Errorf("document %s: %w", d.ID, err)
		}
		preds[di] = pred
	}
	if linker != nil {
		if err := linkCorpus(ctx, linker, preds); err != nil {
			return res, err
		}
	}
	byIdentity := map[string]int{}
	byActor := map[string]int{}
	var key, response [][]docMention
	for di, d := range docs {
		found := linkedRanges(golds[di], preds[di])
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

// linkCorpus sets the Actor of every predicted entity to the key of the
// actor linker groups it into.
func linkCorpus(ctx context.Context, linker newsgraph.Linker, preds [][]PredictedEntity) error {
	var items []newsgraph.LinkItem
	var at [][2]int
	for di, pred := range preds {
		for ei, e := range pred {
			if e.Name == "" {
				continue
			}
			items = append(items, newsgraph.LinkItem{Article: int64(di + 1), Entity: int64(len(items) + 1),
				Type: e.Type, Name: e.Name, KBID: e.KBID, Mentions: len(e.Mentions)})
			at = append(at, [2]int{di, ei})
		}
	}
	l, err := linker.Link(ctx, items, nil)
	if err != nil {
		return fmt.Errorf("corpus linking: %w", err)
	}
	for i, p := range at {
		preds[p[0]][p[1]].Actor = l.Actors[l.Actor[i]].Key
	}
	return nil
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
