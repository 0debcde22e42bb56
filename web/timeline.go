package web

import (
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/newsgraph/newsgraph"
)

// An actor's timeline, drawn as a server-rendered SVG bar chart: one
// stacked bar per day or week, one segment per series (said, addressed,
// did, done to), each segment a link to the list of what it counts. SVG
// written by html/template needs no script (the CSP allows none), no
// vendored library, escapes names like the rest of the page, and a test
// can read it.

// timelineFilter reads an actor's timeline parameters: from, to and
// bucket (day, week, or empty to let the span choose).
func timelineFilter(r *http.Request, actor int64) (newsgraph.TimelineFilter, error) {
	f := newsgraph.TimelineFilter{Actor: actor}
	var err error
	if f.From, f.To, err = dateRangeParams(r); err != nil {
		return f, err
	}
	f.Bucket = r.URL.Query().Get("bucket")
	if f.Bucket != "" && f.Bucket != newsgraph.BucketDay && f.Bucket != newsgraph.BucketWeek {
		return f, newsgraph.Errorf(newsgraph.EINVALID, "bucket must be day or week")
	}
	return f, nil
}

// apiTimeline answers an actor's timeline: its buckets and their size.
func (s *Server) apiTimeline(w http.ResponseWriter, r *http.Request) {
	id, err := pathID(r)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	f, err := timelineFilter(r, id)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	points, err := s.Store.Timeline(r.Context(), f)
	if err != nil {
		s.apiError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"actor": id, "bucket": bucketOf(points), "points": points})
}

// bucketOf says whether points count days or weeks ("" when there are
// none).
func bucketOf(points []newsgraph.TimelinePoint) string {
	if len(points) == 0 {
		return ""
	}
	if points[0].Start == points[0].End {
		return newsgraph.BucketDay
	}
	return newsgraph.BucketWeek
}

// timelineSeries are the four things a timeline counts, bottom to top in
// each bar: the name the chart gives each, its list and its parameter
// naming the actor there.
var timelineSeries = []struct {
	Class, Label, List, Param string
	Unit, Says                string // "3 quotes said", "1 event done to them"
	count                     func(newsgraph.TimelinePoint) int
}{
	{"said", "said", "/quotes", "actor", "quote", "said", func(p newsgraph.TimelinePoint) int { return p.Said }},
	{"addressed", "addressed", "/quotes", "to_actor", "quote", "addressed to them", func(p newsgraph.TimelinePoint) int { return p.Addressed }},
	{"did", "did", "/events", "actor", "event", "they did", func(p newsgraph.TimelinePoint) int { return p.Did }},
	{"doneto", "done to", "/events", "recipient", "event", "done to them", func(p newsgraph.TimelinePoint) int { return p.DoneTo }},
}

// timelineChart is what the "timelinechart" template draws, in the
// SVG's own units.
type timelineChart struct {
	Width, Height   int
	Top, Bottom     float64 // the plot's top and bottom (its zero line)
	Left, Right     float64
	Bars            []chartBar
	YTicks, XLabels []chartTick
	Key             []chartKey
	Bucket          string // "day" or "week"
	Gaps            bool   // empty buckets are left out: too many to draw
}

// chartBar is one segment of a bar: a link to the list it counts.
type chartBar struct {
	X, Y, W, H  float64
	Class, Href string
	Title       string
}

// chartTick is a label along an axis.
type chartTick struct {
	X, Y  float64
	Label string
}

// chartKey is one series in the chart's key, with its total.
type chartKey struct {
	X            float64
	Class, Label string
	Total        int
}

// Timeline chart geometry.
const (
	timelineWidth, timelineHeight = 760, 270
	maxTimelineBars               = 600 // beyond this, empty buckets are not drawn
	maxBarWidth                   = 48
)

// newTimelineChart lays out points for actor; nil when there are none.
func newTimelineChart(actor int64, points []newsgraph.TimelinePoint) *timelineChart {
	if len(points) == 0 {
		return nil
	}
	c := &timelineChart{Width: timelineWidth, Height: timelineHeight, Top: 34, Bottom: timelineHeight - 40, Left: 44, Right: timelineWidth - 10,
		Bucket: bucketOf(points)}
	bars := fillGaps(points, c.Bucket)
	if len(bars) > maxTimelineBars {
		bars, c.Gaps = points, true
	}
	top := 0
	for _, p := range bars {
		top = max(top, p.Said+p.Addressed+p.Did+p.DoneTo)
	}
	scaleMax := niceCeiling(top)
	step := (c.Right - c.Left) / float64(len(bars))
	gap := 0.0 // between bars; a bar is at most maxBarWidth wide, centred in its step
	if step > 4 {
		gap = max(step*0.15, step-maxBarWidth)
	}
	height := c.Bottom - c.Top
	for i, p := range bars {
		y := c.Bottom
		x := c.Left + float64(i)*step + gap/2
		for _, series := range timelineSeries {
			n := series.count(p)
			if n == 0 {
				continue
			}
			h := max(float64(n)/float64(scaleMax)*height, 1.5)
			y -= h
			c.Bars = append(c.Bars, chartBar{X: round1(x), Y: round1(y), W: round1(step - gap), H: round1(h), Class: series.Class,
				Href: bucketLink(series.List, series.Param, actor, p), Title: bucketTitle(p, c.Bucket, plural(n, series.Unit)+" "+series.Says)})
		}
	}
	c.YTicks = yTicks(scaleMax, c.Top, c.Bottom)
	c.XLabels = xLabels(bars, c.Left, step, c.Bottom+16)
	c.Key = timelineKey(points, c.Left)
	return c
}

