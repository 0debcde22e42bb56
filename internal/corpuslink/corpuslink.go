// Package corpuslink groups the entities of every stored article into
// actors: the one Donald Trump behind "Donald Trump", "Donald J. Trump",
// "President Trump" and, in an article that never gives his first name,
// "Trump".
//
// Each article's analysis has already gathered its own mentions into
// entities (internal/coref) and linked some to the knowledge base
// (internal/link). What is left is across articles, and each signal is
// used only as far as it is trusted, because a wrong merge puts one
// person's words in another's mouth in every view built on actors, while a
// missed merge only leaves two entries for one actor:
//
//  1. The knowledge-base actor, when the analysis linked one (or, on
//     re-linking, when the knowledge base names exactly one actor for the
//     entity's fullest name): the dictionaries list each alias for one
//     actor on purpose.
//  2. The full name without titles and middle initials, for every entity
//     of more than one word, and for organisations and places: two
//     articles writing "John Kasich" mean one John Kasich far more often
//     than not, and there is nothing better to go on.
//  3. A one-word name of a person ("Trump", "Kim") is a short form. It
//     joins a person whose full name begins or ends with it only when the
//     article's other actors are ones that person keeps company with —
//     weighed by how rare each shared companion is, since everyone
//     co-occurs with the United States — and clearly more than any other
//     candidate's; or, with a single candidate, when that person is
//     well known to the corpus (news calls the famous by surname alone).
//     Otherwise it stays an actor of its own.
//  4. Users' corrections, replayed in the order they were made, override
//     all of the above.
package corpuslink

import (
	"cmp"
	"context"
	"math"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/actors"
	"github.com/newsgraph/newsgraph/internal/gazetteer"
)

// Linker implements newsgraph.Linker.
type Linker struct {
	// KB names the knowledge-base actor of an entity, given its type,
	// fullest name and the actor its article's analysis linked it to, or
	// "" (link.Stage.Relinked); nil keeps the links made at analysis.
	KB func(entityType, name, analysed string) string
	// KBName is a knowledge-base actor's own name, or "": an actor
	// linked there is named by the alias the articles write it as
	// ("United States" for UNITED STATES OF AMERICA), when there is one.
	KBName func(id string) string
}

// Thresholds of rule 3.
const (
	// minSupport is the least context that lets a short form join a
	// person: the idf-weighted count of the article's other actors that
	// the person also appears with. ln 4 ≈ 1.4 is one companion that
	// appears in at most a quarter of the articles.
	minSupport = 1.4
	// margin is how many times the best candidate's support must exceed
	// the runner-up's.
	margin = 2.0
	// wellKnown is how many articles a person's full name must appear in
	// for a one-word name with no other candidate, and no context, to
	// join them.
	wellKnown = 5
)

// Link implements newsgraph.Linker.
func (l Linker) Link(ctx context.Context, items []newsgraph.LinkItem, corrections []newsgraph.Correction) (newsgraph.Linking, error) {
	keys := make([]string, len(items))
	var short []int
	kb := l.kbCache()
	for i, it := range items {
		if i%4096 == 0 && ctx.Err() != nil {
			return newsgraph.Linking{}, ctx.Err()
		}
		keys[i] = anchorKey(it, kb)
		if keys[i] == "" {
			short = append(short, i)
		}
	}
	joinMiddleNames(keys)
	c := newContext(items, keys)
	for _, i := range short {
		keys[i] = c.shortForm(items[i])
	}
	unifyTypes(items, keys)
	mistypedSurnames(items, keys)
	replay(items, keys, corrections)
	return group(items, keys, l.KBName), nil
}

// kbCache looks each distinct entity up once.
func (l Linker) kbCache() func(newsgraph.LinkItem) string {
	if l.KB == nil {
		return func(it newsgraph.LinkItem) string { return it.KBID }
	}
	seen := map[[3]string]string{}
	return func(it newsgraph.LinkItem) string {
		k := [3]string{it.Type, it.Name, it.KBID}
		id, ok := seen[k]
		if !ok {
			id = l.KB(it.Type, it.Name, it.KBID)
			seen[k] = id
		}
		return id
	}
}

