package feeds

import (
	"math/rand/v2"
	"time"
)

// Policy is how often and how hard the watcher polls. Zero values take
// the defaults named on each field.
type Policy struct {
	// Interval is the wait between polls of a feed that does not say
	// how often it changes (default 15 minutes).
	Interval time.Duration
	// A feed's own interval (TTL, sy:updatePeriod) is kept within
	// [MinInterval, MaxInterval] (defaults 5 minutes, the smaller of it
	// and Interval, and 24 hours).
	MinInterval, MaxInterval time.Duration
	// Jitter moves each wait by up to ± this fraction of it (default
	// 0.1; negative for none).
	Jitter float64
	// MaxBackoff caps the wait after errors, and a Retry-After (default
	// 6 hours).
	MaxBackoff time.Duration
	// HostGap is the least time between the starts of two requests to
	// one host (default 2 seconds); PerHost how many may run at once
	// (default 2).
	HostGap time.Duration
	PerHost int
	// Workers is how many polls run at once, all hosts together
	// (default 8).
	Workers int
	// MaxItems is how many of a feed's items one poll reads, the newest
	// (default 200); MaxFeeds how many feeds one watcher follows
	// (default 10,000).
	MaxItems, MaxFeeds int
}

// WithDefaults fills the zero fields.
func (p Policy) WithDefaults() Policy {
	p.Interval = cmpOr(p.Interval, 15*time.Minute)
	p.MinInterval = cmpOr(p.MinInterval, min(5*time.Minute, p.Interval))
	p.MaxInterval = cmpOr(p.MaxInterval, max(24*time.Hour, p.Interval))
	if p.Jitter == 0 {
		p.Jitter = 0.1
	}
	p.MaxBackoff = cmpOr(p.MaxBackoff, 6*time.Hour)
	p.HostGap = cmpOr(p.HostGap, 2*time.Second)
	p.PerHost = cmpOr(p.PerHost, 2)
	p.Workers = cmpOr(p.Workers, 8)
	p.MaxItems = cmpOr(p.MaxItems, 200)
	p.MaxFeeds = cmpOr(p.MaxFeeds, 10000)
	return p
}

// interval is the wait after a good poll of a feed that asks for asks
// (0 when it does not say).
func (p Policy) interval(asks time.Duration) time.Duration {
	if asks <= 0 {
		return p.Interval
	}
	return min(max(asks, p.MinInterval), p.MaxInterval)
}

// afterError is the wait after the errors-th failure in a row: the
// feed's interval doubled per failure, capped; and never shorter than a
// Retry-After the server sent (itself capped at MaxBackoff).
func (p Policy) afterError(asks time.Duration, errors int, retryAfter time.Duration) time.Duration {
	wait := p.interval(asks)
	for range min(errors, 20) {
		wait *= 2
		if wait >= p.MaxBackoff {
			break
		}
	}
	return max(min(wait, p.MaxBackoff), min(retryAfter, p.MaxBackoff))
}

// jitter moves d by a random fraction within ±Jitter.
func (p Policy) jitter(d time.Duration) time.Duration {
	if p.Jitter <= 0 {
		return d
	}
	return d + time.Duration((rand.Float64()*2-1)*p.Jitter*float64(d))
}
