package feeds

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"
	"unicode/utf8"
)

// Item is one new feed item, as handed to the queue: the article at URL
// (or, for an item without a link, the Text the feed carries) with what
// the feed says of it.
type Item struct {
	Key       string // ItemKey: what makes it the same item on the next poll
	URL       string
	Title     string
	Text      string // the item's content, only when it has no link
	Published string // RFC 3339, or "" when the feed gives no valid date
	Source    string // the feed's URL
}

// Enqueuer takes new items; it returns how many it accepted as new (a
// queue that dedupes may take fewer than it was given).
type Enqueuer interface {
	Enqueue(ctx context.Context, items []Item) (int, error)
}

// EnqueueFunc adapts a function to Enqueuer.
type EnqueueFunc func(ctx context.Context, items []Item) (int, error)

// Enqueue calls f.
func (f EnqueueFunc) Enqueue(ctx context.Context, items []Item) (int, error) { return f(ctx, items) }

// maxKeyBytes bounds a stored key; a longer one is replaced by its hash.
const maxKeyBytes = 512

// ItemKey names an item across polls: its GUID, else its link, else a
// hash of its title and date (as the feed wrote them, so that a date we
// cannot read still tells two items apart). Keys are valid UTF-8 without
// NUL bytes (PostgreSQL refuses both in text) and at most 512 bytes; a
// longer one is hashed. An item with none of the four has key "".
func ItemKey(guid, link, title, date string) string {
	guid, link = strings.TrimSpace(guid), strings.TrimSpace(link)
	var key string
	switch {
	case guid != "":
		key = guid
	case link != "":
		key = link
	case strings.TrimSpace(title+date) != "":
		return hashKey(title + "\x00" + date)
	default:
		return ""
	}
	if len(key) > maxKeyBytes || !utf8.ValidString(key) || strings.ContainsRune(key, 0) {
		return hashKey(key)
	}
	return key
}

// hashKey keeps a key's identity in 71 bytes; "sha256:" cannot start a
// GUID or link it would collide with in practice.
func hashKey(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "sha256:" + hex.EncodeToString(sum[:])
}

// Dates outside these years are taken for errors (a zero date written as
// 0001, a typo of 20226) rather than kept as news from another age.
const (
	minYear       = 1900
	maxYearsAhead = 1
)

// itemDate returns an item's date as RFC 3339, or "" and false when the
// feed gave a date that is missing, unreadable or out of range. now is
// the poll's time, for the range.
func itemDate(parsed *time.Time, now time.Time) (string, bool) {
	if parsed == nil {
		return "", false
	}
	y := parsed.Year()
	if y < minYear || y > now.Year()+maxYearsAhead {
		return "", false
	}
	return parsed.UTC().Format(time.RFC3339), true
}

// clean makes text from a feed safe to store: valid UTF-8, no NUL bytes,
// at most max bytes (cut at a character boundary).
func clean(s string, max int) string {
	s = strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\x00", "")
	if len(s) <= max {
		return strings.TrimSpace(s)
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return strings.TrimSpace(s[:cut])
}
