package newsgraph

import (
	"context"
	"strings"
	"time"
)

// Article is a stored document: the analysed Doc, the hash that makes
// ingestion idempotent, and when it was stored.
type Article struct {
	ID       int64
	Hash     string // SHA-256 of the raw input, hex
	Doc      *Doc
	Ingested time.Time
	// DuplicateOf is the article this one is a near-duplicate of (the
	// same story printed again, trimmed or retitled), nil when it is not
	// a copy; it names the original, never another copy.
	DuplicateOf *ArticleSummary
	// Copies are the articles stored as near-duplicates of this one,
	// oldest first (at most 100).
	Copies []ArticleSummary
}

// ArticleSummary is an article as lists show it.
type ArticleSummary struct {
	ID        int64     `json:"id"`
	Title     string    `json:"title"`
	URL       string    `json:"url,omitempty"`
	Site      string    `json:"site,omitempty"`
	Published time.Time `json:"published,omitzero"`
	Ingested  time.Time `json:"ingested"`
	Quotes    int       `json:"quotes"`
}

// QuoteRecord is one attribution as the store lists it, with where it comes
// from. Offsets count code points into the article's text, as in the JSON
// document.
type QuoteRecord struct {
	ID   int64  `json:"id"`
	Kind string `json:"kind"`
	// Type is the attribution's AttributionType; "" for quotes stored
	// before types were read, or left untyped.
	Type string `json:"type"`
	// Confidence is how likely the attribution is right, 0 to 1; 0 when
	// it was not scored.
	Confidence float64       `json:"confidence,omitempty"`
	Speaker    *QuoteSpeaker `json:"speaker"`
	Source     string        `json:"source,omitempty"`
	Cue        TextSpan      `json:"cue"`
	Content    TextSpan      `json:"content"`
	Addressee  string        `json:"addressee,omitempty"`
	// AddresseeActor is the actor the quote was addressed to, when linked.
	AddresseeActor int64          `json:"addressee_actor,omitempty"`
	Article        ArticleSummary `json:"article"`
}

// QuoteSpeaker names who is quoted and the entity that stands for them.
type QuoteSpeaker struct {
	Name     string `json:"name"`
	EntityID int64  `json:"entity_id,omitempty"`
	ActorID  int64  `json:"actor_id,omitempty"`
}

// TextSpan is a piece of an article's text and its code-point offsets.
type TextSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// EntityRecord is a person, organisation, place or other name, gathered
// over all articles by its type and canonical name.
type EntityRecord struct {
	ID       int64  `json:"id"`
	Name     string `json:"name"`
	Type     string `json:"type"`
	Mentions int    `json:"mentions"`
	Articles int    `json:"articles"`
	Quotes   int    `json:"quotes"` // attributed to it
}

// EntityDetail adds where an entity is mentioned and quoted.
type EntityDetail struct {
	EntityRecord
	MentionedIn []ArticleSummary `json:"mentioned_in"`
	QuotesBy    []QuoteRecord    `json:"quotes_by"`
	QuotesAbout []QuoteRecord    `json:"quotes_about"`
}

// EntityMention is an entity occurring in one article, in code points.
type EntityMention struct {
	Start    int    `json:"start"`
	End      int    `json:"end"`
	EntityID int64  `json:"entity_id"`
	Type     string `json:"type"`
	Name     string `json:"name"`
}

// SearchHit is an article matching a full-text query, with a snippet.
type SearchHit struct {
	Article ArticleSummary `json:"article"`
	Snippet string         `json:"snippet"`
}

// Page asks for part of a list.
type Page struct {
	Limit  int
	Offset int
}

// Sort is the order of a list.
type Sort string

// The orders lists know. Newest is every list's default, and relevance
// the default of a full-text search.
const (
	SortNewest    Sort = "newest"
	SortOldest    Sort = "oldest"    // the newest-first list reversed, undated articles still last
	SortRelevance Sort = "relevance" // best matches first; only with a full-text query
)

// Sorts lists the orders, for messages and forms.
var Sorts = []Sort{SortNewest, SortOldest, SortRelevance}

