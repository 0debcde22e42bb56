package web

import (
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// An article's events as its page shows them: marks over the text (verb,
// actors, recipients) and a table in text order.

// eventRole ranks an event's marks where they overlap: the verb shows
// over a participant.
var eventRole = map[string]int{"": 0, "ev-recipient": 1, "ev-actor": 2, "ev-verb": 3}

// eventMarks marks each event's verb and participants, each with a title
// that says what the event is ("ASSAULT · 194: shelled").
func eventMarks(d *newsgraph.Doc) []mark {
	var marks []mark
	for _, e := range d.Events {
		title := eventLabel(e.Type, e.Mode, e.CAMEO) + ": " + d.Slice(e.Verb)
		marks = append(marks, mark{start: e.Verb.Start, end: e.Verb.End, event: "ev-verb", eventTitle: title})
		for _, p := range e.Actor {
			marks = append(marks, mark{start: p.Mention.Start, end: p.Mention.End, event: "ev-actor", eventTitle: "actor of " + title})
		}
		for _, p := range e.Recipient {
			marks = append(marks, mark{start: p.Mention.Start, end: p.Mention.End, event: "ev-recipient", eventTitle: "recipient of " + title})
		}
	}
	return marks
}

// eventLabel is an event's PLOVER type, its mode and its CAMEO code:
// "CONSULT (host) · 043".
func eventLabel(typ, mode, code string) string {
	if mode != "" {
		typ += " (" + mode + ")"
	}
	if code != "" {
		typ += " · " + code
	}
	return typ
}

// eventLine is one row of the table under an article.
type eventLine struct {
	Date, Verb, Label, Modality, ReportedBy string
	Actors, Recipients                      []party
}

// party is a participant as the table names it: the article's words,
// linked to its actor's page when the store linked it.
type party struct{ Name, Href string }

// eventLines lists d's events in text order. stored are the store's
// records of them, by index, for the actors' links; an article stored
// before events were stored has none, and its table names without links.
func eventLines(d *newsgraph.Doc, stored map[int]newsgraph.EventRecord) []eventLine {
	var out []eventLine
	for i, e := range d.Events {
		rec := stored[i]
		line := eventLine{Date: e.Date, Verb: d.Slice(e.Verb), Label: eventLabel(e.Type, e.Mode, e.CAMEO), Modality: string(e.Modality),
			Actors: parties(d, e.Actor, rec.Actor), Recipients: parties(d, e.Recipient, rec.Recipient)}
		if e.ReportedBy >= 0 && e.ReportedBy < len(d.Attributions) {
			line.ReportedBy = reporter(d, d.Attributions[e.ReportedBy])
		}
		out = append(out, line)
	}
	return out
}

func parties(d *newsgraph.Doc, ps []newsgraph.Participant, stored []newsgraph.EventParticipant) []party {
	var out []party
	for j, p := range ps {
		pt := party{Name: d.Slice(p.Mention)}
		if j < len(stored) && stored[j].ActorID != 0 {
			pt.Href = "/actors/" + strconv.FormatInt(stored[j].ActorID, 10)
		}
		out = append(out, pt)
	}
	return out
}

// reporter names who an attribution quotes: its speaker, else its source's
// words, else "a source".
func reporter(d *newsgraph.Doc, a newsgraph.Attribution) string {
	switch {
	case a.Speaker != nil && strings.TrimSpace(a.Speaker.Name) != "":
		return a.Speaker.Name
	case a.Source != nil:
		return d.Slice(*a.Source)
	}
	return "a source"
}
