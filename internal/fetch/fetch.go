// Package fetch downloads article pages over HTTP(S) with the limits a
// crawler of untrusted addresses needs: a deadline, a size cap, a redirect
// cap, a real User-Agent, and no connections to loopback, private or
// link-local addresses unless allowed, checked on the address actually
// dialled so that DNS tricks and redirects cannot get round it.
package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"syscall"
	"time"
)

// UserAgent identifies newsgraph to the sites it reads.
const UserAgent = "Mozilla/5.0 (compatible; newsgraph/0.1; +https://github.com/newsgraph/newsgraph)"

// Options bound one fetch. Zero values take the defaults.
type Options struct {
	Timeout      time.Duration // whole request, body included; default 20s
	MaxBytes     int64         // default 32 MiB
	MaxRedirects int           // default 5
	AllowPrivate bool          // allow loopback, private and link-local addresses
}

// ErrPrivateAddress is returned for an address that is not on the public
// internet, unless Options.AllowPrivate is set.
var ErrPrivateAddress = errors.New("refusing to fetch a loopback, private or link-local address (use --allow-private to allow it)")

// Page is a fetched document.
type Page struct {
	URL         string // after redirects
	ContentType string
	Body        []byte
}

// Client fetches pages. It is safe for concurrent use.
type Client struct {
	opts Options
	http *http.Client
}

// New returns a client with the given limits.
func New(opts Options) *Client {
	if opts.Timeout <= 0 {
		opts.Timeout = 20 * time.Second
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = 32 << 20
	}
	if opts.MaxRedirects <= 0 {
		opts.MaxRedirects = 5
	}
	dialer := &net.Dialer{Timeout: 10 * time.Second}
	if !opts.AllowPrivate {
		dialer.Control = refusePrivate
	}
	transport := &http.Transport{
		Proxy:                 nil, // a proxy would dial for us and hide the real address
		DialContext:           dialer.DialContext,
		TLSHandshakeTimeout:   10 * time.Second,
		ResponseHeaderTimeout: opts.Timeout,
		MaxIdleConnsPerHost:   4,
	}
	c := &http.Client{Transport: transport, Timeout: opts.Timeout}
	c.CheckRedirect = func(req *http.Request, via []*http.Request) error {
		if len(via) > opts.MaxRedirects {
			return fmt.Errorf("stopped after %d redirects", opts.MaxRedirects)
		}
		return checkScheme(req.URL)
	}
	return &Client{opts: opts, http: c}
}

// refusePrivate runs on every connection, after DNS resolution.
func refusePrivate(network, address string, _ syscall.RawConn) error {
	ap, err := netip.ParseAddrPort(address)
	if err != nil {
		return fmt.Errorf("unexpected dial address %q: %w", address, err)
	}
	if !IsPublic(ap.Addr()) {
		return fmt.Errorf("%s: %w", ap.Addr(), ErrPrivateAddress)
	}
	return nil
}

// IsPublic reports whether addr is a globally routable unicast address.
func IsPublic(addr netip.Addr) bool {
	addr = addr.Unmap()
	return addr.IsGlobalUnicast() && !addr.IsPrivate() && !addr.IsLoopback() &&
		!addr.IsLinkLocalUnicast() && !sharedAddressSpace.Contains(addr)
}

// sharedAddressSpace is carrier-grade NAT (RFC 6598), private in practice.
var sharedAddressSpace = netip.MustParsePrefix("100.64.0.0/10")

func checkScheme(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("unsupported URL scheme %q (want http or https)", u.Scheme)
	}
	return nil
}

// IsURL reports whether s is an http or https URL.
func IsURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// Get fetches rawURL.
func (c *Client) Get(ctx context.Context, rawURL string) (*Page, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("bad URL: %w", err)
	}
	if err := checkScheme(u); err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("fetch %s: HTTP %s", rawURL, resp.Status)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.opts.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	if int64(len(body)) > c.opts.MaxBytes {
		return nil, fmt.Errorf("fetch %s: page larger than %d bytes", rawURL, c.opts.MaxBytes)
	}
	return &Page{URL: resp.Request.URL.String(), ContentType: resp.Header.Get("Content-Type"), Body: body}, nil
}
