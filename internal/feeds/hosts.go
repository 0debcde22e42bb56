package feeds

import (
	"net/url"
	"strings"
	"time"
)

// hosts keeps the per-host politeness: at most perHost requests to a host
// at once, at least gap between the starts of two of them, and no request
// before a pause the host asked for (Retry-After) is over. It belongs to
// the watcher's scheduling loop alone, so it needs no lock; and because a
// feed waiting for its host waits in the loop's queue rather than in a
// worker, a slow or throttled host holds up nothing but its own feeds.
type hosts struct {
	gap     time.Duration
	perHost int
	m       map[string]*hostState
}

type hostState struct {
	next     time.Time // the earliest start of the next request
	inflight int
}

func newHosts(gap time.Duration, perHost int) *hosts {
	return &hosts{gap: gap, perHost: max(1, perHost), m: map[string]*hostState{}}
}

// hostOf is the politeness key of a feed: its host name without the
// port, since ports of one name are most often one server.
func hostOf(feedURL string) string {
	u, err := url.Parse(feedURL)
	if err != nil {
		return feedURL
	}
	return strings.ToLower(u.Hostname())
}

// admit starts a request to host at now if the host allows one, and
// otherwise returns when to try again (zero when only a request ending
// will make room).
func (h *hosts) admit(host string, now time.Time) (ok bool, retry time.Time) {
	s := h.m[host]
	if s == nil {
		s = &hostState{}
		h.m[host] = s
	}
	if now.Before(s.next) {
		return false, s.next
	}
	if s.inflight >= h.perHost {
		return false, time.Time{}
	}
	s.inflight++
	s.next = now.Add(h.gap)
	return true, time.Time{}
}

// done ends a request to host; pauseUntil, when later than the host's
// next start, holds every feed of the host back until then.
func (h *hosts) done(host string, pauseUntil time.Time) {
	s := h.m[host]
	if s == nil {
		return
	}
	s.inflight--
	if pauseUntil.After(s.next) {
		s.next = pauseUntil
	}
}

// forget drops hosts with nothing in flight and no pause left, so that
// the map does not grow with every host ever polled.
func (h *hosts) forget(now time.Time) {
	for k, s := range h.m {
		if s.inflight == 0 && !now.Before(s.next) {
			delete(h.m, k)
		}
	}
}
