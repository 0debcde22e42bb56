package loadtest

import (
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Endpoint is one kind of request: its name and the URL path (with query)
// of its i-th request.
type Endpoint struct {
	Name string
	Path func(i int) string
}

// Endpoints are the requests measured: quotes by a speaker's surname (drawn
// with the corpus's own skew, so popular speakers are asked for most), the
// pages of the article list, full-text search for a surname or a word of
// the text, and the entity list.
func Endpoints() []Endpoint {
	pick := func(i int) *rand.Rand { return rand.New(rand.NewPCG(uint64(i), 0x71756572)) }
	return []Endpoint{
		{"/api/quotes?speaker=", func(i int) string {
			p := skewed(pick(i), People())
			return "/api/quotes?speaker=" + url.QueryEscape(strings.ToLower(LastName(p%lastNameCount)))
		}},
		{"/api/articles", func(i int) string {
			return fmt.Sprintf("/api/articles?offset=%d", i%10*20)
		}},
		{"/api/search?q=", func(i int) string {
			r := pick(i)
			q := VocabularyWord(20 + r.IntN(vocabulary-20))
			if i%2 == 0 {
				q = LastName(skewed(r, People()) % lastNameCount)
			}
			return "/api/search?q=" + url.QueryEscape(q)
		}},
		{"/api/entities", func(i int) string {
			return fmt.Sprintf("/api/entities?offset=%d", i%5*20)
		}},
	}
}

// Result is what one endpoint measured.
type Result struct {
	Endpoint      string
	Requests      int
	Failed        int // not 200, or no response
	Elapsed       time.Duration
	P50, P95, P99 time.Duration
	Max           time.Duration
}

// PerSecond is the throughput over the endpoint's whole run.
func (r Result) PerSecond() float64 { return float64(r.Requests) / r.Elapsed.Seconds() }

func (r Result) String() string {
	return fmt.Sprintf("%-22s %6d req %8.1f req/s  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms  failed %d",
		r.Endpoint, r.Requests, r.PerSecond(), ms(r.P50), ms(r.P95), ms(r.P99), ms(r.Max), r.Failed)
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// Run sends requests GET requests for each endpoint in turn to base (which
// must be a loopback address: this never loads anything else) from clients
// concurrent clients, each endpoint until its requests are done or budget
// has passed, and returns the measurements in endpoint order.
func Run(ctx context.Context, base string, endpoints []Endpoint, clients, requests int, budget time.Duration) ([]Result, error) {
	u, err := url.Parse(base)
	if err != nil {
		return nil, err
	}
	if ip := net.ParseIP(u.Hostname()); ip == nil || !ip.IsLoopback() {
		return nil, fmt.Errorf("loadtest: %q is not a loopback address", base)
	}
	tr := &http.Transport{MaxIdleConnsPerHost: clients, DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}
	var out []Result
	for _, e := range endpoints {
		r, err := runOne(ctx, client, base, e, clients, requests, budget)
		if err != nil {
			return out, err
		}
		out = append(out, r)
	}
	return out, nil
}

func runOne(ctx context.Context, client *http.Client, base string, e Endpoint, clients, requests int, budget time.Duration) (Result, error) {
	ctx, cancel := context.WithTimeout(ctx, budget)
	defer cancel()
	var next atomic.Int64
	var failed atomic.Int64
	lat := make([][]time.Duration, clients)
	var wg sync.WaitGroup
	start := time.Now()
	for c := range clients {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= requests || ctx.Err() != nil {
					return
				}
				t := time.Now()
				ok := get(ctx, client, base+e.Path(i))
				if ctx.Err() != nil {
					return // cut off by the budget: not a measurement
				}
				lat[c] = append(lat[c], time.Since(t))
				if !ok {
					failed.Add(1)
				}
			}
		})
	}
	wg.Wait()
	all := slices.Concat(lat...)
	if len(all) == 0 {
		return Result{}, errors.New("loadtest: " + e.Name + ": no request finished within the budget")
	}
	slices.Sort(all)
	q := func(p float64) time.Duration { return all[min(len(all)-1, int(p*float64(len(all))))] }
	return Result{Endpoint: e.Name, Requests: len(all), Failed: int(failed.Load()), Elapsed: time.Since(start),
		P50: q(0.50), P95: q(0.95), P99: q(0.99), Max: all[len(all)-1]}, nil
}

func get(ctx context.Context, client *http.Client, u string) bool {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return false
	}
	resp, err := client.Do(req)
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	_, err = io.Copy(io.Discard, resp.Body)
	return err == nil && resp.StatusCode == http.StatusOK
}
