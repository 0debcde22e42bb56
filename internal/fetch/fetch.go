// Package fetch downloads article pages over HTTP(S) with the limits a
// crawler of untrusted addresses needs: a deadline, a size cap, a redirect
// cap, a real User-Agent, and no connections to addresses that are not
// globally reachable (loopback, private, link-local, and IPv6 forms that
// tunnel or translate to them) unless allowed, checked on the address
// actually dialled so that DNS tricks and redirects cannot get round it.
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
	AllowPrivate bool          // allow every address IsPublic refuses
}

// ErrPrivateAddress is returned for an address that is not on the public
// internet, unless Options.AllowPrivate is set.
var ErrPrivateAddress = errors.New("refusing to fetch a loopback, private, link-local or otherwise non-public address (use --allow-private to allow it)")

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
			return permanent{fmt.Errorf("stopped after %d redirects", opts.MaxRedirects)}
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

// IsPublic reports whether addr is a globally reachable unicast address:
// an IPv6 address that carries an IPv4 one (see embeddedIPv4) is judged by
// the IPv4 address it reaches, and every range of IANA's special-purpose
// registries that is not globally reachable is refused.
func IsPublic(addr netip.Addr) bool {
	addr = addr.WithZone("")
	if addr.Is4In6() {
		addr = addr.Unmap()
	}
	if addr.Is4() {
		return !inAny(notGlobalIPv4, addr)
	}
	if !addr.Is6() {
		return false
	}
	if v4s, ok := embeddedIPv4(addr); ok {
		for _, v4 := range v4s {
			if inAny(notGlobalIPv4, v4) {
				return false
			}
		}
		return true
	}
	// IANA has allocated only 2000::/3 for global unicast (RFC 4291 §2.4,
	// RFC 3587); everything else is reserved or special, so it is refused
	// whether or not the table below names it.
	return globalUnicastIPv6.Contains(addr) && !inAny(notGlobalIPv6, addr)
}

// notGlobalIPv4 is every block of IANA's IPv4 Special-Purpose Address
// Registry whose "Globally Reachable" is False, plus 192.0.0.0/24 whole and
// 192.88.99.0/24: a news page is never served from the two anycast
// exceptions inside the first (192.0.0.9 PCP, 192.0.0.10 TURN) or from
// the deprecated 6to4 relay anycast.
var notGlobalIPv4 = prefixes(
	"0.0.0.0/8",          // "this network" (RFC 791); 0.0.0.0 is any local address
	"10.0.0.0/8",         // private (RFC 1918)
	"100.64.0.0/10",      // shared address space, carrier-grade NAT (RFC 6598)
	"127.0.0.0/8",        // loopback (RFC 1122)
	"169.254.0.0/16",     // link-local, cloud metadata at 169.254.169.254 (RFC 3927)
	"172.16.0.0/12",      // private (RFC 1918)
	"192.0.0.0/24",       // IETF protocol assignments (RFC 6890)
	"192.0.2.0/24",       // documentation, TEST-NET-1 (RFC 5737)
	"192.88.99.0/24",     // 6to4 relay anycast, deprecated (RFC 7526)
	"192.168.0.0/16",     // private (RFC 1918)
	"198.18.0.0/15",      // benchmarking (RFC 2544)
	"198.51.100.0/24",    // documentation, TEST-NET-2 (RFC 5737)
	"203.0.113.0/24",     // documentation, TEST-NET-3 (RFC 5737)
	"224.0.0.0/4",        // multicast (RFC 5771)
	"240.0.0.0/4",        // reserved (RFC 1112)
	"255.255.255.255/32", // limited broadcast (RFC 919), inside 240/4 but named by the registry
)

// globalUnicastIPv6 is the only IPv6 block IANA allocates to the internet.
var globalUnicastIPv6 = netip.MustParsePrefix("2000::/3")

// notGlobalIPv6 is every block of IANA's IPv6 Special-Purpose Address
// Registry whose "Globally Reachable" is False. The forms that carry an
// IPv4 address (IPv4-mapped and -compatible, 64:ff9b::/96, 6to4, Teredo)
// are not here: embeddedIPv4 decodes them first. 2001::/23 is refused
// whole, without the registry's globally reachable exceptions (PCP, TURN
// and DNS-SD anycast in 2001:1::/48, AMT 2001:3::/32, AS112 2001:4:112::/48,
// ORCHIDv2 2001:20::/28, drone identifiers 2001:30::/28): they are service
// anycast and identifiers, never a web server, and a shorter table is
// easier to check.
var notGlobalIPv6 = prefixes(
	"::/128",         // unspecified (RFC 4291)
	"::1/128",        // loopback (RFC 4291)
	"64:ff9b:1::/48", // local-use IPv4/IPv6 translation (RFC 8215); where the IPv4 sits is the operator's choice
	"100::/64",       // discard-only (RFC 6666)
	"2001::/23",      // IETF protocol assignments (RFC 2928); Teredo 2001::/32 is decoded before
	"2001:db8::/32",  // documentation (RFC 3849)
	"3fff::/20",      // documentation (RFC 9637)
	"5f00::/16",      // segment routing SIDs (RFC 9602)
	"fc00::/7",       // unique local (RFC 4193)
	"fe80::/10",      // link-local (RFC 4291)
	"ff00::/8",       // multicast (RFC 4291)
)

