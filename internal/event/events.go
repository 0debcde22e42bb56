package event

import (
	"strings"

	"github.com/newsgraph/newsgraph"
)

// events turns a coded verb into events, or says why it gives none.
func (c *Coder) events(t *tree, k, v int, cd coding) ([]newsgraph.Event, string) {
	code := cd.code
	if code.Null() {
		return nil, "null code"
	}
	if !code.CAMEO && !c.KeepNonCAMEO {
		return nil, "non-CAMEO code"
	}
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
	actor := c.participants(t, source)
	recipient := c.pickRecipient(t, targets)
	verb := newsgraph.Span{Start: t.tok(cd.first).Start, End: t.tok(cd.last).End}
	var out []newsgraph.Event
	reason := ""
	for _, dir := range []struct {
		code     string
		from, to []newsgraph.Participant
	}{{code.Forward, actor, recipient}, {code.Reverse, recipient, actor}} {
		if dir.code == "" {
			continue
		}
		if why := c.dyad(dir.code, dir.from, dir.to); why != "" {
			reason = why
			continue
		}
		out = append(out, newEvent(dir.code, dir.from, dir.to, verb, k))
	}
	return out, reason
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

// participants codes the noun phrase at h and those conjoined to it.
func (c *Coder) participants(t *tree, h int) []newsgraph.Participant {
	if h < 0 {
		return nil
	}
	var out []newsgraph.Participant
	for _, x := range conjuncts(t, nounHead(t, h)) {
		p := phraseOf(t, x)
		var codes []string
		if c.Actors != nil {
			codes = c.Actors.CodePhrase(t.d, p, day(t.d))
		}
		e := entityOf(t.d, p)
		id := ""
		if e >= 0 {
			id = t.d.Entities[e].ActorID
		}
		out = append(out, newsgraph.Participant{Entity: e, ActorID: id, Codes: codes, Mention: p.Span})
	}
	return out
}

func newEvent(code string, from, to []newsgraph.Participant, verb newsgraph.Span, k int) newsgraph.Event {
	return newsgraph.Event{CAMEO: code, Actor: from, Recipient: to, Verb: verb, Sentence: k,
		Timex: newsgraph.NoTimex, ReportedBy: newsgraph.NoAttribution, Modality: newsgraph.Asserted}
}

func equalFold(a, b string) bool { return strings.EqualFold(a, b) }
