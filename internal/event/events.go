package event

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/event/dict"
)

// reading is a coded verb with its participants, before events are made
// of it: a complement's reading may be folded into its governing verb's
// (combine.go).
type reading struct {
	verb    int            // its token
	block   string         // the verb block's name
	pattern int            // the fitted pattern's line, 0 for none
	span    newsgraph.Span // the verb's words, and a folded complement's
	code    dict.Code      // the best pattern's code
	own     string         // the verb's own code, which transformations match
	negated bool           // "did not attack"
	// value is the code's ontology value once a combination or a
	// negation computed it (valued); code then holds its CAMEO code.
	value  int
	valued bool
	actor  []newsgraph.Participant
	target []newsgraph.Participant
	// pronounActor is set when the actor is a pronoun ("he", "it"),
	// which may stand for the governing verb's actor.
	pronounActor bool
	// agentless is set for a passive whose actor no phrase names (no "by"
	// phrase, or a participle's noun it was done to): that no one is
	// named is no sign that the governing verb's actor did it.
	agentless  bool
	consumed   bool     // folded into its governing verb's reading, or unrealised
	into       *reading // the reading it was folded into, when consumed
	unrealised bool     // a complement of what someone wants or plans, not folded
}

// read finds the participants of a coded verb.
func (c *Coder) read(t *tree, v int, cd coding) *reading {
	source, passive := subjectOf(t, v)
	if cd.m.source >= 0 {
		source = cd.m.source
	}
	var targets []int
	switch {
	case cd.m.target >= 0:
		targets = []int{cd.m.target}
	case passive >= 0:
		targets = []int{passive}
	default:
		targets = objectsOf(t, v, source, cd.m.used)
	}
	return &reading{verb: v, block: cd.ref.Block.Name, pattern: cd.pattern, code: cd.code, own: cd.ref.Code().Forward, negated: negated(t, v),
		span:  newsgraph.Span{Start: t.tok(cd.first).Start, End: t.tok(cd.last).End},
		actor: c.participants(t, source), target: c.pickRecipient(t, targets), pronounActor: pronoun(t, source),
		agentless: source < 0 && passive >= 0}
}

// pronoun reports whether token i is a personal or relative pronoun.
func pronoun(t *tree, i int) bool {
	if i < 0 {
		return false
	}
	tk := t.tok(i)
	return tk.UPOS == "PRON" || tk.Tag == "PRP" || tk.Tag == "WP" || tk.Tag == "WDT"
}

// emit turns a reading into events, or says why it gives none.
func (c *Coder) emit(k int, r *reading) ([]newsgraph.Event, string) {
	code, why := c.finalCode(r)
	if why != "" {
		return nil, why
	}
	if code.Reverse == "" || code.Reverse == code.Forward {
		if pairs := c.mutual(code.Forward, r.actor, r.target); pairs != nil {
			return eventsOf(code.Forward, pairs, r.span, k), ""
		}
	}
	target := r.target
	if !coded(target) && c.AllowsOneSided != nil && c.AllowsOneSided(code.Forward) {
		// "fired two missiles": what an actor does alone has no
		// recipient, and the uncoded object is none.
		target = nil
	}
	if self(r.actor, target) {
		return nil, "self"
	}
	var out []newsgraph.Event
	reason := ""
	for _, dir := range []struct {
		code     string
		from, to []newsgraph.Participant
	}{{code.Forward, r.actor, target}, {code.Reverse, target, r.actor}} {
		if dir.code == "" {
			continue
		}
		if why := c.dyad(dir.code, dir.from, dir.to); why != "" {
			reason = why
			continue
		}
		e := newEvent(dir.code, dir.from, dir.to, r.span, k)
		if r.negated {
			e.Modality = newsgraph.Negated
		}
		out = append(out, e)
	}
	return out, reason
}

// finalCode is the code a reading's events get, or why it gets none.
func (c *Coder) finalCode(r *reading) (dict.Code, string) {
	code := r.code
	switch {
	case code.Null():
		return code, "null code"
	case !code.CAMEO && !c.KeepNonCAMEO:
		return code, "non-CAMEO code"
	case r.negated && !r.valued:
		// Not doing an act is its rejection when the ontology has one
		// ("would not provide aid": 121); otherwise the act is kept, its
		// events marked Negated (emit).
		v, ok := c.Ontology.Value(code.Forward)
		if neg, found := c.Ontology.Code(dict.Negate(v)); ok && found {
			code = dict.Code{Forward: neg, CAMEO: true}
			r.negated = false
		}
	}
	if c.SkipStatements && Statement(code.Forward) && Statement(code.Reverse) {
		return code, "statement"
	}
	return code, ""
}

// Statement reports whether a code is only something said (CAMEO 010
// make a statement, 011 decline comment, 012 and 013 comments, 014
// consider a policy, 019 express accord), which attribution records with
// its speaker and content. The other 01 codes are acts: claiming or
// denying responsibility, a symbolic act, condolences. "" is a statement,
// so that a code without a reverse half is judged by its forward one.
func Statement(code string) bool {
	switch code {
	case "", "010", "011", "012", "013", "014", "019":
		return true
	}
	return false
}

// self reports whether an event's actor and recipient are one: phrases
// coded alike ("China's envoy met Chinese officials"), which PETRARCH
// never codes as an event, or, when a side is uncoded, one entity of the
// article ("Kim thanked Putin for inviting him", misread as Kim inviting
// Kim). Two sides coded differently are two ("Georgian protesters met
// the Georgian government", both of whose phrases hold Georgia).
func self(actor, target []newsgraph.Participant) bool {
	if coded(actor) && coded(target) {
		return slices.Equal(codeSet(actor), codeSet(target))
	}
	for _, a := range actor {
		for _, b := range target {
			if a.Entity >= 0 && a.Entity == b.Entity {
				return true
			}
		}
	}
	return false
}

// codeSet is the participants' codes, sorted, without repeats.
func codeSet(ps []newsgraph.Participant) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Codes...)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// dyad says why an event lacks what it needs, or "".
func (c *Coder) dyad(code string, from, to []newsgraph.Participant) string {
	switch {
	case len(from) == 0:
		return "no actor"
	case len(to) == 0 && (c.AllowsOneSided == nil || !c.AllowsOneSided(code) || !coded(from)):
		return "no recipient"
	case !coded(from):
		return "actor uncoded"
	case len(to) > 0 && !coded(to):
		return "recipient uncoded"
	}
	return ""
}

func coded(ps []newsgraph.Participant) bool {
	for _, p := range ps {
		if len(p.Codes) > 0 {
			return true
		}
	}
	return false
}

// pickRecipient takes the first candidate with a coded participant, else
// the first candidate.
func (c *Coder) pickRecipient(t *tree, cands []int) []newsgraph.Participant {
	var first []newsgraph.Participant
	for i, h := range cands {
		ps := c.participants(t, h)
		if coded(ps) {
			return ps
		}
		if i == 0 {
			first = ps
		}
	}
	return first
}

func newEvent(code string, from, to []newsgraph.Participant, verb newsgraph.Span, k int) newsgraph.Event {
	return newsgraph.Event{CAMEO: code, Actor: from, Recipient: to, Verb: verb, Sentence: k,
		Timex: newsgraph.NoTimex, ReportedBy: newsgraph.NoAttribution, Modality: newsgraph.Asserted}
}

func equalFold(a, b string) bool { return strings.EqualFold(a, b) }