// anchorKey is an item's key by rules 1 and 2, or "" for a short form.
func anchorKey(it newsgraph.LinkItem, kb func(newsgraph.LinkItem) string) string {
	if id := kb(it); id != "" {
		return "kb:" + id
	}
	bare := fullName(it.Type, it.Name)
	if bare == "" {
		return ""
	}
	return "name:" + it.Type + ":" + bare
}

// fullName is the form full names are compared in: titles, and a person's
// middle initials, dropped ("President Donald J. Trump" → "donald trump").
// It is "" for a person's one-word name, a short form.
func fullName(typ, name string) string {
	bare := dropLeading(actors.BareName(name))
	if typ != "PER" {
		if bare == "" {
			bare = newsgraph.FoldName(name) // a name of symbols alone
		}
		return bare
	}
	w := strings.Fields(bare)
	if len(w) > 2 {
		kept := []string{w[0]}
		for _, x := range w[1 : len(w)-1] {
			if len([]rune(x)) > 1 {
				kept = append(kept, x)
			}
		}
		w = append(kept, w[len(w)-1])
	}
	if len(w) < 2 {
		return ""
	}
	return strings.Join(w, " ")
}

// leading are words a name picked up from the sentence it began ("And
// Trump", "As Donald Trump"), which no name starts with.
var leading = map[string]bool{"and": true, "but": true, "or": true, "so": true, "as": true, "if": true, "when": true,
	"while": true, "because": true, "then": true, "yes": true, "no": true, "oh": true, "why": true, "how": true}

func dropLeading(bare string) string {
	for {
		first, rest, ok := strings.Cut(bare, " ")
		if !ok || !leading[first] {
			return bare
		}
		bare = rest
	}
}

// joinMiddleNames gives a person's full name with middle names ("Donald
// John Trump") the key of the same name without them ("Donald Trump"),
// when the corpus has that shorter name and no other full name shortens to
// it: two people who share a first and a last name differ in their middle
// names ("George Herbert Walker Bush", "George Walker Bush"), so then
// neither joins.
func joinMiddleNames(keys []string) {
	const prefix = "name:PER:"
	short := map[string]bool{}
	longs := map[string][]string{} // two-word key → the longer keys that shorten to it
	for _, k := range keys {
		name, ok := strings.CutPrefix(k, prefix)
		if !ok {
			continue
		}
		w := strings.Fields(name)
		switch {
		case len(w) == 2:
			short[k] = true
		case len(w) > 2:
			s := prefix + w[0] + " " + w[len(w)-1]
			if !slices.Contains(longs[s], k) {
				longs[s] = append(longs[s], k)
			}
		}
	}
	to := map[string]string{}
	for s, ls := range longs {
		if short[s] && len(ls) == 1 {
			to[ls[0]] = s
		}
	}
	for i, k := range keys {
		if s, ok := to[k]; ok {
			keys[i] = s
		}
	}
}

// unifyTypes: within one article, entities of the same name that the
// tagger typed differently ("Byron" a person here, an organisation there)
// are one thing, keyed as the knowledge base links one of them, else as
// the most mentioned. Across articles, types keep names apart.
func unifyTypes(items []newsgraph.LinkItem, keys []string) {
	type name struct {
		article int64
		name    string
	}
	groups := map[name][]int{}
	for i, it := range items {
		n := name{it.Article, typeless(keys[i])}
		groups[n] = append(groups[n], i)
	}
	for _, g := range groups {
		if len(g) < 2 {
			continue
		}
		best := g[0]
		for _, i := range g[1:] {
			kb, bestKB := strings.HasPrefix(keys[i], "kb:"), strings.HasPrefix(keys[best], "kb:")
			if kb && !bestKB || kb == bestKB && items[i].Mentions > items[best].Mentions {
				best = i
			}
		}
		for _, i := range g {
			keys[i] = keys[best]
		}
	}
}

