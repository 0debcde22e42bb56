package export

import (
	"cmp"
	"strconv"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
)

// The tables below are the CSV columns of each list. Dates are days
// (YYYY-MM-DD), empty when unknown; offsets count code points into the
// article's text, as the API's do; ids are the store's, as the API and
// the UI's links use them.

// Quotes: id, date (the article's publication day), outlet, article_id,
// article_title, url, speaker, speaker_actor_id, cue, content (with its
// quotation marks, as printed), addressee, addressee_actor_id, type (an
// attribution type, empty when untyped), confidence (0 to 1, empty when
// not scored), start and end (the content's offsets).
var Quotes = Table[newsgraph.QuoteRecord]{
	Name: "quotes",
	Columns: []string{"id", "date", "outlet", "article_id", "article_title", "url", "speaker", "speaker_actor_id",
		"cue", "content", "addressee", "addressee_actor_id", "type", "confidence", "start", "end"},
	Row: func(q newsgraph.QuoteRecord) []string {
		var speaker string
		var speakerActor int64
		if q.Speaker != nil {
			speaker, speakerActor = q.Speaker.Name, q.Speaker.ActorID
		}
		confidence := ""
		if q.Confidence > 0 {
			confidence = strconv.FormatFloat(q.Confidence, 'f', -1, 64)
		}
		return []string{id(q.ID), day(q.Article.Published), q.Article.Site, id(q.Article.ID), q.Article.Title, q.Article.URL,
			speaker, id(speakerActor), q.Cue.Text, q.Content.Text, q.Addressee, id(q.AddresseeActor), q.Type, confidence,
			strconv.Itoa(q.Content.Start), strconv.Itoa(q.Content.End)}
	},
}

// Articles: id, date (publication day), outlet, title, url, quotes (how
// many are attributed in it), ingested (when it was stored, RFC 3339).
var Articles = Table[newsgraph.ArticleSummary]{
	Name:    "articles",
	Columns: []string{"id", "date", "outlet", "title", "url", "quotes", "ingested"},
	Row: func(a newsgraph.ArticleSummary) []string {
		ingested := ""
		if !a.Ingested.IsZero() {
			ingested = a.Ingested.UTC().Format(time.RFC3339)
		}
		return []string{id(a.ID), day(a.Published), a.Site, a.Title, a.URL, strconv.Itoa(a.Quotes), ingested}
	},
}

// Actors: id, name, type (PER, ORG, LOC or MISC), kb_id (the knowledge
// base's, when linked), aliases (joined by "; ", most used first),
// mentions, articles, quotes (attributed to it), key (stable across
// re-linking).
var Actors = Table[newsgraph.ActorRecord]{
	Name:    "actors",
	Columns: []string{"id", "name", "type", "kb_id", "aliases", "mentions", "articles", "quotes", "key"},
	Row: func(a newsgraph.ActorRecord) []string {
		return []string{id(a.ID), a.Name, a.Type, a.KBID, strings.Join(a.Aliases, "; "), strconv.Itoa(a.Mentions),
			strconv.Itoa(a.Articles), strconv.Itoa(a.Quotes), a.Key}
	},
}

// Events: id, date (from the text; empty when unknown), dated (the day
// it is listed by), actor, actor_ids, actor_codes, verb, recipient,
// recipient_ids, recipient_codes, type (PLOVER), mode, cameo, quad_class,
// goldstein, place, modality, reported_by (who reports it, "a source"
// when unnamed, empty when the article asserts it), article_id, title,
// url, published. Participants are joined by " and ", their ids and
// codes by spaces.
var Events = Table[newsgraph.EventRecord]{
	Name: "events",
	Columns: []string{"id", "date", "dated", "actor", "actor_ids", "actor_codes", "verb", "recipient", "recipient_ids", "recipient_codes",
		"type", "mode", "cameo", "quad_class", "goldstein", "place", "modality", "reported_by", "article_id", "title", "url", "published"},
	Row: func(e newsgraph.EventRecord) []string {
		actors, actorIDs, actorCodes := participants(e.Actor)
		recipients, recipientIDs, recipientCodes := participants(e.Recipient)
		var place, reporter string
		if e.Place != nil {
			place = e.Place.Text
		}
		if e.ReportedBy != nil {
			reporter = cmp.Or(e.ReportedBy.Speaker, "a source")
		}
		return []string{id(e.ID), e.Date, e.Dated, actors, actorIDs, actorCodes, e.Verb.Text,
			recipients, recipientIDs, recipientCodes, e.Type, e.Mode, e.CAMEO, strconv.Itoa(e.QuadClass),
			strconv.FormatFloat(e.Goldstein, 'f', -1, 64), place, string(e.Modality), reporter,
			id(e.Article.ID), e.Article.Title, e.Article.URL, day(e.Article.Published)}
	},
}

// participants are an event side's names, actor ids and codes, each
// joined: names by " and ", ids and codes by spaces.
func participants(ps []newsgraph.EventParticipant) (names, ids, codes string) {
	var n, i, c []string
	for _, p := range ps {
		n = append(n, p.Name())
		if p.ActorID != 0 {
			i = append(i, id(p.ActorID))
		}
		c = append(c, p.Codes...)
	}
	return strings.Join(n, " and "), strings.Join(i, " "), strings.Join(c, " ")
}

// id is an id's cell, empty for none (0).
func id(n int64) string {
	if n == 0 {
		return ""
	}
	return strconv.FormatInt(n, 10)
}

// day is a date's cell, empty when unknown.
func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(time.DateOnly)
}

// Stories: id, title, first and last (the days of its earliest and latest
// articles), articles, outlets (how many distinct), top_actors (its most
// mentioned actors, joined by "; ") and top_actor_ids (by spaces).
var Stories = Table[newsgraph.StoryRow]{
	Name:    "stories",
	Columns: []string{"id", "title", "first", "last", "articles", "outlets", "top_actors", "top_actor_ids"},
	Row: func(st newsgraph.StoryRow) []string {
		names := make([]string, len(st.TopActors))
		ids := make([]string, len(st.TopActors))
		for i, a := range st.TopActors {
			names[i], ids[i] = a.Name, id(a.ID)
		}
		return []string{id(st.ID), st.Title, day(st.First), day(st.Last), strconv.Itoa(st.Articles), strconv.Itoa(st.Sites),
			strings.Join(names, "; "), strings.Join(ids, " ")}
	},
}
