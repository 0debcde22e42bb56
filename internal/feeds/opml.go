package feeds

import (
	"bytes"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"

	"golang.org/x/net/html/charset"
)

// Bounds of one OPML reading: lists that include lists that include
// themselves, or a thousand others, end here rather than in a loop.
const (
	maxOPMLDepth = 8     // includes within includes
	maxOPMLDocs  = 64    // documents read, the first one too
	maxOPMLFeeds = 10000 // feeds listed, all documents together
)

// ErrNotOPML is the error of a document whose root is not <opml>.
var ErrNotOPML = errors.New("not an OPML document")

// OPMLLoader reads the document a reference names: a URL, or a file path
// for a list on disk.
type OPMLLoader func(ctx context.Context, ref string) ([]byte, error)

// OPMLList is what an OPML reading found.
type OPMLList struct {
	Feeds []string // the feeds' URLs, each once, in document order
	// Problems says what was skipped and why: an include already read (a
	// loop), past the bounds, or that could not be read.
	Problems []string
}

// ReadOPML reads the OPML list at ref with everything it includes, within
// the bounds above. Only a failure to read ref itself is an error.
func ReadOPML(ctx context.Context, ref string, load OPMLLoader) (*OPMLList, error) {
	r := &opmlReading{load: load, seen: map[string]bool{}, feedSeen: map[string]bool{}, list: &OPMLList{}}
	if err := r.read(ctx, ref, 0); err != nil {
		return nil, err
	}
	return r.list, nil
}

type opmlReading struct {
	load     OPMLLoader
	seen     map[string]bool // documents read or being read
	feedSeen map[string]bool
	docs     int
	list     *OPMLList
}

func (r *opmlReading) read(ctx context.Context, ref string, depth int) error {
	r.seen[ref] = true
	r.docs++
	body, err := r.load(ctx, ref)
	if err != nil {
		return err
	}
	feeds, includes, err := ParseOPML(body)
	if err != nil {
		return fmt.Errorf("%s: %w", ref, err)
	}
	for _, f := range feeds {
		r.addFeed(ref, f)
	}
	for _, inc := range includes {
		r.include(ctx, resolveRef(ref, inc), depth+1)
	}
	return nil
}

func (r *opmlReading) addFeed(base, feed string) {
	feed = resolveRef(base, feed)
	switch {
	case r.feedSeen[feed]:
	case len(r.list.Feeds) >= maxOPMLFeeds:
		r.problem("%s: more than %d feeds listed; the rest left out", feed, maxOPMLFeeds)
	default:
		r.feedSeen[feed] = true
		r.list.Feeds = append(r.list.Feeds, feed)
	}
}

func (r *opmlReading) include(ctx context.Context, ref string, depth int) {
	switch {
	case r.seen[ref]:
		r.problem("%s: included again (a list that includes itself or loops), skipped", ref)
	case depth > maxOPMLDepth:
		r.problem("%s: included more than %d deep, skipped", ref, maxOPMLDepth)
	case r.docs >= maxOPMLDocs:
		r.problem("%s: more than %d lists included, skipped", ref, maxOPMLDocs)
	case ctx.Err() != nil:
		r.problem("%s: %v", ref, ctx.Err())
	default:
		if err := r.read(ctx, ref, depth); err != nil {
			r.problem("included list %v", err)
		}
	}
}

func (r *opmlReading) problem(format string, args ...any) {
	if len(r.list.Problems) < maxOPMLDocs {
		r.list.Problems = append(r.list.Problems, fmt.Sprintf(format, args...))
	}
}

// resolveRef resolves an include or feed address against the document it
// was read in: a URL against a URL, a relative path against a file's
// folder. Absolute URLs stand as they are.
func resolveRef(base, ref string) string {
	ref = strings.TrimSpace(ref)
	if u, err := url.Parse(ref); err == nil && u.IsAbs() {
		return ref
	}
	if b, err := url.Parse(base); err == nil && b.IsAbs() {
		if u, err := b.Parse(ref); err == nil {
			return u.String()
		}
		return ref
	}
	if filepath.IsAbs(ref) || ref == "" {
		return ref
	}
	return filepath.Join(filepath.Dir(base), ref)
}

// opmlOutline is the part of an <outline> that matters here.
type opmlOutline struct {
	Type     string        `xml:"type,attr"`
	XMLURL   string        `xml:"xmlUrl,attr"`
	URL      string        `xml:"url,attr"`
	Outlines []opmlOutline `xml:"outline"`
}

type opmlDoc struct {
	XMLName xml.Name      `xml:"opml"`
	Body    []opmlOutline `xml:"body>outline"`
}

// ParseOPML returns the feed URLs an OPML document lists (outlines with
// an xmlUrl, at any depth) and the lists it includes (type "include", or
// a "link" to an .opml file, as OPML 2.0 has it), as written.
func ParseOPML(body []byte) (feeds, includes []string, err error) {
	var doc opmlDoc
	dec := xml.NewDecoder(bytes.NewReader(body))
	dec.Strict = false // lists exported by hand-made tools are often sloppy
	dec.CharsetReader = charset.NewReaderLabel
	if err := dec.Decode(&doc); err != nil {
		var unexpected xml.UnmarshalError
		if errors.As(err, &unexpected) || strings.Contains(err.Error(), "expected element type <opml>") {
			return nil, nil, ErrNotOPML
		}
		return nil, nil, fmt.Errorf("%w: %v", ErrNotOPML, err)
	}
	// Walk with a stack of our own, not recursion: the nesting is the
	// document's to choose.
	var stack []opmlOutline
	push := func(os []opmlOutline) {
		for i := len(os) - 1; i >= 0; i-- { // reversed, so that pops keep document order
			stack = append(stack, os[i])
		}
	}
	push(doc.Body)
	for len(stack) > 0 && len(feeds)+len(includes) <= maxOPMLFeeds {
		o := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		push(o.Outlines)
		typ := strings.ToLower(strings.TrimSpace(o.Type))
		switch {
		case strings.TrimSpace(o.XMLURL) != "":
			feeds = append(feeds, strings.TrimSpace(o.XMLURL))
		case typ == "include" && strings.TrimSpace(o.URL) != "",
			typ == "link" && strings.HasSuffix(strings.ToLower(strings.TrimSpace(o.URL)), ".opml"):
			includes = append(includes, strings.TrimSpace(o.URL))
		}
	}
	return feeds, includes, nil
}

// IsOPML reports whether a document looks like an OPML list, from its
// first bytes.
func IsOPML(body []byte) bool {
	head := bytes.ToLower(body[:min(len(body), 1024)])
	return bytes.Contains(head, []byte("<opml"))
}