// Prefixes of IPv6 forms that carry an IPv4 address.
var (
	nat64WellKnown = netip.MustParsePrefix("64:ff9b::/96") // RFC 6052
	sixToFour      = netip.MustParsePrefix("2002::/16")    // RFC 3056
	teredo         = netip.MustParsePrefix("2001::/32")    // RFC 4380
)

// embeddedIPv4 returns the IPv4 addresses that a connection to addr would
// reach through a translator or tunnel, and whether addr is such a form.
// Without it 64:ff9b::7f00:1 (127.0.0.1 through NAT64) or 2002:a9fe:a9fe::1
// (6to4 to the cloud metadata address) would pass as public IPv6.
// IPv4-mapped addresses are unmapped by the caller.
func embeddedIPv4(addr netip.Addr) ([]netip.Addr, bool) {
	b := addr.As16()
	v4 := func(i int) netip.Addr { return netip.AddrFrom4([4]byte(b[i : i+4])) }
	switch {
	case isIPv4Compatible(b):
		return []netip.Addr{v4(12)}, true // ::a.b.c.d, deprecated (RFC 4291 §2.5.5.1)
	case nat64WellKnown.Contains(addr):
		return []netip.Addr{v4(12)}, true
	case sixToFour.Contains(addr):
		return []netip.Addr{v4(2)}, true // 2002:AABB:CCDD::/48
	case teredo.Contains(addr):
		// Bits 32-63 are the Teredo server; the last 32 bits are the
		// client's address with every bit inverted. Both are dialled.
		client := [4]byte(b[12:16])
		for i := range client {
			client[i] ^= 0xff
		}
		return []netip.Addr{v4(4), netip.AddrFrom4(client)}, true
	}
	return nil, false
}

// isIPv4Compatible reports whether b is ::a.b.c.d, leaving out :: and ::1,
// which are the unspecified and loopback addresses.
func isIPv4Compatible(b [16]byte) bool {
	for _, x := range b[:12] {
		if x != 0 {
			return false
		}
	}
	return b[12]|b[13]|b[14] != 0 || b[15] > 1
}

func prefixes(ss ...string) []netip.Prefix {
	out := make([]netip.Prefix, len(ss))
	for i, s := range ss {
		out[i] = netip.MustParsePrefix(s)
	}
	return out
}

func inAny(ps []netip.Prefix, addr netip.Addr) bool {
	for _, p := range ps {
		if p.Contains(addr) {
			return true
		}
	}
	return false
}

func checkScheme(u *url.URL) error {
	if u.Scheme != "http" && u.Scheme != "https" {
		return permanent{fmt.Errorf("unsupported URL scheme %q (want http or https)", u.Scheme)}
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
		return nil, permanent{fmt.Errorf("bad URL: %w", err)}
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
		err := fmt.Errorf("fetch %s: HTTP %s", rawURL, resp.Status)
		if goneForGood(resp.StatusCode) {
			return nil, permanent{err}
		}
		return nil, err
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.opts.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", rawURL, err)
	}
	if int64(len(body)) > c.opts.MaxBytes {
		return nil, permanent{fmt.Errorf("fetch %s: page larger than %d bytes", rawURL, c.opts.MaxBytes)}
	}
	return &Page{URL: resp.Request.URL.String(), ContentType: resp.Header.Get("Content-Type"), Body: body}, nil
}

// permanent marks an error that fetching the same URL again would meet
// again: a refused address, a missing page, a redirect loop.
type permanent struct{ error }

func (p permanent) Unwrap() error { return p.error }

// Permanent reports whether err, from Get, would recur at every try, so
// that a queue gives the URL up at once rather than retrying it: the
// address is not public (without AllowPrivate), the URL is bad, the page
// is gone or refused for what the request is (HTTP 400, 401, 404, 405,
// 410, 414, 451), too large, or redirects without end. A timeout, a
// refused connection, HTTP 5xx and the 4xx that may pass (403 from a bot
// wall, 408, 421, 423, 425, 429) are tried again.
func Permanent(err error) bool {
	var p permanent
	return errors.Is(err, ErrPrivateAddress) || errors.As(err, &p)
}

// goneForGood: an HTTP status that a later try would get again.
func goneForGood(status int) bool {
	switch status {
	case http.StatusBadRequest, http.StatusUnauthorized, http.StatusNotFound, http.StatusMethodNotAllowed,
		http.StatusGone, http.StatusRequestURITooLong, http.StatusUnavailableForLegalReasons:
		return true
	}
	return false
}
