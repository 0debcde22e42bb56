package fetch

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
	"time"
)

func TestRefusesLoopbackByDefault(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("<p>secret</p>"))
	}))
	defer srv.Close()
	_, err := New(Options{}).Get(context.Background(), srv.URL)
	if !errors.Is(err, ErrPrivateAddress) {
		t.Fatalf("err = %v, want ErrPrivateAddress", err)
	}
	if !strings.Contains(err.Error(), "--allow-private") {
		t.Errorf("error does not say how to allow it: %v", err)
	}
}

func TestAllowPrivateFetches(t *testing.T) {
	var ua string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ua = r.UserAgent()
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<p>hello</p>"))
	}))
	defer srv.Close()
	p, err := New(Options{AllowPrivate: true}).Get(context.Background(), srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	if string(p.Body) != "<p>hello</p>" || p.ContentType != "text/html" || ua != UserAgent {
		t.Errorf("page %+v, user agent %q", p, ua)
	}
}

func TestTimeoutOnHangingServer(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	start := time.Now()
	_, err := New(Options{AllowPrivate: true, Timeout: 300 * time.Millisecond}).Get(context.Background(), srv.URL)
	if err == nil {
		t.Fatal("no error from a server that never answers")
	}
	if time.Since(start) > 5*time.Second {
		t.Errorf("took %v to give up", time.Since(start))
	}
}

func TestSizeAndRedirectCaps(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) { w.Write(make([]byte, 2048)) })
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/missing", http.NotFound)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c := New(Options{AllowPrivate: true, MaxBytes: 1024, MaxRedirects: 3})
	for path, want := range map[string]string{"/big": "larger than", "/loop": "redirects", "/missing": "404"} {
		if _, err := c.Get(context.Background(), srv.URL+path); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: err = %v, want %q", path, err, want)
		}
	}
	if _, err := c.Get(context.Background(), "ftp://example.org/x"); err == nil {
		t.Error("ftp URL accepted")
	}
}

// What a later try would meet again is Permanent, so that a queue gives it
// up at once; a busy server, a timeout or a 5xx may pass.
func TestPermanentErrors(t *testing.T) {
	mux := http.NewServeMux()
	mux.HandleFunc("/loop", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop", http.StatusFound) })
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/busy", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusTooManyRequests) })
	mux.HandleFunc("/down", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusBadGateway) })
	mux.HandleFunc("/walled", func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusForbidden) }) // a bot wall may let a later try in
	srv := httptest.NewServer(mux)
	defer srv.Close()
	c := New(Options{AllowPrivate: true, MaxRedirects: 3})
	for path, want := range map[string]bool{"/loop": true, "/missing": true, "/busy": false, "/down": false, "/walled": false} {
		if _, err := c.Get(context.Background(), srv.URL+path); err == nil || Permanent(err) != want {
			t.Errorf("%s: err %v, permanent %v, want %v", path, err, Permanent(err), want)
		}
	}
	if _, err := New(Options{}).Get(context.Background(), srv.URL+"/missing"); !Permanent(err) {
		t.Errorf("a private address refused: %v, want permanent", err)
	}
	if _, err := c.Get(context.Background(), "ftp://example.org/x"); !Permanent(err) {
		t.Errorf("an ftp URL: %v, want permanent", err)
	}
}

