package sqlstore

import (
	"context"

	"github.com/newsgraph/newsgraph"
)

// EachStory calls fn with every story f selects, in id order, each with
// its most mentioned actors.
func (s *Store) EachStory(ctx context.Context, f newsgraph.StoryFilter, fn func(newsgraph.StoryRow) error) error {
	where, args, err := s.storyWhere(f)
	if err != nil {
		return err
	}
	return each(ctx, s, keyset[newsgraph.StoryRow]{
		selectFrom: `SELECT ` + storyColumns + ` FROM stories st`,
		where:      where, args: args, idColumn: `st.id`, batch: batchSize(f.Page),
		scan: func(r scanner) (newsgraph.StoryRow, error) {
			st, err := scanStory(r)
			return newsgraph.StoryRow{StoryRecord: st, TopActors: []newsgraph.StoryActor{}}, err
		},
		id:   func(st newsgraph.StoryRow) int64 { return st.ID },
		fill: s.addTopActors,
	}, fn)
}

// addTopActors reads each story's most mentioned actors: a query a story,
// as its page reads them, which a batch of stories bounds.
func (s *Store) addTopActors(ctx context.Context, batch []newsgraph.StoryRow) error {
	for i := range batch {
		actors, err := s.storyActors(ctx, batch[i].ID)
		if err != nil {
			return err
		}
		batch[i].TopActors = actors[:min(len(actors), newsgraph.StoryRowActors)]
	}
	return nil
}
