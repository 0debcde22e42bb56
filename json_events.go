package newsgraph

// The JSON form of time expressions and events. Indices (entity,
// reported_by, time, sentence) point into the same document's lists; a
// missing one is null, never -1, so that a reader in another language
// cannot index with it by mistake.

type jsonTimex struct {
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Text       string `json:"text"`
	Type       string `json:"type"`
	Value      string `json:"value"`
	Unresolved bool   `json:"unresolved,omitempty"`
}

type jsonParticipant struct {
	Entity  *int     `json:"entity"`
	ActorID string   `json:"actor_id,omitempty"`
	Codes   []string `json:"codes"`
	Mention jsonSpan `json:"mention"`
}

type jsonPlace struct {
	jsonSpan
	Entity *int `json:"entity"`
}

type jsonEvent struct {
	Type       string            `json:"type"`
	Mode       string            `json:"mode,omitempty"`
	CAMEO      string            `json:"cameo"`
	QuadClass  int               `json:"quad_class"`
	Goldstein  float64           `json:"goldstein"`
	Actor      []jsonParticipant `json:"actor"`
	Recipient  []jsonParticipant `json:"recipient"`
	Verb       jsonSpan          `json:"verb"`
	Sentence   int               `json:"sentence"`
	Place      *jsonPlace        `json:"place"`
	Date       *string           `json:"date"`
	Time       *int              `json:"time"`
	Modality   string            `json:"modality"`
	ReportedBy *int              `json:"reported_by"`
}

func (d *Doc) timesJSON(cp codepoints) []jsonTimex {
	out := make([]jsonTimex, len(d.Times))
	for i, t := range d.Times {
		s := d.spanJSON(cp, t.Span)
		out[i] = jsonTimex{Start: s.Start, End: s.End, Text: s.Text, Type: string(t.Type), Value: t.Value, Unresolved: t.Unresolved}
	}
	return out
}

func (d *Doc) eventsJSON(cp codepoints) []jsonEvent {
	out := make([]jsonEvent, len(d.Events))
	for i, e := range d.Events {
		j := jsonEvent{Type: e.Type, Mode: e.Mode, CAMEO: e.CAMEO, QuadClass: e.QuadClass, Goldstein: e.Goldstein,
			Actor: d.participantsJSON(cp, e.Actor), Recipient: d.participantsJSON(cp, e.Recipient),
			Verb: d.spanJSON(cp, e.Verb), Sentence: e.Sentence, Modality: string(e.Modality),
			Time: index(e.Timex), ReportedBy: index(e.ReportedBy)}
		if e.Place != nil {
			j.Place = &jsonPlace{d.spanJSON(cp, e.Place.Span), index(e.Place.Entity)}
		}
		if e.Date != "" {
			date := e.Date
			j.Date = &date
		}
		out[i] = j
	}
	return out
}

func (d *Doc) participantsJSON(cp codepoints, ps []Participant) []jsonParticipant {
	out := make([]jsonParticipant, len(ps))
	for i, p := range ps {
		out[i] = jsonParticipant{Entity: index(p.Entity), ActorID: p.ActorID, Codes: nonNil(p.Codes), Mention: d.spanJSON(cp, p.Mention)}
	}
	return out
}

// index is i, or nil for a negative index (NoEntity, NoTimex, NoAttribution).
func index(i int) *int {
	if i < 0 {
		return nil
	}
	return &i
}

// orNone is *p, or -1 (the value of NoEntity, NoTimex and NoAttribution).
func orNone(p *int) int {
	if p == nil {
		return -1
	}
	return *p
}

func (b *byteOffsets) times(js []jsonTimex) []Timex {
	var out []Timex
	for _, j := range js {
		out = append(out, Timex{Span: b.span(j.Start, j.End), Type: TimexType(j.Type), Value: j.Value, Unresolved: j.Unresolved})
	}
	return out
}

func (b *byteOffsets) events(js []jsonEvent) []Event {
	var out []Event
	for _, j := range js {
		e := Event{Type: j.Type, Mode: j.Mode, CAMEO: j.CAMEO, QuadClass: j.QuadClass, Goldstein: j.Goldstein,
			Actor: b.participants(j.Actor), Recipient: b.participants(j.Recipient),
			Verb: b.span(j.Verb.Start, j.Verb.End), Sentence: j.Sentence, Modality: EventModality(j.Modality),
			Timex: orNone(j.Time), ReportedBy: orNone(j.ReportedBy)}
		if j.Place != nil {
			e.Place = &Place{Span: b.span(j.Place.Start, j.Place.End), Entity: orNone(j.Place.Entity)}
		}
		if j.Date != nil {
			e.Date = *j.Date
		}
		out = append(out, e)
	}
	return out
}

func (b *byteOffsets) participants(js []jsonParticipant) []Participant {
	var out []Participant
	for _, j := range js {
		out = append(out, Participant{Entity: orNone(j.Entity), ActorID: j.ActorID, Codes: j.Codes,
			Mention: b.span(j.Mention.Start, j.Mention.End)})
	}
	return out
}
