package newsgraph

import (
	"context"
	"strings"
	"time"
)

// An actor is one person, organisation or place across every stored
// article. Each article's analysis gathers its own mentions into entities
// (coreference) and may link an entity to the knowledge base (Entity's
// ActorID); the store keeps one row per entity of each article, and corpus
// linking (internal/corpuslink) assigns every such row to an actor, by
// knowledge-base identity, full name, or a short name the article's
// context makes unambiguous. Users' corrections (merge, split, alias) are
// kept and replayed on every re-linking.

// ActorRecord is an actor as lists show it.
type ActorRecord struct {
	ID       int64    `json:"id"`
	Key      string   `json:"key"` // stable across re-linking: "kb:ID" or "name:TYPE:name"
	Name     string   `json:"name"`
	Type     string   `json:"type"`            // PER, ORG, LOC or MISC, as entities
	KBID     string   `json:"kb_id,omitempty"` // the knowledge base's actor, when linked
	Aliases  []string `json:"aliases"`         // the names it is stored under, most used first
	Mentions int      `json:"mentions"`
	Articles int      `json:"articles"`
	Quotes   int      `json:"quotes"` // attributed to it
}

// ActorRole is a role an actor was described as holding in the articles
// ("Russian Defence Minister"), with the first and last publication dates
// it was read on, how often, and the first spans it was read from.
type ActorRole struct {
	Title    string         `json:"title"`
	Count    int            `json:"count"`
	First    time.Time      `json:"first,omitzero"`
	Last     time.Time      `json:"last,omitzero"`
	Evidence []RoleEvidence `json:"evidence"`
}

// RoleEvidence is where a role was read: an article and the code-point
// span of its text.
type RoleEvidence struct {
	Article int64 `json:"article"`
	TextSpan
}

// ActorDetail adds an actor's roles, what it said and was told, and where
// it is mentioned (the newest 100 of each).
type ActorDetail struct {
	ActorRecord
	Roles       []ActorRole      `json:"roles"`
	QuotesBy    []QuoteRecord    `json:"quotes_by"`
	QuotesTo    []QuoteRecord    `json:"quotes_to"`
	MentionedIn []ArticleSummary `json:"mentioned_in"`
	Corrections []Correction     `json:"corrections,omitempty"` // those naming this actor
}

// ActorFilter selects actors. Query matches any part of a name or alias,
// case-insensitively.
type ActorFilter struct {
	Query string
	Type  string
	Page
}

// LinkItem is one entity of one stored article, as corpus linking sees it.
type LinkItem struct {
	Article   int64
	Entity    int64  // the stored entity: its type and canonical name
	Type      string // PER, ORG, LOC, MISC
	Name      string
	KBID      string // the knowledge-base actor the article's analysis linked it to
	Mentions  int
	Published time.Time
}

// Linking is what corpus linking makes of a list of items: for each item,
// the index of its actor.
type Linking struct {
	Actor  []int
	Actors []LinkedActor
}

// LinkedActor is an actor as linking names it. Key identifies it across
// re-linkings, so that an actor keeps its ID and users' corrections find
// it.
type LinkedActor struct {
	Key, Name, Type, KBID string
	Aliases               []string
}

// Linker groups items into actors, applying corrections in order after
// its own decisions.
type Linker interface {
	Link(ctx context.Context, items []LinkItem, corrections []Correction) (Linking, error)
}

// The kinds of correction.
const (
	CorrectMerge = "merge" // Other's items join Actor
	CorrectSplit = "split" // Actor's items named Name become an actor of their own
	CorrectAlias = "alias" // items named Name, wherever linked, join Actor
)

// Correction is a user's correction of linking, kept by the store and
// replayed after every re-linking. Actors are named by their keys, which
// survive re-linking where IDs might not.
type Correction struct {
	ID    int64     `json:"id"`
	Kind  string    `json:"kind"`
	Actor string    `json:"actor"`           // key
	Other string    `json:"other,omitempty"` // key, for a merge
	Name  string    `json:"name,omitempty"`  // for a split or an alias
	Made  time.Time `json:"made,omitzero"`
}

// RelinkStats says what a re-linking did.
type RelinkStats struct {
	Items   int `json:"items"`   // entities of articles linked
	Actors  int `json:"actors"`  // actors after it
	Changed int `json:"changed"` // items whose actor changed
}

// ActorStore is the part of a Store that keeps actors.
type ActorStore interface {
	Actors(ctx context.Context, f ActorFilter) ([]ActorRecord, int, error)
	Actor(ctx context.Context, id int64) (*ActorDetail, error)
	// Relink regroups every stored entity of every article into actors
	// with link, replaying the stored corrections, and reports progress
	// (items written of all) as it goes; progress may be nil.
	Relink(ctx context.Context, link Linker, progress func(done, total int)) (RelinkStats, error)
	// Correct checks and records a correction (its actors given by ID);
	// it takes effect at the next Relink.
	Correct(ctx context.Context, kind string, actor, other int64, name string) (Correction, error)
	Corrections(ctx context.Context) ([]Correction, error)
	// ImportCorrection records a correction as another store exported it:
	// by actor keys, which mean the same in every store, checked for
	// shape only (the actors may come with articles still to be stored).
	// One recorded already (the same kind, keys, name and time) is
	// returned as it is, not recorded twice.
	ImportCorrection(ctx context.Context, c Correction) (Correction, error)
}

// ActorKey is the key an item has before corpus linking: its
// knowledge-base actor if the analysis linked it, else its type and folded
// name. Put links new articles' entities through it, to the actor the last
// re-linking gave the same key.
func ActorKey(kbID, typ, name string) string {
	if kbID != "" {
		return "kb:" + kbID
	}
	return "name:" + typ + ":" + FoldName(name)
}

// FoldName is the form names are compared in across articles: lower case,
// one space between words, no dots ("U.S." and "US", "Donald J. Trump"
// and "donald j trump").
func FoldName(name string) string {
	name = strings.NewReplacer(".", "", "’s", "", "'s", "").Replace(strings.ToLower(name))
	return strings.Join(strings.Fields(name), " ")
}
