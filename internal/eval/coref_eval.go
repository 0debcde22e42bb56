package eval

import (
	"context"
	"fmt"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/corpus"
)

// CorefTypes are the gold entity types coreference and linking are scored
// on: the people, organisations and places newsgraph records. GUM's other
// types (abstract, event, time, object, …) are left out, on both sides, as
// described at EvalCoref.
var CorefTypes = map[string]bool{"person": true, "organization": true, "place": true}

// PredictedEntity is one entity a system found in a Doc: its mentions as
// byte spans into the Doc's text, and the corpus actor it is linked to (""
// when it is not linked).
type PredictedEntity struct {
	Mentions []newsgraph.Span
	Actor    string
	// Type, Name and KBID describe the entity to a corpus linker
	// (EvalLinking's), which then sets Actor.
	Type, Name, KBID string
}

// Predictor finds the entities of a Doc built from a gold document's words
// (text, paragraphs and metadata; no tokens, so the system segments the
// text itself). It may annotate the Doc as it likes.
type Predictor func(ctx context.Context, d *newsgraph.Doc) ([]PredictedEntity, error)

// CorefResult is what `eval coref` reports.
type CorefResult struct {
	CorefScores
	PronounAccuracy float64 `json:"pronoun_accuracy"`
	Documents       int     `json:"documents"`

	// Sizes, for people reading the scores; the JSON contract leaves them out.
	Pronouns          int `json:"-"` // gold pronouns the accuracy is over
	GoldEntities      int `json:"-"` // scored: in CorefTypes, two mentions or more
	GoldMentions      int `json:"-"`
	PredictedEntities int `json:"-"` // after the restriction EvalCoref describes
	PredictedMentions int `json:"-"`
}

// WordRange is a mention by its words [First, End) in a gold document.
type WordRange struct{ First, End int }

// GoldDoc is a gold document laid out as newsgraph text: the Doc a
// Predictor sees, and where each gold word falls in its text.
type GoldDoc struct {
	Doc   *newsgraph.Doc
	Words []newsgraph.Span // one per word of corpus.CorefDoc.Words, in order
}

// NewGoldDoc lays a gold document out as RebuildText does for segmentation
// (a paragraph per newpar, sentences joined by a space, words by SpaceAfter)
// and records each word's span. The words of a multi-word token that do not
// spell it out ("won't" = wo + n't spells it; other treebanks have
// "du" = de + le) all get the token's span.
func NewGoldDoc(d corpus.CorefDoc) GoldDoc {
	g := RebuildText(d.Sentences)
	blocks := make([]newsgraph.Block, len(g.Paragraphs))
	for i, p := range g.Paragraphs {
		blocks[i] = newsgraph.Block{Kind: newsgraph.KindBody, Text: p}
	}
	doc := newsgraph.NewDoc(newsgraph.Metadata{ID: d.ID, Source: d.ID}, blocks)
	// RebuildText gives a multi-word token that is not spelled out one span
	// for all its words; walk the words in its order to share that span out.
	var words []newsgraph.Span
	k := 0
	for _, s := range d.Sentences {
		for w := 0; w < len(s.Words); w++ {
			if m, ok := multiAt(s, w+1); ok && !spelledOut(s, m) {
				for range m.Last - m.First + 1 {
					words = append(words, g.Words[k])
				}
				k++
				w = m.Last - 1
				continue
			}
			words = append(words, g.Words[k])
			k++
		}
	}
	return GoldDoc{Doc: doc, Words: words}
}

func multiAt(s corpus.Sentence, first int) (corpus.MultiToken, bool) {
	for _, m := range s.MultiTokens {
		if m.First == first {
			return m, true
		}
	}
	return corpus.MultiToken{}, false
}

func spelledOut(s corpus.Sentence, m corpus.MultiToken) bool {
	joined := ""
	for _, w := range s.Words[m.First-1 : m.Last] {
		joined += w.Form
	}
	return joined == m.Form
}

// ranger maps predicted byte spans to gold word ranges.
type ranger struct {
	starts, ends map[int]int // byte offset -> first word starting / last word ending there
	unaligned    int
}

func newRanger(words []newsgraph.Span) *ranger {
	r := &ranger{starts: map[int]int{}, ends: map[int]int{}}
	for i, w := range words {
		if _, ok := r.starts[w.Start]; !ok {
			r.starts[w.Start] = i
		}
		r.ends[w.End] = i
	}
	return r
}

// wordRange returns the words a span covers exactly. A span that starts or
// ends inside a word (or between words) can equal no gold mention; it gets
// a range of negative numbers no gold mention has, unique to it, so it
// still counts as a predicted mention that matches nothing.
func (r *ranger) wordRange(s newsgraph.Span) (WordRange, bool) {
	first, ok1 := r.starts[s.Start]
	last, ok2 := r.ends[s.End]
	if ok1 && ok2 && first <= last {
		return WordRange{first, last + 1}, true
	}
	r.unaligned++
	return WordRange{-r.unaligned, -r.unaligned}, false
}

// entityInfo is what a gold entity's mentions say of it: the first type
// and the first identity they state (CorefUD may leave them off later
// mentions; GUM repeats them).
type entityInfo struct{ typ, identity string }

func entityInfos(d corpus.CorefDoc) map[string]entityInfo {
	info := map[string]entityInfo{}
	for _, m := range d.Mentions {
		e := info[m.Entity]
		if e.typ == "" {
			e.typ = m.Type
		}
		if e.identity == "" {
			e.identity = m.Identity
		}
		info[m.Entity] = e
	}
	return info
}

