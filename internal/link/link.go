// Package link points each entity of an article at an actor of the
// knowledge base (internal/actors), the identity that the same person,
// organisation or country keeps across articles: Entity.ActorID.
//
// It links only on a name the knowledge base holds for exactly one actor
// of a fitting type, because a wrong link merges two people in every view
// built on actors, while a missing one only leaves an entity on its own:
//
//   - a name or alias, as written or without its titles, that names one
//     actor: trusted, since the dictionaries list each alias for one actor
//     on purpose;
//   - a surname alone ("Medvedev"), only when the article gives the entity
//     no fuller name and the knowledge base knows one person of that
//     surname (it refuses surnames two people share);
//   - types must agree: a person is never linked to a country or a group,
//     a place only to a country.
//
// Names the knowledge base does not know (people who became news after the
// dictionaries were written) stay unlinked; learning them from the corpus
// is the knowledge base's growth layer, not this stage's.
package link

import (
	"context"
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/actors"
	"github.com/newsgraph/newsgraph/internal/gazetteer"
)

// Stage links entities to actors.
type Stage struct{ KB *actors.KB }

// Name implements pipeline.Stage.
func (Stage) Name() string { return "link.kb.v1" }

// Requires implements pipeline.Stage.
func (Stage) Requires() []newsgraph.Layer { return []newsgraph.Layer{newsgraph.LayerEntities} }

// Assigns implements pipeline.Stage.
func (Stage) Assigns() []newsgraph.Layer { return []newsgraph.Layer{newsgraph.LayerActors} }

// Process implements pipeline.Stage.
func (s Stage) Process(_ context.Context, d *newsgraph.Doc) error {
	for i := range d.Entities {
		e := &d.Entities[i]
		e.ActorID = ""
		if len(e.Members) == 0 {
			e.ActorID = s.actorOf(d, e)
		}
	}
	return nil
}

// actorOf returns the one actor e's names point to, or "".
func (s Stage) actorOf(d *newsgraph.Doc, e *newsgraph.Entity) string {
	found := ""
	for _, k := range e.Mentions {
		m := d.Mentions[k]
		if m.Kind != newsgraph.MentionName {
			continue
		}
		text := d.Slice(m.Span)
		as, how := s.KB.Lookup(text)
		if len(as) != 1 || !fits(e.Type, as[0].Type) || how == actors.Surname && fuller(d, e) || !placeFits(text, as[0]) ||
			!firstNameAgrees(e.Type, e.Name, as[0]) {
			continue
		}
		switch {
		case found == "":
			found = as[0].ID
		case found != as[0].ID:
			return "" // two names of one entity point at two actors: trust neither
		}
	}
	return found
}

// fuller: the article gives e a name of more than one word, which the
// knowledge base would have matched if it knew this person; a surname
// match would then be a guess.
func fuller(d *newsgraph.Doc, e *newsgraph.Entity) bool {
	for _, k := range e.Mentions {
		m := d.Mentions[k]
		if m.Kind == newsgraph.MentionName && len(strings.Fields(d.Slice(m.Span))) > 1 {
			return true
		}
	}
	return false
}

// isCity: the gazetteer knows the name as a city or region. The
// dictionaries list capitals and cities as names of their country, since
// event coding reads "Moscow said" as Russia's government speaking; as an
// identity, Moscow the city is not Russia.
func isCity(name string) bool {
	words := strings.Fields(name)
	ms := gazetteer.Default().Lookup(words)
	if len(ms) == 0 {
		return false
	}
	for _, l := range []gazetteer.List{gazetteer.City, gazetteer.Region} {
		whole := true
		for _, w := range ms {
			if !gazetteer.Has(w, l) {
				whole = false
				break
			}
		}
		if whole {
			return true
		}
	}
	return false
}

// placeFits: a name, of a place or of an organisation ("Russia said"), may
// be linked to a country only as the country's own name. The dictionaries list cities, regions and landmarks as names of
// their country ("Orlando", "Inner Mongolia", "Gush Etzion"), since event
// coding reads "Orlando police said" as the United States acting; as an
// identity, Orlando is not the United States. So no name the gazetteer
// holds as a city links, and a place links only when its name holds the
// country's own name ("Republic of Korea" for KOREA) or the gazetteer reads
// every word of it (a leading "the" aside) as part of a country's name
// ("U.S.", "America").
func placeFits(name string, a *actors.Actor) bool {
	if isCity(name) {
		return false
	}
	if a.Type != actors.Country {
		return true
	}
	if own := actors.Normalize(a.Name); own != "" && strings.Contains(" "+actors.Normalize(name)+" ", " "+own+" ") {
		return true
	}
	words := strings.Fields(name)
	if len(words) > 1 && strings.EqualFold(words[0], "the") {
		words = words[1:]
	}
	for _, w := range gazetteer.Default().Lookup(words) {
		if !gazetteer.Has(w, gazetteer.Country) {
			return false
		}
	}
	return len(words) > 0
}

// firstNameAgrees: a person linked through one of their shorter names
// ("Mr. Obama", an alias of Barack Obama) must not be contradicted by
// their fullest name: an entity the article calls "Michelle Obama" is not
// Barack Obama, whatever its other mentions, since coreference can gather a
// namesake's mentions in. The fullest name's first word (titles aside)
// must begin the actor's name or one of its aliases; a one-word fullest
// name says nothing either way.
func firstNameAgrees(entityType, fullest string, a *actors.Actor) bool {
	if entityType != "PER" {
		return true
	}
	first, _, ok := strings.Cut(actors.BareName(fullest), " ")
	if !ok {
		return true
	}
	for _, n := range append([]string{a.Name}, a.Aliases...) {
		if f, _, _ := strings.Cut(actors.BareName(n), " "); f == first {
			return true
		}
	}
	return false
}

// fits says which actor types an entity of an NER type may be.
func fits(entityType string, t actors.Type) bool {
	switch entityType {
	case "PER":
		return t == actors.Person
	case "LOC":
		return t == actors.Country
	case "ORG":
		return t == actors.Organisation || t == actors.Group || t == actors.Country
	}
	return false
}

// ActorOfName is the actor a name of an entity of type entityType links
// to, with no article around it: the same rules as Process, for an entity
// whose fullest name is name. Corpus linking uses it to re-link stored
// entities after the knowledge base changed, without re-reading articles.
func (s Stage) ActorOfName(entityType, name string) string {
	if name == "" {
		return ""
	}
	// Lookup matches a surname only for a one-word name, so a full name
	// the KB does not know never takes a namesake's identity.
	as, _ := s.KB.Lookup(name)
	if len(as) != 1 || !fits(entityType, as[0].Type) || !placeFits(name, as[0]) {
		return ""
	}
	return as[0].ID
}

// Relinked is the actor a stored entity links to under today's knowledge
// base and rules: the one its fullest name names, else the one its
// article's analysis linked it to (through another of its names) if that
// actor still exists and still fits, else none. Corpus linking calls it on
// re-linking, so that a knowledge-base change or a stricter rule reaches
// articles analysed before it.
func (s Stage) Relinked(entityType, name, analysed string) string {
	if id := s.ActorOfName(entityType, name); id != "" || analysed == "" {
		return id
	}
	a, ok := s.KB.Actor(analysed)
	if !ok || !fits(entityType, a.Type) || !placeFits(name, a) || !firstNameAgrees(entityType, name, a) {
		return ""
	}
	return analysed
}
