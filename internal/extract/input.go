package extract

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"
)

// MaxInputBytes is the largest article accepted. The longest real news pages
// are a few megabytes of HTML; anything past this is not an article.
const MaxInputBytes = 32 << 20

// Errors for input that cannot hold an article.
var (
	ErrEmpty    = errors.New("input is empty")
	ErrBinary   = errors.New("input is binary, not text or HTML")
	ErrTooLarge = fmt.Errorf("input is larger than %d MiB", MaxInputBytes>>20)
)

// Gunzip returns raw decompressed when it is gzip data (a saved page or
// feed often is), refusing output past MaxInputBytes; other input comes
// back unchanged.
func Gunzip(raw []byte) ([]byte, error) {
	if len(raw) < 2 || raw[0] != 0x1f || raw[1] != 0x8b {
		return raw, nil
	}
	z, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("bad gzip data: %w", err)
	}
	out, err := io.ReadAll(io.LimitReader(z, MaxInputBytes+1))
	if err != nil {
		return nil, fmt.Errorf("bad gzip data: %w", err)
	}
	if len(out) > MaxInputBytes {
		return nil, ErrTooLarge
	}
	return out, nil
}

// Check refuses input that is empty, too large or binary.
func Check(raw []byte) error {
	switch {
	case len(bytes.TrimSpace(raw)) == 0:
		return ErrEmpty
	case len(raw) > MaxInputBytes:
		return ErrTooLarge
	case looksBinary(raw):
		return ErrBinary
	}
	return nil
}

// looksBinary samples the start of the input: a NUL byte, or many control
// characters, mean it is not text. UTF-16 text is refused here too, since it
// is full of NULs; newsgraph reads UTF-8.
func looksBinary(raw []byte) bool {
	sample := raw
	if len(sample) > 8192 {
		sample = sample[:8192]
	}
	if bytes.IndexByte(sample, 0) >= 0 {
		return true
	}
	ctrl := 0
	for _, c := range sample {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	return ctrl*20 > len(sample)
}

// ValidUTF8 returns s with invalid byte sequences replaced by U+FFFD, and
// whether any were found.
func isUTF8(b []byte) bool { return utf8.Valid(b) }

func ValidUTF8(s string) (string, bool) {
	if utf8.ValidString(s) {
		return s, false
	}
	return string(bytes.ToValidUTF8([]byte(s), []byte("\uFFFD"))), true
}

// IsHTML reports whether raw looks like an HTML document or fragment rather
// than plain text. Plain text with the odd angle bracket (or PolNeAR's
// <tweet> markup) stays text: HTML needs a known structural tag.
func IsHTML(raw []byte) bool {
	head := raw
	if len(head) > 4096 {
		head = head[:4096]
	}
	head = bytes.ToLower(bytes.TrimSpace(head))
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	for _, p := range [][]byte{[]byte("<!doctype html"), []byte("<html"), []byte("<?xml"), []byte("<!--")} {
		if bytes.HasPrefix(head, p) {
			return true
		}
	}
	if !bytes.HasPrefix(head, []byte("<")) {
		return false
	}
	for _, tag := range []string{"<head", "<body", "<p>", "<p ", "<div", "<article", "<meta", "<title"} {
		if bytes.Contains(head, []byte(tag)) {
			return true
		}
	}
	return false
}
