package sqlstore

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/index"
)

// The rows an article's events and time expressions are stored as, built
// in Go before anything is written, so that a document whose spans do not
// fit its text is refused whole.

// eventRow is one event ready to store.
type eventRow struct {
	newsgraph.Event
	verb         newsgraph.TextSpan
	place        *newsgraph.TextSpan
	placeEntity  *index.EntityKey
	placeFolded  string
	date         any // YYYY-MM-DD, or nil
	dated        string
	participants []participantRow
}

// participantRow is one actor or recipient of an event.
type participantRow struct {
	role    string // "actor" or "recipient"
	entity  *index.EntityKey
	kbID    string
	codes   string
	mention newsgraph.TextSpan
}

// timeRow is one time expression ready to store.
type timeRow struct {
	newsgraph.Timex
	span newsgraph.TextSpan
}

// eventRows builds the rows of d's events.
func eventRows(d *newsgraph.Doc, cp newsgraph.CodePoints, r index.Rows) ([]eventRow, error) {
	keyOf := storedEntities(d, cp, r)
	var out []eventRow
	for i, e := range d.Events {
		row := eventRow{Event: e}
		row.Type = strings.ToUpper(e.Type) // as the filter compares it
		var err error
		if row.verb, err = spanText(d, cp, e.Verb); err != nil {
			return nil, fmt.Errorf("event %d: verb: %w", i, err)
		}
		if e.Place != nil {
			place, err := spanText(d, cp, e.Place.Span)
			if err != nil {
				return nil, fmt.Errorf("event %d: place: %w", i, err)
			}
			row.place, row.placeEntity = &place, keyOf(e.Place.Entity, e.Place.Span)
			row.placeFolded = strings.ToLower(place.Text)
			if row.placeEntity != nil {
				row.placeFolded += "\n" + strings.ToLower(row.placeEntity.Name)
			}
		}
		// A date that is no calendar day ("2023-09", "XXXX-WI") is not
		// one to sort or filter by: the event keeps the article's.
		if _, err := time.Parse(time.DateOnly, e.Date); err == nil {
			row.date, row.dated = e.Date, e.Date
		}
		for _, side := range []struct {
			role string
			ps   []newsgraph.Participant
		}{{"actor", e.Actor}, {"recipient", e.Recipient}} {
			for _, p := range side.ps {
				mention, err := spanText(d, cp, p.Mention)
				if err != nil {
					return nil, fmt.Errorf("event %d: %s: %w", i, side.role, err)
				}
				row.participants = append(row.participants, participantRow{role: side.role, entity: keyOf(p.Entity, p.Mention),
					kbID: p.ActorID, codes: strings.Join(p.Codes, " "), mention: mention})
			}
		}
		out = append(out, row)
	}
	return out, nil
}

// datedByArticle dates the events without a date of their own by the
// article's day (YYYY-MM-DD).
func datedByArticle(events []eventRow, articleDay string) {
	for i := range events {
		if events[i].dated == "" {
			events[i].dated = articleDay
		}
	}
}

// timeRows builds the rows of d's time expressions.
func timeRows(d *newsgraph.Doc, cp newsgraph.CodePoints) ([]timeRow, error) {
	var out []timeRow
	for i, t := range d.Times {
		span, err := spanText(d, cp, t.Span)
		if err != nil {
			return nil, fmt.Errorf("time expression %d: %w", i, err)
		}
		out = append(out, timeRow{Timex: t, span: span})
	}
	return out, nil
}

// spanText is s in code points with its text, or an error when s does not
// fit the text (Put is given documents from outside too).
func spanText(d *newsgraph.Doc, cp newsgraph.CodePoints, s newsgraph.Span) (newsgraph.TextSpan, error) {
	if !fits(d.Text, s) {
		return newsgraph.TextSpan{}, newsgraph.Errorf(newsgraph.EINVALID, "span %d–%d does not fit the text (%d bytes)", s.Start, s.End, len(d.Text))
	}
	return newsgraph.TextSpan{Start: cp.At(s.Start), End: cp.At(s.End), Text: d.Slice(s)}, nil
}

// fits reports whether s is a span of text that starts and ends between
// characters.
func fits(text string, s newsgraph.Span) bool {
	return 0 <= s.Start && s.Start <= s.End && s.End <= len(text) &&
		(s.Start == len(text) || utf8.RuneStart(text[s.Start])) && (s.End == len(text) || utf8.RuneStart(text[s.End]))
}

// storedEntities finds the stored entity of an event's participant or
// place: the key index.Build stored one of its entity's mentions under,
// or failing that its own mention's. Groups and entities known only by
// descriptions have none.
func storedEntities(d *newsgraph.Doc, cp newsgraph.CodePoints, r index.Rows) func(entity int, mention newsgraph.Span) *index.EntityKey {
	type cpSpan struct{ start, end int }
	bySpan := map[cpSpan]index.EntityKey{}
	for _, m := range r.Mentions {
		bySpan[cpSpan{m.Start, m.End}] = m.Entity
	}
	find := func(s newsgraph.Span) *index.EntityKey {
		if !fits(d.Text, s) {
			return nil
		}
		if k, ok := bySpan[cpSpan{cp.At(s.Start), cp.At(s.End)}]; ok {
			return &k
		}
		return nil
	}
	return func(entity int, mention newsgraph.Span) *index.EntityKey {
		if entity >= 0 && entity < len(d.Entities) {
			for _, m := range d.Entities[entity].Mentions {
				if m < 0 || m >= len(d.Mentions) {
					continue
				}
				if k := find(d.Mentions[m].Span); k != nil {
					return k
				}
			}
		}
		return find(mention)
	}
}
