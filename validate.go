package newsgraph

import (
	"fmt"
	"slices"
	"unicode/utf8"
)

// Validate drops every annotation that does not fit the text: a span that
// ends before it starts, lies outside Text or cuts a UTF-8 sequence; a
// sentence whose token range is out of order; a head that names no token; a
// mention or referent of an entity that does not exist.
// Each kind of annotation dropped is recorded once as an "invalid-span"
// diagnostic. It reports whether d was valid as it stood.
//
// Stages are meant to draw only valid spans, and tests hold them to it;
// Validate is the last line of defence, run on every Doc that analysis
// builds or JSON decodes, so that one rule's bug costs one annotation and
// never the article (a reversed span once crashed the JSON writer and, with
// it, every ingest that reached that article).
func (d *Doc) Validate() bool {
	v := validator{d: d, valid: true}
	d.Paragraphs = keepValid(&v, "paragraph", d.Paragraphs, func(p Paragraph) bool { return v.ok(p.Span) })
	v.tokens()
	d.Sentences = keepValid(&v, "sentence", d.Sentences, v.sentence)
	d.Quotes = keepValid(&v, "quotation", d.Quotes, func(q Quote) bool { return v.ok(q.Span) })
	v.entities()
	renumber := v.attributions()
	d.Times = keepValid(&v, "time expression", d.Times, v.timex)
	v.renumberReports(renumber)
	d.Events = keepValid(&v, "event", d.Events, v.event)
	return v.valid
}

// entities drops mentions that do not fit the text or name no entity, then
// rebuilds each entity's list of mentions from the mentions themselves, so
// that the two always agree, and drops members that are no entity.
func (v *validator) entities() {
	d := v.d
	n := len(d.Entities)
	d.Mentions = keepValid(v, "mention", d.Mentions, func(m Mention) bool {
		return v.ok(m.Span) && m.Entity >= NoEntity && m.Entity < n
	})
	for i := range d.Entities {
		e := &d.Entities[i]
		e.Mentions = e.Mentions[:0]
		e.Members = keepValid(v, "group member", e.Members, func(k int) bool { return k >= 0 && k < n && k != i })
		e.Roles = keepValid(v, "role", e.Roles, v.ok)
	}
	for k, m := range d.Mentions {
		if m.Entity != NoEntity {
			d.Entities[m.Entity].Mentions = append(d.Entities[m.Entity].Mentions, k)
		}
	}
}

type validator struct {
	d     *Doc
	valid bool
}

// ok reports whether s is a well-formed span of the text.
func (v *validator) ok(s Span) bool {
	t := v.d.Text
	return 0 <= s.Start && s.Start <= s.End && s.End <= len(t) &&
		(s.Start == len(t) || utf8.RuneStart(t[s.Start])) && (s.End == len(t) || utf8.RuneStart(t[s.End]))
}

// tokens drops the whole token layer, and the sentences that index it, when
// any token is malformed or out of order: removing one token would shift
// every index after it. A head outside the tokens drops the parse alone.
func (v *validator) tokens() {
	d := v.d
	prevEnd := 0
	for _, t := range d.Tokens {
		if !v.ok(t.Span) || t.Start < prevEnd {
			v.drop(len(d.Tokens), "token(s), and the sentences over them")
			d.Tokens, d.Sentences = nil, nil
			return
		}
		prevEnd = t.End
	}
	for _, t := range d.Tokens {
		if t.Head < -1 || t.Head >= len(d.Tokens) {
			v.drop(1, "dependency parse")
			for i := range d.Tokens {
				d.Tokens[i].Head, d.Tokens[i].Dep = -1, ""
			}
			return
		}
	}
}

func (v *validator) sentence(s Sentence) bool {
	return v.ok(s.Span) && 0 <= s.FirstToken && s.FirstToken <= s.EndToken && s.EndToken <= len(v.d.Tokens)
}

func (v *validator) attribution(a Attribution) bool {
	return v.ok(a.Cue) && v.ok(a.Content) && (a.Source == nil || v.ok(*a.Source)) &&
		v.referent(a.Speaker) && v.referent(a.Addressee)
}

// attributions drops malformed attributions and returns, for each old
// index, the new one (NoAttribution for a dropped one), so that the events
// that point at attributions still point at the same ones.
func (v *validator) attributions() []int {
	renumber := make([]int, len(v.d.Attributions))
	n := 0
	for i, a := range v.d.Attributions {
		renumber[i] = NoAttribution
		if v.attribution(a) {
			renumber[i] = n
			n++
		}
	}
	v.d.Attributions = keepValid(v, "attribution", v.d.Attributions, v.attribution)
	return renumber
}

func (v *validator) timex(t Timex) bool {
	switch t.Type {
	case TimexDate, TimexTime, TimexDuration, TimexSet:
		return v.ok(t.Span)
	}
	return false
}

// renumberReports points each event at its reporting attribution's new
// index. An event reported by an attribution that was dropped keeps no
// reporter, and one whose index named no attribution at all is marked so
// that event drops it.
func (v *validator) renumberReports(renumber []int) {
	for i := range v.d.Events {
		e := &v.d.Events[i]
		switch {
		case e.ReportedBy >= 0 && e.ReportedBy < len(renumber):
			e.ReportedBy = renumber[e.ReportedBy]
		case e.ReportedBy != NoAttribution:
			e.ReportedBy = badIndex
		}
	}
}

// badIndex marks an index that named nothing.
const badIndex = -2

// event reports whether every span and index of e fits the document.
func (v *validator) event(e Event) bool {
	d := v.d
	if !v.ok(e.Verb) || e.Sentence < 0 || e.Sentence >= len(d.Sentences) || e.Timex < NoTimex || e.Timex >= len(d.Times) ||
		e.ReportedBy < NoAttribution || e.ReportedBy >= len(d.Attributions) {
		return false
	}
	if e.Place != nil && (!v.ok(e.Place.Span) || !v.entityIndex(e.Place.Entity)) {
		return false
	}
	for _, p := range append(slices.Clip(e.Actor), e.Recipient...) {
		if !v.ok(p.Mention) || !v.entityIndex(p.Entity) {
			return false
		}
	}
	return true
}

func (v *validator) entityIndex(i int) bool { return i >= NoEntity && i < len(v.d.Entities) }

func (v *validator) referent(r *Referent) bool {
	return r == nil || v.ok(r.Mention) && r.Entity >= NoEntity && r.Entity < len(v.d.Entities)
}

func (v *validator) drop(n int, what string) {
	v.valid = false
	v.d.Diagnose("invalid-span", fmt.Sprintf("dropped %d %s: span outside the text or reversed (an internal error; please report)", n, what))
}

// keepValid filters xs in place, recording one diagnostic for what it drops.
func keepValid[T any](v *validator, what string, xs []T, ok func(T) bool) []T {
	kept := xs[:0]
	for _, x := range xs {
		if ok(x) {
			kept = append(kept, x)
		}
	}
	if n := len(xs) - len(kept); n > 0 {
		v.drop(n, what+"(s)")
	}
	return kept
}