// ArticleFilter selects articles. By date, an article is listed by its
// publication date; undated articles come after every dated one, in
// either order, and a date range leaves them out.
type ArticleFilter struct {
	Query    string    // full text over title and body; "" lists every article
	Site     string    // the outlet, exactly as stored (ArticleSummary.Site)
	From, To time.Time // publication dates, inclusive; zero means open
	Actor    int64     // articles mentioning this actor
	Entity   int64     // articles mentioning this entity
	Story    int64     // articles of this story
	Sort     Sort      // "" is relevance with a query, else newest
	Page
}

// SiteCount is an outlet and how many articles it has stored.
type SiteCount struct {
	Site     string `json:"site"`
	Articles int    `json:"articles"`
}

// QuoteFilter selects quotes. Speaker matches any part of the speaker's
// name, case-insensitively; Query is full text over the content.
type QuoteFilter struct {
	Speaker     string
	EntityID    int64
	Actor       int64 // quotes by this actor
	AddressedTo int64 // quotes addressed to this actor
	Query       string
	// From and To bound the date a quote is listed by, inclusive (zero
	// means open): its article's publication date, else the day it was
	// stored, as events and timelines date it.
	From, To time.Time
	// Types keeps the quotes of any of these types (each one of
	// AttributionTypes); empty keeps every quote, untyped ones included.
	Types []AttributionType
	// MinConfidence hides the scored quotes whose confidence is below it
	// (0 to 1). Unscored quotes (confidence 0) are kept: articles stored
	// before scoring have none, and an unknown is not a low score.
	MinConfidence float64
	Site          string // the outlet of the quote's article, exactly as stored
	Article       int64  // quotes of this article
	About         int64  // quotes about this entity
	Story         int64  // quotes of this story's articles
	// Copies keeps the quotes of articles stored as near duplicates of
	// another (Article.DuplicateOf): without it a syndicated quote counts
	// once, in its original. An article's own quotes (Article) are always
	// listed.
	Copies bool
	Sort   Sort // "" is newest; relevance needs a Query
	Page
}

// EntityFilter selects entities.
type EntityFilter struct {
	Type string
	Name string // any part, case-insensitive
	Page
}

// Store keeps analysed articles and answers questions about them. The
// SQLite and PostgreSQL adapters implement it, and one contract test suite
// (internal/storetest) holds them to the same behaviour.
type Store interface {
	// Put stores an article unless one with the same hash is there; it
	// reports whether it added it. An article is written whole or not at all.
	Put(ctx context.Context, a *Article) (id int64, added bool, err error)
	Has(ctx context.Context, hash string) (bool, error)
	Article(ctx context.Context, id int64) (*Article, error)
	Articles(ctx context.Context, p Page) ([]ArticleSummary, int, error)
	Quotes(ctx context.Context, f QuoteFilter) ([]QuoteRecord, int, error)
	// QuoteTypes counts the quotes f selects by type, "" for the untyped,
	// leaving out f.Types and f.Page: what a list of f split by type
	// would hold.
	QuoteTypes(ctx context.Context, f QuoteFilter) (map[AttributionType]int, error)
	Entities(ctx context.Context, f EntityFilter) ([]EntityRecord, int, error)
	Entity(ctx context.Context, id int64) (*EntityDetail, error)
	// Mentions lists the entity mentions of one article, in text order.
	Mentions(ctx context.Context, article int64) ([]EntityMention, error)
	Search(ctx context.Context, query string, p Page) ([]SearchHit, int, error)
	// FindArticles lists the articles f selects in f's order, with a
	// snippet each when f has a query: the filtered, sorted form of
	// Articles and Search.
	FindArticles(ctx context.Context, f ArticleFilter) ([]SearchHit, int, error)
	// Sites lists the outlets articles were stored from, those with the
	// most articles first (at most 500).
	Sites(ctx context.Context) ([]SiteCount, error)
	// Events lists the events f selects, by date, newest first.
	Events(ctx context.Context, f EventFilter) ([]EventRecord, int, error)
	// EachEvent calls fn with every event f selects (its page left out),
	// in the order they were stored, reading a batch at a time: for
	// exports of any size. An error from fn stops it and is returned.
	EachEvent(ctx context.Context, f EventFilter, fn func(EventRecord) error) error
	ActorStore
	StoryStore
	NetworkStore
	ExportStore
	FeedStore
	Close() error
}

