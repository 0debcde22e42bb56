package queue

import (
	"cmp"
	"context"
	"encoding/json"
	"slices"
	"strings"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/rivertype"
)

// Status is the state of the queue's work, as `newsgraph status` and
// /api/status show it.
type Status struct {
	Queued  int `json:"queued"`  // waiting, or waiting to be retried
	Retries int `json:"retries"` // of the queued, those that failed before
	Running int `json:"running"`
	Done    int `json:"done"`   // completed and still kept by River (a day)
	Failed  int `json:"failed"` // given up: tried MaxAttempts times, or failed for good
	// Done in the last minute and the last hour.
	DoneLastMinute int        `json:"done_last_minute"`
	DoneLastHour   int        `json:"done_last_hour"`
	Errors         []JobError `json:"errors"` // the latest, newest first
}

// JobError is one job's latest error.
type JobError struct {
	Job     int64     `json:"job"`
	Source  string    `json:"source"`
	Attempt int       `json:"attempt"`
	At      time.Time `json:"at"`
	Error   string    `json:"error"`
	Final   bool      `json:"final"` // no more tries
}

// StatusErrors is how many errors Status lists.
const StatusErrors = 10

// Status counts jobs by state and lists the latest errors.
func (q *Queue) Status(ctx context.Context) (Status, error) {
	var s Status
	counts, err := q.driver.GetExecutor().JobCountByAllStates(ctx, &riverdriver.JobCountByAllStatesParams{})
	if err != nil {
		return s, err
	}
	s.Queued = counts[rivertype.JobStateAvailable] + counts[rivertype.JobStateScheduled] +
		counts[rivertype.JobStateRetryable] + counts[rivertype.JobStatePending]
	s.Retries = counts[rivertype.JobStateRetryable]
	s.Running = counts[rivertype.JobStateRunning]
	s.Done = counts[rivertype.JobStateCompleted]
	s.Failed = counts[rivertype.JobStateDiscarded] + counts[rivertype.JobStateCancelled]
	if s.DoneLastMinute, s.DoneLastHour, err = q.doneRecently(ctx); err != nil {
		return s, err
	}
	s.Errors, err = q.latestErrors(ctx)
	return s, err
}

// doneRecently counts jobs completed in the last minute and hour, by the
// database's clock (finalized_at is set by it).
func (q *Queue) doneRecently(ctx context.Context) (minute, hour int, err error) {
	query := `SELECT count(*) FILTER (WHERE finalized_at >= now() - interval '1 minute'), count(*)
		FROM river_job WHERE state = 'completed' AND finalized_at >= now() - interval '1 hour'`
	if q.sqlite {
		// River writes SQLite times as 'YYYY-MM-DD HH:MM:SS.SSS' in UTC,
		// which compare as text with datetime()'s.
		query = `SELECT coalesce(sum(finalized_at >= datetime('now', '-1 minute', 'subsec')), 0), count(*)
			FROM river_job WHERE state = 'completed' AND finalized_at >= datetime('now', '-1 hour', 'subsec')`
	}
	err = q.db.QueryRowContext(ctx, query).Scan(&minute, &hour)
	return minute, hour, err
}

// latestErrors takes the newest failures and retries waiting, and keeps
// the StatusErrors latest by their last error's time.
func (q *Queue) latestErrors(ctx context.Context) ([]JobError, error) {
	failed, err := q.inserter.JobList(ctx, river.NewJobListParams().
		States(rivertype.JobStateDiscarded, rivertype.JobStateCancelled).
		OrderBy(river.JobListOrderByFinalizedAt, river.SortOrderDesc).First(StatusErrors))
	if err != nil {
		return nil, err
	}
	retrying, err := q.inserter.JobList(ctx, river.NewJobListParams().
		States(rivertype.JobStateRetryable).
		OrderBy(river.JobListOrderByID, river.SortOrderDesc).First(StatusErrors))
	if err != nil {
		return nil, err
	}
	out := []JobError{}
	for _, j := range append(failed.Jobs, retrying.Jobs...) {
		if len(j.Errors) == 0 {
			continue
		}
		last := j.Errors[len(j.Errors)-1]
		out = append(out, JobError{Job: j.ID, Source: jobSource(j.EncodedArgs), Attempt: last.Attempt,
			At: last.At, Error: strings.TrimPrefix(last.Error, "JobCancelError: "), Final: j.State != rivertype.JobStateRetryable})
	}
	slices.SortFunc(out, func(a, b JobError) int { return cmp.Or(b.At.Compare(a.At), cmp.Compare(b.Job, a.Job)) })
	return out[:min(len(out), StatusErrors)], nil
}

// jobSource names a job's article from its stored arguments.
func jobSource(encoded []byte) string {
	var a articleArgs
	if json.Unmarshal(encoded, &a) != nil {
		return "(unreadable job arguments)"
	}
	return a.name()
}
