package sqlstore

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
)

// An actor's timeline is counted by day in SQL (one GROUP BY per series,
// the same statement in both databases) and gathered into days or weeks
// in Go, where ISO weeks need no dialect of their own.

// The series of a timeline, in the order dayCounts holds them.
const (
	seriesSaid = iota
	seriesAddressed
	seriesDid
	seriesDoneTo
	seriesCount
)

// dayCounts are a timeline's counts by day (YYYY-MM-DD).
type dayCounts map[string]*[seriesCount]int

// Timeline counts what an actor said, was told, did and had done to it,
// by day or week.
func (s *Store) Timeline(ctx context.Context, f newsgraph.TimelineFilter) ([]newsgraph.TimelinePoint, error) {
	if f.Bucket != "" && f.Bucket != newsgraph.BucketDay && f.Bucket != newsgraph.BucketWeek {
		return nil, newsgraph.Errorf(newsgraph.EINVALID, "bucket must be day or week")
	}
	if err := s.actorExists(ctx, f.Actor); err != nil {
		return nil, err
	}
	counts := dayCounts{}
	for series, who := range map[int]string{seriesSaid: `q.speaker_actor`, seriesAddressed: `q.addressee_actor`} {
		conds, args, err := dateRange(`q.dated`, f.From, f.To, []string{who + ` = ?`}, []any{f.Actor})
		if err != nil {
			return nil, err
		}
		err = s.countDays(ctx, counts, series, `SELECT substr(q.dated, 1, 10), count(*) FROM quotes q WHERE `+strings.Join(conds, ` AND `)+` GROUP BY substr(q.dated, 1, 10)`, args)
		if err != nil {
			return nil, err
		}
	}
	for series, ef := range map[int]newsgraph.EventFilter{
		seriesDid:    {Actor: f.Actor, From: f.From, To: f.To},
		seriesDoneTo: {Recipient: f.Actor, From: f.From, To: f.To},
	} {
		where, args, err := s.eventWhere(ef)
		if err != nil {
			return nil, err
		}
		if err := s.countDays(ctx, counts, series, `SELECT ev.dated, count(*) FROM events ev WHERE `+where+` GROUP BY ev.dated`, args); err != nil {
			return nil, err
		}
	}
	return bucketDays(counts, f), nil
}

// countDays adds one series' counts by day, read by query.
func (s *Store) countDays(ctx context.Context, counts dayCounts, series int, query string, args []any) error {
	rows, err := s.db.QueryContext(ctx, s.q(query), args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var day string
		var n int
		if err := rows.Scan(&day, &n); err != nil {
			return err
		}
		if counts[day] == nil {
			counts[day] = new([seriesCount]int)
		}
		counts[day][series] += n
	}
	return rows.Err()
}

// bucketDays gathers counts by day into f's buckets, oldest first,
// choosing the bucket when f leaves it open. A day that does not parse
// (no stored date should) is left out rather than failing the timeline.
func bucketDays(counts dayCounts, f newsgraph.TimelineFilter) []newsgraph.TimelinePoint {
	days := make([]time.Time, 0, len(counts))
	for d := range counts {
		if t, err := time.Parse(time.DateOnly, d); err == nil {
			days = append(days, t)
		}
	}
	slices.SortFunc(days, time.Time.Compare)
	out := []newsgraph.TimelinePoint{}
	if len(days) == 0 {
		return out
	}
	week := bucketIsWeek(f, days[0], days[len(days)-1])
	for _, d := range days {
		start, end := d, d
		if week {
			start = d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7)) // back to Monday
			end = start.AddDate(0, 0, 6)
		}
		if len(out) == 0 || out[len(out)-1].Start != start.Format(time.DateOnly) {
			out = append(out, newsgraph.TimelinePoint{Start: start.Format(time.DateOnly), End: end.Format(time.DateOnly)})
		}
		c, p := counts[d.Format(time.DateOnly)], &out[len(out)-1]
		p.Said, p.Addressed, p.Did, p.DoneTo = p.Said+c[seriesSaid], p.Addressed+c[seriesAddressed], p.Did+c[seriesDid], p.DoneTo+c[seriesDoneTo]
	}
	return out
}

// bucketIsWeek: a timeline counts by week when asked, or when it spans
// more than AutoDayBucketSpan (its filter's dates where given, else its
// first and last days).
func bucketIsWeek(f newsgraph.TimelineFilter, first, last time.Time) bool {
	if f.Bucket != "" {
		return f.Bucket == newsgraph.BucketWeek
	}
	if !f.From.IsZero() {
		first = f.From
	}
	if !f.To.IsZero() {
		last = f.To
	}
	return last.Sub(first) > newsgraph.AutoDayBucketSpan
}
