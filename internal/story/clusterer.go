package story

import (
	"math"
	"slices"
	"strconv"
	"time"

	"github.com/newsgraph/newsgraph/internal/dedup"
)

// Story is a group of articles about one event or development.
type Story struct {
	ID          int64
	Articles    []int64   // in the order they were added
	First, Last time.Time // the earliest and latest publication dates
	Terms       centroid  // sum of the articles' unit TF-IDF word vectors
	Names       centroid  // sum of their unit actor vectors
	Events      centroid  // sum of their unit event vectors
	indexed     map[string]bool
}

// TopNames returns the keys of the story's n most salient actors over all
// its articles ("actor:ID" for a linked corpus actor, "name:lower name"
// otherwise), most salient first.
func (s *Story) TopNames(n int) []string { return vectorOf(s.Names.Sum).top(n) }

// TopTerms returns the story's n heaviest content words.
func (s *Story) TopTerms(n int) []string { return vectorOf(s.Terms.Sum).top(n) }

// Clusterer assigns articles to stories as they arrive. It is not safe
// for concurrent use. Its exported fields are the whole state a store
// would persist to resume clustering: the counts behind the IDF weights,
// the stories with their centroids and dates, which story each article
// is in, the posting lists and the latest date seen; the near-duplicate
// index is rebuilt from the articles' signatures (dedup.Signature).
type Clusterer struct {
	Config   Config
	Articles int                // articles added
	DF       map[string]int     // "t:word", "n:name", "e:event" → articles holding it
	Stories  []*Story           // Stories[i].ID == i+1
	StoryOf  map[int64]int64    // article → story
	Postings map[string][]int64 // "t:word@week" or "n:name@week" → stories it indexes that week, oldest first
	Latest   time.Time          // the latest publication date seen
	dups     *dedup.Index
}

// New returns an empty clusterer.
func New(cfg Config) *Clusterer {
	return &Clusterer{
		Config:   cfg,
		DF:       map[string]int{},
		StoryOf:  map[int64]int64{},
		Postings: map[string][]int64{},
		dups:     dedup.NewIndex(),
	}
}

// Story returns the story with the given id, or nil.
func (c *Clusterer) Story(id int64) *Story {
	if id < 1 || id > int64(len(c.Stories)) {
		return nil
	}
	return c.Stories[id-1]
}

// Add places article id, with features f, in a story and returns the
// story's id. Adding an article twice returns its story again.
func (c *Clusterer) Add(id int64, f Features) int64 {
	if sid, ok := c.StoryOf[id]; ok {
		return sid
	}
	at := f.Published
	if at.IsZero() {
		at = c.Latest // undated: as if published with the latest article
	}
	if at.After(c.Latest) {
		c.Latest = at
	}
	a := c.weigh(f)
	sid := c.duplicateStory(f)
	if sid == 0 {
		if best, score := c.best(a, at); score >= c.Config.Threshold {
			sid = best
		}
	}
	if sid == 0 {
		sid = int64(len(c.Stories) + 1)
		c.Stories = append(c.Stories, &Story{ID: sid, First: at, Last: at, indexed: map[string]bool{}})
	}
	c.join(c.Story(sid), id, a, at)
	if f.Signed && c.Config.Duplicates {
		c.dups.Add(id, f.Signature)
	}
	return sid
}

// duplicateStory is the story of an article f nearly duplicates, or 0.
func (c *Clusterer) duplicateStory(f Features) int64 {
	if !f.Signed || !c.Config.Duplicates {
		return 0
	}
	for _, m := range c.dups.Near(f.Signature, dedup.Threshold) {
		if sid, ok := c.StoryOf[m.ID]; ok {
			return sid
		}
	}
	return 0
}

// best returns the most similar active story and its similarity, the
// lower id on a tie; 0 when no story shares a key with the article.
func (c *Clusterer) best(a article, at time.Time) (int64, float64) {
	var bestID int64
	bestScore := math.Inf(-1)
	for _, sid := range c.candidates(a, at) {
		if s := c.similarity(a, c.Story(sid), at); s > bestScore {
			bestID, bestScore = sid, s
		}
	}
	return bestID, bestScore
}

// similarity weighs the three cosines and lets them decay with the days
// between the article and the story.
func (c *Clusterer) similarity(a article, s *Story, at time.Time) float64 {
	cfg := c.Config
	sim := cfg.TextWeight*s.Terms.cosine(a.terms) +
		cfg.NameWeight*s.Names.cosine(a.names) +
		cfg.EventWeight*s.Events.cosine(a.events)
	if cfg.DecayDays > 0 {
		sim *= math.Exp(-gapDays(s, at) / cfg.DecayDays)
	}
	return sim
}

// gapDays is how many days at lies outside the story's span, 0 inside it.
func gapDays(s *Story, at time.Time) float64 {
	switch {
	case at.Before(s.First):
		return s.First.Sub(at).Hours() / 24
	case at.After(s.Last):
		return at.Sub(s.Last).Hours() / 24
	}
	return 0
}

// join adds the article to the story and indexes the story under the
// article's keys.
func (c *Clusterer) join(s *Story, id int64, a article, at time.Time) {
	s.Articles = append(s.Articles, id)
	if at.Before(s.First) {
		s.First = at
	}
	if at.After(s.Last) {
		s.Last = at
	}
	s.Terms.add(a.terms)
	s.Names.add(a.names)
	s.Events.add(a.events)
	c.StoryOf[id] = s.ID
	if s.indexed == nil {
		// A Story restored from stored data has no index of its keys: at
		// worst a key is posted twice, which candidates dedupes.
		s.indexed = map[string]bool{}
	}
	week := weekOf(at)
	for _, k := range a.keys {
		pk := postingKey(k, week)
		if !s.indexed[pk] {
			s.indexed[pk] = true
			c.Postings[pk] = append(c.Postings[pk], s.ID)
		}
	}
}

// candidates are the stories indexed under the article's keys in the
// weeks its window touches and within the window of its date, in id
// order. The index is by week, not pruned against the latest date seen:
// an archive ingested out of date order (one outlet's autumn, then
// another's) must find the stories of its own weeks, and a key's list
// for one week stays as short as that week's stories.
func (c *Clusterer) candidates(a article, at time.Time) []int64 {
	window := days(c.Config.WindowDays)
	var out []int64
	for week := weekOf(at.Add(-window)); week <= weekOf(at.Add(window)); week++ {
		for _, k := range a.keys {
			for _, sid := range c.Postings[postingKey(k, week)] {
				if gapDays(c.Story(sid), at) <= c.Config.WindowDays {
					out = append(out, sid)
				}
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// weekOf numbers the week a date falls in, counted from the Unix epoch.
func weekOf(t time.Time) int64 {
	const week = 7 * 24 * 60 * 60
	s := t.Unix()
	if s < 0 {
		return (s+1)/week - 1 // floor for dates before 1970
	}
	return s / week
}

// postingKey is the posting list of key k in a week.
func postingKey(k string, week int64) string { return k + "@" + strconv.FormatInt(week, 10) }

func days(d float64) time.Duration { return time.Duration(d * 24 * float64(time.Hour)) }