// goldEntities groups a document's gold mentions by entity, keeping the
// entities whose type is in CorefTypes, each mention once, and returns the
// ranges of the other entities' mentions apart.
func goldEntities(d corpus.CorefDoc) (kept [][]WordRange, other map[WordRange]bool) {
	info := entityInfos(d)
	byID := map[string]int{}
	seen := map[WordRange]bool{}
	other = map[WordRange]bool{}
	for _, m := range d.Mentions {
		w := WordRange{m.First, m.End}
		if !CorefTypes[info[m.Entity].typ] {
			other[w] = true
			continue
		}
		if seen[w] {
			continue
		}
		seen[w] = true
		i, ok := byID[m.Entity]
		if !ok {
			i = len(kept)
			byID[m.Entity] = i
			kept = append(kept, nil)
		}
		kept[i] = append(kept[i], w)
	}
	for w := range seen {
		delete(other, w) // a range that is also a scored mention is scored
	}
	return kept, other
}

// responseClusters maps predicted entities to word ranges, each mention
// once (the first entity to claim a range keeps it, as a partition needs).
func responseClusters(g GoldDoc, pred []PredictedEntity) [][]WordRange {
	r := newRanger(g.Words)
	seen := map[WordRange]bool{}
	var out [][]WordRange
	for _, e := range pred {
		var c []WordRange
		for _, s := range e.Mentions {
			w, _ := r.wordRange(s)
			if !seen[w] {
				seen[w] = true
				c = append(c, w)
			}
		}
		out = append(out, c)
	}
	return out
}

// withoutSingletons keeps the clusters of two mentions or more.
func withoutSingletons(part [][]WordRange) [][]WordRange {
	var out [][]WordRange
	for _, c := range part {
		if len(c) > 1 {
			out = append(out, c)
		}
	}
	return out
}

// EvalCoref runs predict on each gold document and scores the clusters it
// returns against the gold entities of CorefTypes.
//
// Mentions match by exact word range, as in CoNLL-2012. Singletons are left
// out on both sides, gold entities of one mention and predicted clusters of
// one, as in CoNLL-2012 (whose gold has none) and the primary score of the
// CorefUD shared tasks (CRAC 2022-23), though GUM annotates them: a system
// is not rewarded for listing every noun phrase as an entity of its own.
//
// The restriction to three types applies to the response this way: a
// predicted mention whose range is a gold mention of another type (an
// abstract "it", an event) is dropped, neither credited nor penalised,
// since the gold says what it is and this evaluation does not score it;
// every other predicted mention stays, so one that matches no gold mention
// at all counts against precision as in CoNLL-2012. Dropping comes before
// removing singletons, so a cluster left with one mention goes too.
// Restricting instead to predicted mentions that touch a gold mention of
// the three types would hide spurious mentions (most noun phrases contain
// or sit inside a person or place), and keeping all of them would charge a
// system for correct coreference of entities out of scope.
func EvalCoref(ctx context.Context, docs []corpus.CorefDoc, predict Predictor) (CorefResult, error) {
	res := CorefResult{Documents: len(docs)}
	var counts CorefCounts
	var pronouns pronounTally
	for _, d := range docs {
		g := NewGoldDoc(d)
		pred, err := predict(ctx, g.Doc)
		if err != nil {
			return res, fmt.Errorf("document %s: %w", d.ID, err)
		}
		key, other := goldEntities(d)
		all := responseClusters(g, pred)
		pronouns.add(d, key, all)
		var response [][]WordRange
		for _, c := range all {
			var in []WordRange
			for _, m := range c {
				if !other[m] {
					in = append(in, m)
				}
			}
			response = append(response, in)
		}
		key, response = withoutSingletons(key), withoutSingletons(response)
		counts.Add(ScoreClusters(key, response))
		res.GoldEntities += len(key)
		res.PredictedEntities += len(response)
		for _, c := range key {
			res.GoldMentions += len(c)
		}
		for _, c := range response {
			res.PredictedMentions += len(c)
		}
	}
	res.CorefScores = counts.Scores()
	res.Pronouns = pronouns.total
	if pronouns.total > 0 {
		res.PronounAccuracy = float64(pronouns.correct) / float64(pronouns.total)
	}
	return res, nil
}

// pronounTally counts gold pronouns that refer back and those resolved.
type pronounTally struct{ total, correct int }

// add scores the pronouns of one document: each gold mention that is one
// personal pronoun (PRP or PRP$: he, his, it, they, …) of a scored entity
// with a mention starting before it is resolved when the predicted cluster
// holding exactly that pronoun also holds another mention of its gold
// entity. The response is taken whole, before any restriction.
func (t *pronounTally) add(d corpus.CorefDoc, key [][]WordRange, response [][]WordRange) {
	words := d.Words()
	at := clusterOf(response)
	for _, entity := range key {
		members := map[WordRange]bool{}
		for _, m := range entity {
			members[m] = true
		}
		for _, p := range entity {
			if p.End-p.First != 1 || (words[p.First].XPOS != "PRP" && words[p.First].XPOS != "PRP$") {
				continue
			}
			earlier := false
			for _, m := range entity {
				earlier = earlier || m.First < p.First
			}
			if !earlier {
				continue
			}
			t.total++
			j, ok := at[p]
			if !ok {
				continue
			}
			for _, m := range response[j] {
				if m != p && members[m] {
					t.correct++
					break
				}
			}
		}
	}
}
