package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// times lists the time expressions with their values:
//
//	on Wednesday  DATE 2023-09-13
func times(w io.Writer, d *newsgraph.Doc) {
	if len(d.Times) == 0 {
		return
	}
	fmt.Fprintf(w, "\ntimes:\n")
	for _, t := range d.Times {
		unresolved := ""
		if t.Unresolved {
			unresolved = " (no article date to resolve it)"
		}
		fmt.Fprintf(w, "  %-24s %-8s %s%s\n", oneLine(d.Slice(t.Span)), t.Type, t.Value, unresolved)
	}
}

// events lists who did what to whom, one event a line, with its codes,
// date, place, modality and reporter:
//
//	2023-09-13 Putin [RUSGOV] — hosted — Kim [PRKGOV]  CONSULT · CAMEO 043 · at Vostochny
func events(w io.Writer, d *newsgraph.Doc) {
	if len(d.Events) == 0 {
		return
	}
	fmt.Fprintf(w, "\nevents (date actor — verb — recipient  PLOVER · CAMEO):\n")
	for _, e := range d.Events {
		date := e.Date
		if date == "" {
			date = "----------"
		}
		fmt.Fprintf(w, "  %s %s — %s — %s  %s\n", date, participants(d, e.Actor), oneLine(d.Slice(e.Verb)),
			participants(d, e.Recipient), eventLabel(d, e))
	}
}

// participants is "Putin [RUSGOV] and Shoigu [RUSMIL]", or "–" for none.
func participants(d *newsgraph.Doc, ps []newsgraph.Participant) string {
	if len(ps) == 0 {
		return "–"
	}
	names := make([]string, len(ps))
	for i, p := range ps {
		names[i] = oneLine(d.Slice(p.Mention))
		if len(p.Codes) > 0 {
			names[i] += " [" + strings.Join(p.Codes, " ") + "]"
		}
	}
	return strings.Join(names, " and ")
}

// eventLabel is "CONSULT · CAMEO 043 · at Vostochny · future · reported by
// the military".
func eventLabel(d *newsgraph.Doc, e newsgraph.Event) string {
	parts := []string{e.Type}
	if e.Mode != "" {
		parts[0] += "/" + e.Mode
	}
	parts = append(parts, "CAMEO "+e.CAMEO)
	if e.Place != nil {
		parts = append(parts, "at "+oneLine(d.Slice(e.Place.Span)))
	}
	if e.Modality != "" && e.Modality != newsgraph.Asserted {
		parts = append(parts, string(e.Modality))
	}
	if e.ReportedBy != newsgraph.NoAttribution && e.ReportedBy < len(d.Attributions) {
		parts = append(parts, "reported by "+reporter(d, d.Attributions[e.ReportedBy]))
	}
	return strings.Join(parts, " · ")
}

func reporter(d *newsgraph.Doc, a newsgraph.Attribution) string {
	switch {
	case a.Speaker != nil:
		return oneLine(a.Speaker.Name)
	case a.Source != nil:
		return oneLine(d.Slice(*a.Source))
	}
	return "an unnamed source"
}
