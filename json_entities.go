package newsgraph

import "slices"

// The JSON mapping of the entity layer: entities with their mentions nested,
// and attributions' referents pointing at them by ID. Doc.Mentions is flat
// in Go, where stages look mentions up by position; in JSON each mention
// sits inside its entity, where a reader looks for it. A mention that no
// entity gathered is not written.

type jsonMention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Kind  string `json:"kind"`
}

type jsonEntity struct {
	ID       int           `json:"id"`
	Type     string        `json:"type"`
	Name     string        `json:"name"`
	Mentions []jsonMention `json:"mentions"`
	Members  []int         `json:"members,omitempty"`
	Roles    []jsonSpan    `json:"roles,omitempty"`
	ActorID  string        `json:"actor_id,omitempty"`
}

type jsonReferent struct {
	Entity  *int     `json:"entity"` // null: none of the document's entities
	Name    string   `json:"name"`
	Mention jsonSpan `json:"mention"`
}

func (d *Doc) entityJSON(cp codepoints, id int, e Entity) jsonEntity {
	j := jsonEntity{ID: id, Type: e.Type, Name: e.Name, Members: e.Members, ActorID: e.ActorID,
		Mentions: make([]jsonMention, 0, len(e.Mentions))}
	for _, s := range e.Roles {
		j.Roles = append(j.Roles, d.spanJSON(cp, s))
	}
	for _, k := range e.Mentions {
		m := d.Mentions[k]
		j.Mentions = append(j.Mentions, jsonMention{cp.at(m.Start), cp.at(m.End), d.Slice(m.Span), string(m.Kind)})
	}
	return j
}

func (d *Doc) referentJSON(cp codepoints, r *Referent) *jsonReferent {
	if r == nil {
		return nil
	}
	j := &jsonReferent{Name: r.Name, Mention: d.spanJSON(cp, r.Mention)}
	if r.Entity != NoEntity {
		id := r.Entity
		j.Entity = &id
	}
	return j
}

// entities rebuilds Doc.Mentions, in text order, and Doc.Entities from the
// nested form.
func (b *byteOffsets) entities(d *Doc, js []jsonEntity) {
	for id, je := range js {
		// An entity's ID is its position; je.ID is there for readers.
		e := Entity{Type: je.Type, Name: je.Name, Members: je.Members, ActorID: je.ActorID}
		for _, s := range je.Roles {
			e.Roles = append(e.Roles, b.span(s.Start, s.End))
		}
		for _, jm := range je.Mentions {
			d.Mentions = append(d.Mentions, Mention{Span: b.span(jm.Start, jm.End), Kind: MentionKind(jm.Kind), Type: je.Type, Entity: id})
		}
		d.Entities = append(d.Entities, e)
	}
	slices.SortStableFunc(d.Mentions, func(x, y Mention) int { return x.Start - y.Start })
	for k, m := range d.Mentions {
		if m.Entity >= 0 && m.Entity < len(d.Entities) {
			d.Entities[m.Entity].Mentions = append(d.Entities[m.Entity].Mentions, k)
		}
	}
}

func (b *byteOffsets) referent(j *jsonReferent) *Referent {
	if j == nil {
		return nil
	}
	r := &Referent{Entity: NoEntity, Name: j.Name, Mention: b.span(j.Mention.Start, j.Mention.End)}
	if j.Entity != nil {
		r.Entity = *j.Entity
	}
	return r
}

// jsonDocV1 is what newsgraph.doc/1 wrote differently: entities were NER
// mentions, the speaker a name and a mention, the addressee a bare span.
type jsonDocV1 struct {
	Entities []struct {
		Start int    `json:"start"`
		End   int    `json:"end"`
		Text  string `json:"text"`
		Type  string `json:"type"`
	} `json:"entities"`
	Attributions []struct {
		jsonAttribution
		Speaker *struct {
			Name    string   `json:"name"`
			Mention jsonSpan `json:"mention"`
		} `json:"speaker"`
		Addressee *jsonSpan `json:"addressee"`
	} `json:"attributions"`
}

// upgrade reads each doc/1 entity as an entity of one name mention, and
// each speaker and addressee as a referent to no entity: doc/1 said nothing
// of which mentions corefer.
func (v *jsonDocV1) upgrade() ([]jsonEntity, []jsonAttribution) {
	ents := make([]jsonEntity, len(v.Entities))
	for i, e := range v.Entities {
		ents[i] = jsonEntity{ID: i, Type: e.Type, Name: e.Text,
			Mentions: []jsonMention{{e.Start, e.End, e.Text, string(MentionName)}}}
	}
	atts := make([]jsonAttribution, len(v.Attributions))
	for i, a := range v.Attributions {
		atts[i] = a.jsonAttribution
		atts[i].Speaker, atts[i].Addressee = nil, nil
		if a.Speaker != nil {
			atts[i].Speaker = &jsonReferent{Name: a.Speaker.Name, Mention: a.Speaker.Mention}
		}
		if a.Addressee != nil {
			atts[i].Addressee = &jsonReferent{Name: a.Addressee.Text, Mention: *a.Addressee}
		}
	}
	return ents, atts
}