// mistypedSurnames: within one article, a one-word name the tagger typed
// as a place or organisation ("Trump" as LOC, in "… at Trump") that is the
// surname of the one person of the article with that surname is that
// person. Place names are left alone (a "Washington" beside George
// Washington is most likely the city), as is a surname two people of the
// article share.
func mistypedSurnames(items []newsgraph.LinkItem, keys []string) {
	type surname struct {
		article int64
		word    string
	}
	people := map[surname][]string{}
	for i, it := range items {
		if it.Type != "PER" {
			continue
		}
		if w := strings.Fields(fullName(it.Type, it.Name)); len(w) > 1 {
			s := surname{it.Article, w[len(w)-1]}
			if !slices.Contains(people[s], keys[i]) {
				people[s] = append(people[s], keys[i])
			}
		}
	}
	for i, it := range items {
		if it.Type == "PER" || !strings.HasPrefix(keys[i], "name:") {
			continue
		}
		w := dropLeading(actors.BareName(it.Name))
		if ps := people[surname{it.Article, w}]; len(ps) == 1 && !strings.Contains(w, " ") && !isPlace(w) {
			keys[i] = ps[0]
		}
	}
}

// isPlace: the gazetteer knows the word as a country, city, region or
// nationality.
func isPlace(word string) bool {
	for _, m := range gazetteer.Default().Lookup([]string{word}) {
		for _, l := range []gazetteer.List{gazetteer.Country, gazetteer.City, gazetteer.Region, gazetteer.Demonym} {
			if gazetteer.Has(m, l) {
				return true
			}
		}
	}
	return false
}

// typeless is a name key without its type: "name:ORG:byron" → "byron".
// A knowledge-base key is its own.
func typeless(key string) string {
	if rest, ok := strings.CutPrefix(key, "name:"); ok {
		if _, n, ok := strings.Cut(rest, ":"); ok {
			return n
		}
	}
	return key
}

// replay applies users' corrections to the keys, in order. A correction
// names actors by the keys the store has for them; an actor no re-linking
// has seen yet has the key the first of its entities gave it
// (newsgraph.ActorKey), which resolve translates to the key linking gives
// those entities now.
func replay(items []newsgraph.LinkItem, keys []string, corrections []newsgraph.Correction) {
	if len(corrections) == 0 {
		return
	}
	r := newResolver(items, keys)
	for _, c := range corrections {
		actor, other := r.resolve(c.Actor), r.resolve(c.Other)
		name := newsgraph.FoldName(c.Name)
		if actor == "" || c.Kind == newsgraph.CorrectMerge && other == "" || c.Kind != newsgraph.CorrectMerge && name == "" {
			continue // not a correction the store would have taken
		}
		for i, it := range items {
			switch c.Kind {
			case newsgraph.CorrectMerge:
				if keys[i] == other {
					r.move(i, actor)
				}
			case newsgraph.CorrectSplit:
				if keys[i] == actor && newsgraph.FoldName(it.Name) == name {
					r.move(i, SplitKey(c.Actor, c.Name))
				}
			case newsgraph.CorrectAlias:
				if newsgraph.FoldName(it.Name) == name {
					r.move(i, actor)
				}
			}
		}
	}
}

// resolver tracks which keys are in use as corrections move items.
type resolver struct {
	keys  []string
	count map[string]int   // key → items holding it
	local map[string][]int // key before linking → its items
}

func newResolver(items []newsgraph.LinkItem, keys []string) *resolver {
	r := &resolver{keys: keys, count: map[string]int{}, local: map[string][]int{}}
	for i, it := range items {
		r.count[keys[i]]++
		k := newsgraph.ActorKey(it.KBID, it.Type, it.Name)
		r.local[k] = append(r.local[k], i)
	}
	return r
}

// resolve is the key in use for a stored actor key: itself if some item
// holds it, else the key most of the items it was made from hold now.
func (r *resolver) resolve(key string) string {
	if key == "" || r.count[key] > 0 {
		return key
	}
	votes := map[string]int{}
	best := key
	for _, i := range r.local[key] {
		k := r.keys[i]
		votes[k]++
		if votes[k] > votes[best] || votes[k] == votes[best] && k < best {
			best = k
		}
	}
	return best
}