// EventRecord is one event as the store lists it, with the article it was
// read in. Offsets count code points into the article's text.
type EventRecord struct {
	ID        int64              `json:"id"`
	Index     int                `json:"index"` // in the article's events
	Type      string             `json:"type"`  // PLOVER event type
	Mode      string             `json:"mode,omitempty"`
	CAMEO     string             `json:"cameo"`
	QuadClass int                `json:"quad_class"`
	Goldstein float64            `json:"goldstein"`
	Actor     []EventParticipant `json:"actor"`
	Recipient []EventParticipant `json:"recipient"`
	Verb      TextSpan           `json:"verb"`
	Sentence  int                `json:"sentence"`
	Place     *EventPlace        `json:"place"`
	// Date is when the event happened (YYYY-MM-DD), from a time
	// expression or the article's date; "" when unknown. Dated is the date
	// it is listed and filtered by: Date, else the day the article was
	// published or, without one, stored.
	Date     string        `json:"date,omitempty"`
	Dated    string        `json:"dated"`
	Time     *EventTime    `json:"time"` // the expression that dates it
	Modality EventModality `json:"modality"`
	// ReportedBy is the attribution whose content carries the event, or
	// nil when the article asserts it itself.
	ReportedBy *EventReport   `json:"reported_by"`
	Article    ArticleSummary `json:"article"`
}

// EventParticipant is an actor or recipient of a stored event: the words
// that name it, the stored entity and actor it is, its knowledge-base id
// and its dictionary codes.
type EventParticipant struct {
	Mention   TextSpan `json:"mention"`
	EntityID  int64    `json:"entity_id,omitempty"`
	ActorID   int64    `json:"actor_id,omitempty"`
	ActorName string   `json:"actor_name,omitempty"`
	KBID      string   `json:"kb_id,omitempty"`
	Codes     []string `json:"codes"`
}

// Name is what lists call a participant: its actor's name, else the
// words that name it; and those words when they go on past the actor's
// name, naming a body of it ("Dalby police" is not the town of Dalby).
func (p EventParticipant) Name() string {
	if p.ActorName == "" {
		return p.Mention.Text
	}
	m := strings.Join(strings.Fields(p.Mention.Text), " ")
	rest := m
	for _, the := range []string{"the ", "The "} {
		rest = strings.TrimPrefix(rest, the)
	}
	if len(rest) > len(p.ActorName) && strings.EqualFold(rest[:len(p.ActorName)], p.ActorName) && rest[len(p.ActorName)] == ' ' {
		return m
	}
	return p.ActorName
}

// EventPlace is where a stored event happened, and the entity it is.
type EventPlace struct {
	TextSpan
	EntityID int64  `json:"entity_id,omitempty"`
	Name     string `json:"name,omitempty"` // the entity's name
}

// EventTime is the time expression that dates an event.
type EventTime struct {
	TextSpan
	Type  string `json:"type"`
	Value string `json:"value"`
}

// EventReport is the attribution that reports an event: its index in the
// article's attributions, the stored quote and who is quoted.
type EventReport struct {
	Attribution int    `json:"attribution"`
	QuoteID     int64  `json:"quote_id,omitempty"`
	Speaker     string `json:"speaker,omitempty"`
}

// EventFilter selects events; the zero filter selects them all, newest
// first.
type EventFilter struct {
	Actor     int64     // events this actor did
	Recipient int64     // events done to this actor
	Involving int64     // events with this actor on either side
	Type      string    // a PLOVER event type (internal/event/cameo.Types), in any case
	From, To  time.Time // event dates (EventRecord.Dated), inclusive; zero means open
	// Place matches any part of the place's words or of its entity's
	// name, case-insensitively.
	Place   string
	Article int64
	Site    string // the outlet of the event's article, exactly as stored
	Page
}
