package newsgraph

import (
	"context"
	"time"
)

// StoryStore is the part of a Store that groups articles into stories:
// the same event or development across outlets and days (internal/story).
// Every stored article is in exactly one story, placed when it is put.
type StoryStore interface {
	// Stories lists the stories f selects, a page of them, and how many
	// there are.
	Stories(ctx context.Context, f StoryFilter) ([]StoryRecord, int, error)
	// Story returns one story with its articles, actors and quotations.
	Story(ctx context.Context, id int64) (*StoryDetail, error)
}

// StoryFilter selects stories. A story is dated by its articles: by
// publication date, else (for an undated article) by when it was stored.
type StoryFilter struct {
	Query    string    // full text: stories with an article matching it
	Site     string    // stories with an article from this outlet
	From, To time.Time // stories with an article dated in the range, inclusive; zero means open
	Article  int64     // the story of this article
	// Sort is newest (the latest article first, the default) or oldest
	// (the earliest first); relevance lists newest first too, stories
	// not being ranked.
	Sort Sort
	Page
}

// StoryRecord is a story as lists show it.
type StoryRecord struct {
	ID int64 `json:"id"`
	// Title is its earliest article's title, or its heaviest words when
	// that article has none.
	Title    string    `json:"title"`
	First    time.Time `json:"first"` // the date of its earliest article
	Last     time.Time `json:"last"`  // the date of its latest article
	Articles int       `json:"articles"`
	Sites    int       `json:"sites"` // distinct outlets
}

// StoryDetail is a story with what its page shows.
type StoryDetail struct {
	StoryRecord
	// ArticleList is every article of the story, the earliest first
	// (at most 500).
	ArticleList []ArticleSummary `json:"article_list"`
	Actors      []StoryActor     `json:"actors"` // the most mentioned first (at most 30)
	// Quotations are the story's distinct quotations, each with the
	// article that printed it first and the ones that repeated it, the
	// most repeated first. Quotations counts them.
	Quotations []Quotation `json:"quotations"`
	// QuotationCount is how many distinct quotations the story holds;
	// Quotes, how many quotes (repeats and copies included).
	QuotationCount int `json:"quotation_count"`
	Quotes         int `json:"quotes"`
}

// StoryActor is an actor named in a story's articles.
type StoryActor struct {
	ID       int64  `json:"id"`
	Name     string `json:"name"`
	Type     string `json:"type"`
	Articles int    `json:"articles"` // of the story's that name it
	Mentions int    `json:"mentions"`
}

// Quotation is one thing said, as every article of a story printed it:
// quotes whose content reads the same once spaces, quotation marks,
// punctuation and case are set aside, or nearly the same (one a trimmed
// form of the other).
type Quotation struct {
	// First is the quote of the article that printed it first, by
	// publication date, else by when it was stored.
	First QuoteRecord `json:"first"`
	// Repeats are the other articles' quotes of it, in the order they
	// were printed.
	Repeats []QuoteRecord `json:"repeats"`
}