func (r *resolver) move(i int, key string) {
	r.count[r.keys[i]]--
	r.keys[i] = key
	r.count[key]++
}

// SplitKey is the key of the actor a split makes of the items of actor
// named name.
func SplitKey(actor, name string) string { return "split:" + actor + ">" + newsgraph.FoldName(name) }

// group makes one actor of each key, with every name its items have as
// aliases, most mentioned first, and named by bestName.
func group(items []newsgraph.LinkItem, keys []string, kbName func(string) string) newsgraph.Linking {
	index := map[string]int{}
	var out newsgraph.Linking
	out.Actor = make([]int, len(items))
	names := []map[string]int{}
	types := []map[string]int{}
	for i, it := range items {
		a, ok := index[keys[i]]
		if !ok {
			a = len(out.Actors)
			index[keys[i]] = a
			out.Actors = append(out.Actors, newsgraph.LinkedActor{Key: keys[i]})
			names = append(names, map[string]int{})
			types = append(types, map[string]int{})
		}
		out.Actor[i] = a
		if kb, ok := strings.CutPrefix(keys[i], "kb:"); ok {
			out.Actors[a].KBID = kb
		}
		names[a][it.Name] += max(it.Mentions, 1)
		types[a][it.Type] += max(it.Mentions, 1)
	}
	for a := range out.Actors {
		act := &out.Actors[a]
		act.Type = mostUsed(types[a]) // the tagger's type of most of its mentions
		act.Aliases = byUse(names[a])
		own := ""
		if act.KBID != "" && kbName != nil {
			own = actors.Normalize(kbName(act.KBID))
		}
		act.Name = bestName(act.Type, own, act.Aliases, names[a])
	}
	return out
}

// mostUsed is the key with the highest count, the first in order among
// equals.
func mostUsed(counts map[string]int) string {
	best := ""
	for k, n := range counts {
		if best == "" || n > counts[best] || n == counts[best] && k < best {
			best = k
		}
	}
	return best
}

// byUse lists names most mentioned first, one per folded form.
func byUse(counts map[string]int) []string {
	all := make([]string, 0, len(counts))
	for n := range counts {
		all = append(all, n)
	}
	slices.SortFunc(all, func(a, b string) int { return cmp.Or(cmp.Compare(counts[b], counts[a]), cmp.Compare(a, b)) })
	seen := map[string]bool{}
	out := all[:0]
	for _, n := range all {
		if f := newsgraph.FoldName(n); !seen[f] {
			seen[f] = true
			out = append(out, n)
		}
	}
	return out
}

// bestName is the alias the knowledge base names the actor by, if the
// articles use it; else the most mentioned name, except that a person is
// named by their most mentioned name of more than one word, the full name
// ("Donald Trump", not "Trump"); between names mentioned as often, the
// one of fewer words ("Donald Trump", not "Donald J. Trump").
func bestName(typ, own string, aliases []string, counts map[string]int) string {
	for _, n := range aliases {
		if own != "" && actors.Normalize(n) == own {
			return n
		}
	}
	best := ""
	words := func(n string) int { return len(strings.Fields(actors.BareName(n))) } // "The Trump" is one word of name
	for _, n := range aliases {
		if typ == "PER" && words(n) < 2 || picked(n) {
			continue
		}
		if best == "" || counts[n] > counts[best] || counts[n] == counts[best] && words(n) < words(best) {
			best = n
		}
	}
	for _, n := range aliases {
		// Else the most mentioned name that is all name ("Trump", not
		// "The Trump").
		if best == "" && len(strings.Fields(n)) == words(n) {
			best = n
		}
	}
	if best == "" && len(aliases) > 0 {
		best = aliases[0]
	}
	return best
}

// picked: the name carries a word it picked up from its sentence ("And
// Trump"), so names without one name the actor.
func picked(name string) bool {
	b := actors.BareName(name)
	return dropLeading(b) != b
}

// idf is how telling it is to share a companion seen in n of all
// articles.
func idf(n, all int) float64 { return math.Log(float64(all) / float64(max(n, 1))) }
