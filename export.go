package newsgraph

import "context"

// ExportStore is the part of a Store that streams whole lists for exports
// of any size: each Each method calls fn with every item its filter
// selects, in id order (the order they were stored), reading a batch at a
// time after the last id seen, so that memory stays flat however long the
// list. Filters are honoured exactly as the paged lists honour them; the
// filter's Sort and Page.Offset are left out, and a positive Page.Limit is
// the batch size (the store's default otherwise). An error from fn stops
// the walk and is returned. EachEvent (on Store) is the same for events.
//
// A progress bar wants the total first: the paged list's total, asked
// with a limit of 1, is the count of what Each yields.
type ExportStore interface {
	EachQuote(ctx context.Context, f QuoteFilter, fn func(QuoteRecord) error) error
	// EachArticle yields the articles' summaries (a search's snippets
	// are left out).
	EachArticle(ctx context.Context, f ArticleFilter, fn func(ArticleSummary) error) error
	EachActor(ctx context.Context, f ActorFilter, fn func(ActorRecord) error) error
	EachStory(ctx context.Context, f StoryFilter, fn func(StoryRow) error) error
}

// StoryRow is a story as an export writes it: the list's record and its
// most mentioned actors, as the story's page names them (at most
// StoryRowActors).
type StoryRow struct {
	StoryRecord
	TopActors []StoryActor `json:"top_actors"`
}

// StoryRowActors is how many of a story's actors a StoryRow names.
const StoryRowActors = 5