func TestIsPublic(t *testing.T) {
	for _, c := range []struct {
		addr string
		want bool
		why  string
	}{
		// Public addresses, and IPv6 forms whose IPv4 address is public.
		{"8.8.8.8", true, "Google DNS"},
		{"1.1.1.1", true, "Cloudflare DNS"},
		{"93.184.215.14", true, "a web server"},
		{"192.31.196.1", true, "AS112, globally reachable in the registry"},
		{"223.255.255.255", true, "last address before multicast"},
		{"2606:4700:4700::1111", true, "Cloudflare DNS"},
		{"2001:4860:4860::8888", true, "Google DNS"},
		{"2a00:1450::1", true, "a RIPE allocation"},
		{"::ffff:8.8.8.8", true, "IPv4-mapped public"},
		{"::8.8.8.8", true, "IPv4-compatible public"},
		{"64:ff9b::808:808", true, "NAT64 to 8.8.8.8, how IPv6-only hosts behind DNS64 reach IPv4 sites"},
		{"2002:808:808::1", true, "6to4 of 8.8.8.8"},
		{"2001:0:4136:e378::f7f7:f7f7", true, "Teredo, server 65.54.227.120, client 8.8.8.8"},

		// IPv4 special-purpose blocks.
		{"0.0.0.0", false, "this host"},
		{"0.1.2.3", false, "this network"},
		{"10.1.2.3", false, "RFC 1918"},
		{"100.64.0.1", false, "carrier-grade NAT"},
		{"100.127.255.255", false, "carrier-grade NAT, last"},
		{"127.0.0.1", false, "loopback"},
		{"127.255.255.254", false, "loopback, high"},
		{"169.254.169.254", false, "cloud metadata"},
		{"172.16.0.1", false, "RFC 1918"},
		{"172.31.255.255", false, "RFC 1918, last"},
		{"192.0.0.1", false, "IETF protocol assignments"},
		{"192.0.0.170", false, "NAT64 discovery"},
		{"192.0.2.1", false, "TEST-NET-1"},
		{"192.88.99.1", false, "6to4 relay anycast"},
		{"192.168.1.1", false, "RFC 1918"},
		{"198.18.0.1", false, "benchmarking"},
		{"198.19.255.255", false, "benchmarking, last"},
		{"198.51.100.7", false, "TEST-NET-2"},
		{"203.0.113.9", false, "TEST-NET-3"},
		{"224.0.0.1", false, "multicast"},
		{"239.255.255.250", false, "SSDP multicast"},
		{"240.0.0.1", false, "reserved"},
		{"255.255.255.255", false, "broadcast"},

		// IPv6 forms that carry a non-public IPv4 address.
		{"::ffff:127.0.0.1", false, "IPv4-mapped loopback"},
		{"::ffff:169.254.169.254", false, "IPv4-mapped metadata"},
		{"::127.0.0.1", false, "IPv4-compatible loopback"},
		{"::10.0.0.1", false, "IPv4-compatible private"},
		{"64:ff9b::7f00:1", false, "NAT64 to 127.0.0.1"},
		{"64:ff9b::a9fe:a9fe", false, "NAT64 to 169.254.169.254"},
		{"64:ff9b::c0a8:101", false, "NAT64 to 192.168.1.1"},
		{"64:ff9b:1::7f00:1", false, "local-use NAT64"},
		{"64:ff9b:1:ffff::808:808", false, "local-use NAT64 even to a public address"},
		{"2002:7f00:1::1", false, "6to4 of 127.0.0.1"},
		{"2002:a9fe:a9fe::", false, "6to4 of the metadata address"},
		{"2002:c612:1::1", false, "6to4 of 198.18.0.1"},
		{"2001:0:4136:e378:8000:63bf:80ff:fffe", false, "Teredo, client 127.0.0.1 (inverted)"},
		{"2001:0:4136:e378:8000:63bf:3fff:fdd2", false, "Teredo, client 192.0.2.45 (RFC 4380's example)"},
		{"2001:0:a00:1::f7f7:f7f7", false, "Teredo, server 10.0.0.1"},

		// IPv6 special-purpose blocks.
		{"::", false, "unspecified"},
		{"::1", false, "loopback"},
		{"100::1", false, "discard-only"},
		{"2001:2::1", false, "benchmarking, in IETF protocol assignments"},
		{"2001:1::1", false, "PCP anycast, refused with the rest of 2001::/23"},
		{"2001:1ff:ffff::1", false, "IETF protocol assignments, last /32"},
		{"2001:db8::1", false, "documentation"},
		{"3fff::1", false, "documentation"},
		{"3fff:fff::1", false, "documentation, last"},
		{"5f00::1", false, "SRv6 SIDs"},
		{"fc00::1", false, "unique local"},
		{"fd00::1", false, "unique local"},
		{"fe80::1", false, "link-local"},
		{"fe80::1%eth0", false, "link-local with a zone"},
		{"febf::1", false, "link-local, last"},
		{"ff02::1", false, "multicast"},
		{"::ffff:0:a00:1", false, "IPv4-translated (SIIT), outside 2000::/3"},
		{"4000::1", false, "unallocated, outside 2000::/3"},
		{"fec0::1", false, "deprecated site-local"},
	} {
		if got := IsPublic(netip.MustParseAddr(c.addr)); got != c.want {
			t.Errorf("IsPublic(%s) = %v, want %v (%s)", c.addr, got, c.want, c.why)
		}
	}
	if IsPublic(netip.Addr{}) {
		t.Error("the zero Addr is public")
	}
}

// The dial hook sees the resolved address, so a hostname that resolves to
// an IPv4-in-IPv6 form is caught there too.
func TestRefusePrivateOnDialledAddress(t *testing.T) {
	for addr, refused := range map[string]bool{
		"[64:ff9b::a9fe:a9fe]:80":    true,
		"[2002:7f00:1::1]:443":       true,
		"[::127.0.0.1]:80":           true,
		"198.18.0.5:80":              true,
		"[2606:4700:4700::1111]:443": false,
		"8.8.8.8:53":                 false,
	} {
		err := refusePrivate("tcp", addr, nil)
		if got := errors.Is(err, ErrPrivateAddress); got != refused {
			t.Errorf("refusePrivate(%s) = %v, want refused %v", addr, err, refused)
		}
	}
}
