package feeds

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strconv"
	"syscall"
	"time"

	"github.com/newsgraph/newsgraph/internal/fetch"
)

// DefaultUserAgent names newsgraph, its version, where to read about it,
// and a contact that an operator should fill in (watch --contact), so
// that a site's administrator can reach whoever is polling.
const DefaultUserAgent = "newsgraph-watch/0.1 (+https://github.com/newsgraph/newsgraph; contact: unset)"

// UserAgent returns the User-Agent with contact (an e-mail address or a
// URL) in place of the placeholder.
func UserAgent(contact string) string {
	if contact == "" {
		return DefaultUserAgent
	}
	return "newsgraph-watch/0.1 (+https://github.com/newsgraph/newsgraph; contact: " + contact + ")"
}

// ClientOptions bound every request. Zero values take the defaults.
type ClientOptions struct {
	Timeout      time.Duration // whole request, body included; default 20s
	MaxBytes     int64         // body cap; default 8 MiB, four times the largest news feeds
	MaxRedirects int           // default 5
	AllowPrivate bool          // allow addresses fetch.IsPublic refuses
	UserAgent    string        // default DefaultUserAgent
}

// Client fetches feeds with conditional GETs. It is safe for concurrent use.
type Client struct {
	opts ClientOptions
	http *http.Client
}

// NewClient returns a client with the given limits.
func NewClient(opts ClientOptions) *Client {
	opts.Timeout = cmpOr(opts.Timeout, 20*time.Second)
	opts.MaxBytes = cmpOr(opts.MaxBytes, 8<<20)
	opts.MaxRedirects = cmpOr(opts.MaxRedirects, 5)
	if opts.UserAgent == "" {
		opts.UserAgent = DefaultUserAgent
	}
	dialer := &net.Dialer{Timeout: min(opts.Timeout, 10*time.Second)}
	if !opts.AllowPrivate {
		dialer.Control = dialPublicOnly
	}
	transport := &http.Transport{
		Proxy:                 nil, // a proxy would dial for us and hide the real address
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   min(opts.Timeout, 10*time.Second),
		ResponseHeaderTimeout: opts.Timeout,
		MaxIdleConnsPerHost:   2,
		IdleConnTimeout:       90 * time.Second,
	}
	c := &http.Client{Transport: transport, Timeout: opts.Timeout}
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) > opts.MaxRedirects {
			return fmt.Errorf("stopped after %d redirects", opts.MaxRedirects)
		}
		if !fetch.IsURL(req.URL.String()) {
			return fmt.Errorf("redirected to %q, not an http(s) URL", req.URL.Redacted())
		}
		return nil
	}
	return &Client{opts: opts, http: c}
}

func cmpOr[T int | int64 | time.Duration](v, def T) T {
	if v <= 0 {
		return def
	}
	return v
}

// dialPublicOnly runs on every connection, after DNS resolution, so that
// neither a name nor a redirect can reach a private address.
func dialPublicOnly(_, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("unexpected dial address %q: %w", address, err)
	}
	if !fetch.IsPublic(ap.Addr()) {
		return fmt.Errorf("%s: %w", ap.Addr(), fetch.ErrPrivateAddress)
	}
	return nil
}

// Validators are what a previous response said to send back.
type Validators struct{ ETag, LastModified string }

// Response is a feed fetched, or found unchanged.
type Response struct {
	NotModified bool   // 304: Body is empty, the validators stand
	Body        []byte // 200
	URL         string // after redirects
	Validators  Validators
}

// StatusError is an HTTP answer other than 200 and 304.
type StatusError struct {
	Code       int
	Status     string
	RetryAfter time.Duration // from the Retry-After header; 0 without one
}

func (e *StatusError) Error() string { return "HTTP " + e.Status }

// Throttled reports whether the server asked us to slow down.
func (e *StatusError) Throttled() bool {
	return e.Code == http.StatusTooManyRequests || e.Code == http.StatusServiceUnavailable
}

// Get fetches rawURL, sending v as If-None-Match and If-Modified-Since.
func (c *Client) Get(ctx context.Context, rawURL string, v Validators) (*Response, error) {
	if !fetch.IsURL(rawURL) {
		return nil, fmt.Errorf("%q is not an http(s) URL", rawURL)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", c.opts.UserAgent)
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5")
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	switch resp.StatusCode {
	case http.StatusNotModified:
		return &Response{NotModified: true, URL: resp.Request.URL.String(), Validators: v}, nil
	case http.StatusOK:
	default:
		io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10)) // lets the connection be reused
		return nil, &StatusError{Code: resp.StatusCode, Status: resp.Status, RetryAfter: retryAfter(resp.Header.Get("Retry-After"), time.Now())}
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.opts.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("reading the body: %w", err)
	}
	if int64(len(body)) > c.opts.MaxBytes {
		return nil, fmt.Errorf("%w: larger than %d bytes", ErrTooLarge, c.opts.MaxBytes)
	}
	return &Response{Body: body, URL: resp.Request.URL.String(),
		Validators: Validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}}, nil
}

// ErrTooLarge is the error of a body past the size cap.
var ErrTooLarge = errors.New("feed too large")

// retryAfter reads a Retry-After header: seconds, or an HTTP date.
func retryAfter(h string, now time.Time) time.Duration {
	if h == "" {
		return 0
	}
	if secs, err := strconv.ParseInt(h, 10, 64); err == nil {
		return time.Duration(max(0, min(secs, 30*24*3600))) * time.Second
	}
	if t, err := http.ParseTime(h); err == nil && t.After(now) {
		return t.Sub(now)
	}
	return 0
}

// Load reads a document for ReadOPML: over HTTP when ref is a URL
// (without validators), else nothing (files are the caller's).
func (c *Client) Load(ctx context.Context, ref string) ([]byte, error) {
	if _, err := url.Parse(ref); err != nil || !fetch.IsURL(ref) {
		return nil, fmt.Errorf("%q is not an http(s) URL", ref)
	}
	resp, err := c.Get(ctx, ref, Validators{})
	if err != nil {
		return nil, err
	}
	return resp.Body, nil
}
