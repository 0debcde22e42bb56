package event

import (
	"slices"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/actors"
)

// Phrase is a noun phrase an ActorCoder codes.
type Phrase struct {
	Head   int   // its head token
	Tokens []int // the head's subtree without its conjuncts, sorted
	// Main is Tokens without prepositional phrases and clauses: "the
	// president" of "the president of Gondor".
	Main []int
	// Clauses is Tokens with the clauses on the head: "a report released
	// in the Gondorian capital".
	Clauses []int
	Span    newsgraph.Span
}

// ActorCoder codes a noun phrase of an article on a day (zero when the
// article's date is unknown): its CAMEO actor codes ("RUSGOV"), nil when
// it knows none. DictCoder reads the dictionaries' words; EntityCoder the
// entity the phrase names, linked to the knowledge base; Chain tries
// several in turn.
type ActorCoder interface {
	CodePhrase(d *newsgraph.Doc, p Phrase, day time.Time) []string
}

// Chain tries each coder in turn and returns the first codes found.
type Chain []ActorCoder

// CodePhrase implements ActorCoder.
func (c Chain) CodePhrase(d *newsgraph.Doc, p Phrase, day time.Time) []string {
	for _, x := range c {
		if codes := x.CodePhrase(d, p, day); len(codes) > 0 {
			return codes
		}
	}
	return nil
}

// maxWindow is the most words an actor or agent phrase is looked up with.
const maxWindow = 7

// DictCoder codes a phrase as PETRARCH does from its words: scanning left
// to right, the longest run of words that names an actor, else an agent
// (a role: "police", "foreign minister"); actors' codes are combined with
// the agents' ("Russian police": RUS and ~COP give RUSCOP). When the
// phrase without its prepositional phrases gives no actor and agent both,
// the whole phrase is coded ("the president of Gondor").
type DictCoder struct {
	KB *actors.KB
}

// CodePhrase implements ActorCoder.
func (c DictCoder) CodePhrase(d *newsgraph.Doc, p Phrase, day time.Time) []string {
	if c.KB == nil {
		return nil
	}
	acts, agents := c.scan(d, p.Main, day)
	if (len(acts) == 0 || len(agents) == 0) && len(p.Main) != len(p.Tokens) {
		acts, agents = c.scan(d, p.Tokens, day)
	}
	if len(acts) == 0 && len(agents) == 0 && len(p.Clauses) > len(p.Tokens) {
		// PETRARCH reads a noun phrase with its clauses; they are read
		// last, so that "the group that seized Arnor" is no Arnor
		// when the group is known.
		acts, agents = c.scan(d, p.Clauses, day)
	}
	return mix(acts, agents)
}

func (c DictCoder) scan(d *newsgraph.Doc, toks []int, day time.Time) (acts []string, agents []actors.Agent) {
	words := phraseWords(d, toks)
	for i := 0; i < len(words); {
		if !c.KB.MayBegin(words[i]) {
			i++
			continue
		}
		w := joinWindow(words[i:])
		n, code := c.actorAt(&w, day)
		if n > 0 {
			if code != "" {
				acts = append(acts, code)
			}
			i += n
			continue
		}
		if n, ag := c.agentAt(&w); n > 0 {
			agents = append(agents, ag)
			i += n
			continue
		}
		i++
	}
	return acts, agents
}

// phraseWords are the words of a phrase's tokens, a hyphenated word that
// the tokenizer split ("government", "-", "held") whole again: PETRARCH's
// tokens keep "government-held" one word, which names no government.
func phraseWords(d *newsgraph.Doc, toks []int) []string {
	words := make([]string, 0, len(toks))
	for i, t := range toks {
		w := d.TokenText(t)
		if i > 0 {
			if gap, ok := hyphenGap(d, toks[i-1], t); ok {
				words[len(words)-1] += gap + w
				continue
			}
		}
		words = append(words, w)
	}
	return words
}

// hyphenGap reports whether tokens a and b are parts of one hyphenated
// word, and the text between them: none when one of them carries the
// hyphen, "-" when the hyphen is a token of its own that the phrase left
// out.
func hyphenGap(d *newsgraph.Doc, a, b int) (string, bool) {
	ta, tb := d.Tokens[a], d.Tokens[b]
	if ta.End > tb.Start || tb.Start > len(d.Text) {
		return "", false
	}
	switch gap := d.Text[ta.End:tb.Start]; gap {
	case "-":
		return gap, true
	case "":
		return "", strings.HasSuffix(d.TokenText(a), "-") || strings.HasPrefix(d.TokenText(b), "-")
	}
	return "", false
}

// window is up to maxWindow words joined by spaces, with where the first
// n of them end: the names actorAt and agentAt look up, longest first,
// are slices of one string instead of a strings.Join each.
type window struct {
	text string
	ends [maxWindow + 1]int // ends[n] is the length of the first n words
	size int                // how many words it holds

	// keys[n] is the first n words normalised (actors.Normalize), made
	// at once in one string: actorAt looks up each first n words and
	// agentAt the same again, and normalising each anew was an allocation
	// per look-up.
	keys [maxWindow + 1]string
}

func joinWindow(words []string) window {
	w := window{size: min(len(words), maxWindow)}
	if w.size == 1 {
		w.text, w.ends[1] = words[0], len(words[0])
	} else {
		var b strings.Builder
		for n, word := range words[:w.size] {
			if n > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(word)
			w.ends[n+1] = b.Len()
		}
		w.text = b.String()
	}
	actors.NormalizePrefixes(w.text, w.ends[:w.size+1], w.keys[:w.size+1])
	return w
}

