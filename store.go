package newsgraph

import (
	"context"
	"time"
)

// Article is a stored document: the analysed Doc, the hash that makes
// ingestion idempotent, and when it was stored.
type Article struct {
	ID       int64
	Hash     string // SHA-256 of the raw input, hex
	Doc      *Doc
	Ingested time.Time
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

// QuoteFilter selects quotes. Speaker matches any part of the speaker's
// name, case-insensitively; Query is full text over the content.
type QuoteFilter struct {
	Speaker     string
	EntityID    int64
	Actor       int64 // quotes by this actor
	AddressedTo int64 // quotes addressed to this actor
	Query       string
	From, To    time.Time // publication dates, inclusive; zero means open
	// Types keeps the quotes of any of these types (each one of
	// AttributionTypes); empty keeps every quote, untyped ones included.
	Types []AttributionType
	// MinConfidence hides the scored quotes whose confidence is below it
	// (0 to 1). Unscored quotes (confidence 0) are kept: articles stored
	// before scoring have none, and an unknown is not a low score.
	MinConfidence float64
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
	ActorStore
	Close() error
}