// fillGaps lists every bucket from the first point's to the last's, the
// empty ones too, so that the x axis is time; it stops early (returning
// more than maxTimelineBars) when there would be too many to draw.
func fillGaps(points []newsgraph.TimelinePoint, bucket string) []newsgraph.TimelinePoint {
	days := 1
	if bucket == newsgraph.BucketWeek {
		days = 7
	}
	first, err1 := time.Parse(time.DateOnly, points[0].Start)
	last, err2 := time.Parse(time.DateOnly, points[len(points)-1].Start)
	if err1 != nil || err2 != nil {
		return points
	}
	out := []newsgraph.TimelinePoint{}
	next := 0
	for d := first; !d.After(last) && len(out) <= maxTimelineBars; d = d.AddDate(0, 0, days) {
		start := d.Format(time.DateOnly)
		if next < len(points) && points[next].Start == start {
			out = append(out, points[next])
			next++
			continue
		}
		out = append(out, newsgraph.TimelinePoint{Start: start, End: d.AddDate(0, 0, days-1).Format(time.DateOnly)})
	}
	return out
}

// bucketLink is the list of what one segment counts: the actor's quotes
// or events in the bucket's days.
func bucketLink(list, param string, actor int64, p newsgraph.TimelinePoint) string {
	v := url.Values{}
	v.Set(param, strconv.FormatInt(actor, 10))
	v.Set("from", p.Start)
	v.Set("to", p.End)
	return list + "?" + v.Encode()
}

// bucketTitle is a segment's tooltip: "Week of 2 Mar 2026: 3 quotes said".
func bucketTitle(p newsgraph.TimelinePoint, bucket string, what string) string {
	when := p.Start
	if t, err := time.Parse(time.DateOnly, p.Start); err == nil {
		when = t.Format("2 Jan 2006")
	}
	if bucket == newsgraph.BucketWeek {
		when = "Week of " + when
	}
	return when + ": " + what
}

// niceCeiling is the smallest of 1, 2, 5, 10, 20, 50… at least n.
func niceCeiling(n int) int {
	for scale := 1; ; scale *= 10 {
		for _, m := range []int{1, 2, 5} {
			if m*scale >= n {
				return m * scale
			}
		}
	}
}

// yTicks labels zero, the middle (when it is a whole number) and the top.
func yTicks(scaleMax int, top, bottom float64) []chartTick {
	ticks := []chartTick{{Y: bottom, Label: "0"}}
	if scaleMax%2 == 0 {
		ticks = append(ticks, chartTick{Y: round1((top + bottom) / 2), Label: strconv.Itoa(scaleMax / 2)})
	}
	return append(ticks, chartTick{Y: top, Label: strconv.Itoa(scaleMax)})
}

// xLabels dates about six of the bars, evenly spread.
func xLabels(bars []newsgraph.TimelinePoint, left, step, y float64) []chartTick {
	every := max(1, (len(bars)+5)/6)
	var out []chartTick
	for i := 0; i < len(bars); i += every {
		label := bars[i].Start
		if t, err := time.Parse(time.DateOnly, label); err == nil {
			label = t.Format("2 Jan 2006")
		}
		out = append(out, chartTick{X: round1(left + (float64(i)+0.5)*step), Y: y, Label: label})
	}
	return out
}

// timelineKey names the series along the top, each with its total.
func timelineKey(points []newsgraph.TimelinePoint, left float64) []chartKey {
	out := make([]chartKey, len(timelineSeries))
	for i, series := range timelineSeries {
		out[i] = chartKey{X: left + float64(i)*150, Class: series.Class, Label: series.Label}
		for _, p := range points {
			out[i].Total += series.count(p)
		}
	}
	return out
}

// round1 keeps one decimal: the SVG stays short and reads the same.
func round1(v float64) float64 { return float64(int64(v*10+0.5)) / 10 }