// first is the first n words, joined by spaces.
func (w *window) first(n int) string { return w.text[:w.ends[n]] }

// key is the first n words as the knowledge base's keys are written.
func (w *window) key(n int) string { return w.keys[n] }

// actorAt finds the longest actor name at the start of the window; code
// is "" for an actor the dictionary gives no code on that day.
func (c DictCoder) actorAt(w *window, day time.Time) (int, string) {
	for n := w.size; n > 0; n-- {
		found, m := c.KB.LookupKey(w.key(n))
		if m != actors.Exact || len(found) == 0 {
			continue
		}
		return n, roleOfAny(found, day)
	}
	return 0, ""
}

// roleOfAny codes a name several actors share ("President Bush", father
// and son) by the one holding a dated role on the day, else by the first.
func roleOfAny(found []*actors.Actor, day time.Time) string {
	if !day.IsZero() {
		for _, a := range found {
			for _, r := range a.Roles {
				if r.Dated() && r.Covers(day) {
					return r.Code
				}
			}
		}
	}
	return roleCode(found[0].Roles, day)
}

func (c DictCoder) agentAt(w *window) (int, actors.Agent) {
	for n := w.size; n > 0; n-- {
		if a, ok := c.KB.AgentKey(w.key(n)); ok {
			return n, a
		}
	}
	return 0, actors.Agent{}
}

// roleCode picks one code from an actor's roles on day: its first dated
// role that covers the day, else its first undated one; with no day, the
// first undated, else the latest dated role.
func roleCode(roles []actors.Role, day time.Time) string {
	if !day.IsZero() {
		for _, r := range roles {
			if r.Dated() && r.Covers(day) {
				return r.Code
			}
		}
	}
	for _, r := range roles {
		if !r.Dated() {
			return r.Code
		}
	}
	if !day.IsZero() {
		return ""
	}
	latest := -1
	for i, r := range roles {
		if latest < 0 || after(r, roles[latest]) {
			latest = i
		}
	}
	if latest < 0 {
		return ""
	}
	return roles[latest].Code
}

// after reports whether role a ends later than b (an open end is latest).
func after(a, b actors.Role) bool {
	switch {
	case a.To.IsZero() != b.To.IsZero():
		return a.To.IsZero()
	case !a.To.Equal(b.To):
		return a.To.After(b.To)
	}
	return a.From.After(b.From)
}

// noActor is the code PETRARCH gives a phrase with agents and no actor.
const noActor = "---"

// mix combines actor and agent codes: each agent's code is added to each
// actor's (after it, or before it for a prefix agent such as IGO~),
// unless the actor's code holds it already; the general ~PPL is dropped
// when a phrase has another agent. Agents alone are "---" and their code.
func mix(acts []string, agents []actors.Agent) []string {
	if len(acts) == 0 {
		if len(agents) == 0 {
			return nil
		}
		acts = []string{noActor}
	}
	var out []string
	for _, a := range acts {
		for _, ag := range agents {
			if ag.Code == "PPL" && len(agents) > 1 || strings.Contains(a, ag.Code) {
				continue
			}
			if ag.Prefix {
				a = ag.Code + a
			} else {
				a += ag.Code
			}
		}
		if a != noActor && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

// EntityCoder codes a phrase by the entity it names: the entity of a
// mention over the phrase's head, linked to a knowledge-base actor
// (Entity.ActorID), whose role on the day gives the code. It is how the
// shipped pipeline codes actors the coreference and linking stages found.
type EntityCoder struct {
	KB *actors.KB
}

// CodePhrase implements ActorCoder. An entity the linker left unlinked
// is coded by its canonical name when the dictionaries know that name
// exactly: "Kim" is coded as the "Kim Jong Un" the article named first.
func (c EntityCoder) CodePhrase(d *newsgraph.Doc, p Phrase, day time.Time) []string {
	e := entityOf(d, p)
	if c.KB == nil || e < 0 {
		return nil
	}
	var roles []actors.Role
	if id := d.Entities[e].ActorID; id != "" {
		a, ok := c.KB.Actor(id)
		if !ok {
			return nil
		}
		roles = a.Roles
	} else if found, m := c.KB.Lookup(d.Entities[e].Name); m == actors.Exact && len(found) > 0 {
		if code := roleOfAny(found, day); code != "" {
			return []string{code}
		}
	}
	if code := roleCode(roles, day); code != "" {
		return []string{code}
	}
	return nil
}

// entityOf returns the entity of the mention that holds the phrase's
// head, else of the first mention overlapping the phrase, else NoEntity.
func entityOf(d *newsgraph.Doc, p Phrase) int {
	if p.Head < 0 || p.Head >= len(d.Tokens) {
		return newsgraph.NoEntity
	}
	head := d.Tokens[p.Head].Span
	best := newsgraph.NoEntity
	for _, m := range d.Mentions {
		if m.Entity < 0 || m.Entity >= len(d.Entities) || m.End <= p.Span.Start || m.Start >= p.Span.End {
			continue
		}
		if m.Contains(head) {
			return m.Entity
		}
		if best == newsgraph.NoEntity {
			best = m.Entity
		}
	}
	return best
}
