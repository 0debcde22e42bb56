package event

import (
	"fmt"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// Trace tells how one verb of a sentence was read, for a person finding
// out why the coder coded what it did (eval's mismatch listing): which
// block and pattern fitted, what it was folded into, who its actor and
// recipient were.
type Trace struct {
	Sentence int
	Verb     int    // its token
	Block    string // the verb block's name
	// Pattern is the dictionary line of the pattern that fitted, 0 when
	// the verb's own code applied.
	Pattern   int
	Code      string // the code after folding complements
	Consumed  bool   // folded into its governing verb, or unrealised
	Negated   bool
	Actor     []string // each participant's codes, "---" when uncoded
	Recipient []string
}

// String is the trace on one line: "attend[VISIT:412] 042 USA -> CHN".
func (tr Trace) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "#%d %s:%d %s %v -> %v", tr.Verb, tr.Block, tr.Pattern, tr.Code, tr.Actor, tr.Recipient)
	if tr.Negated {
		b.WriteString(" negated")
	}
	if tr.Consumed {
		b.WriteString(" folded")
	}
	return b.String()
}

// trace reports a reading to c.Trace when one is set.
func (c *Coder) trace(k int, r *reading) {
	if c.Trace == nil {
		return
	}
	c.Trace(Trace{Sentence: k, Verb: r.verb, Block: r.block, Pattern: r.pattern, Code: r.code.String(),
		Consumed: r.consumed, Negated: r.negated, Actor: ParticipantCodes(r.actor), Recipient: ParticipantCodes(r.target)})
}

// ParticipantCodes lists the codes of participants as the validation
// files write them: each coded participant's codes, "---" for one the
// dictionaries do not code and for none at all.
func ParticipantCodes(ps []newsgraph.Participant) []string {
	var out []string
	for _, p := range ps {
		if len(p.Codes) == 0 {
			out = append(out, noActor)
		}
		out = append(out, p.Codes...)
	}
	if len(out) == 0 {
		out = []string{noActor}
	}
	return out
}
