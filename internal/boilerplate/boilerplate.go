// Package boilerplate removes the web-page chrome that comes along when a
// news article is copied from a site or extracted from its HTML: "Related
// Articles" blocks, "Back to top", share and subscribe prompts, cookie
// notices, "Advertisement" markers.
//
// It is conservative by design: a paragraph goes only when it is short and
// matches a known chrome pattern, so a real sentence that mentions cookies or
// advertising is never dropped. Headline lists after a "Related" heading go
// too, but only while they look like headlines (no sentence punctuation).
package boilerplate

import (
	"regexp"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// maxChromeWords bounds how long a paragraph matched by a pattern may be.
// Chrome is terse; a longer paragraph is article text that happens to match.
const maxChromeWords = 12

// chrome matches a whole short paragraph that is page furniture. Patterns
// are anchored at both ends so they match the paragraph, not a phrase in it.
var chrome = regexp.MustCompile(`(?i)^(?:` + strings.Join([]string{
	`advertisement|advertising|sponsored( content)?|ad`,
	`back to top( button)?|scroll to top|top of page|go to top`,
	`(share|tweet|email|e-mail|print)( (this|the))?( (article|story|page|post))?( on (facebook|twitter|x|linkedin|whatsapp))?`,
	`(share|follow us)( on)?:?( ?(facebook|twitter|x|linkedin|whatsapp|email|reddit|pinterest|telegram)[ ,|/]*)*`,
	`((facebook|twitter|x|linkedin|whatsapp|email|e-mail|reddit|pinterest|telegram|bluesky|threads|print|copy link)[ ,|/]*){2,}`,
	`(subscribe|sign up|register)( now| today| here)?( (to|for) (our|the) (free )?(daily |weekly )?(newsletters?|updates|alerts))?!?`,
	`(click|tap) here( to (read|subscribe|share|comment|continue)[a-z ]*)?`,
	`(read|see) (more|also|next|full (story|article))(:.*)?`,
	`continue reading|keep reading|show (more|less)|load more( comments)?`,
	`(leave|post|add|view|show|hide) (a |all |the )?comments?( \(\d+\))?|\d+ comments?|comments`,
	`skip to (main )?content|skip navigation|jump to (main )?content`,
	`home|menu|search|log ?in|log ?out|sign in|navigation|main menu|close|toggle navigation|previous|next`,
	`(photo|image|video) credits?:.*`,
	`(all rights reserved|copyright ©?|©).{0,80}`,
	`(accept|allow|reject|manage) (all )?cookies|cookie (settings|preferences|policy)`,
	`(you may|we think you('d| would)) (also )?like|more (from|on) .{1,40}|recommended( for you)?|trending( now)?|most (read|popular|viewed)`,
	`related( articles?| stories| posts| news| content| coverage| topics)?:?|more stories|latest news|you might also like`,
	`tags?:.*|filed under:?.*|topics?:.*`,
}, "|") + `)[.!:]?$`)

// cookieNotice matches the consent banner sentences sites put first or last.
var cookieNotice = regexp.MustCompile(`(?i)\b(we|this (web)?site) uses? cookies\b|\bby (continuing to use|using) (this|our) (web)?site\b.*\bcookies\b`)

// relatedHeading opens a block of links to other articles.
var relatedHeading = regexp.MustCompile(`(?i)^(related( articles?| stories| posts| news| content| coverage)?|more stories|read more|you may also like|you might also like|recommended( for you)?|more from .{1,40}|latest news|most (read|popular))[.:]?$`)

// Filter returns the blocks with chrome removed. The title is never removed.
func Filter(blocks []newsgraph.Block) []newsgraph.Block {
	out := blocks[:0:0]
	inRelated := false
	for _, b := range blocks {
		if b.Kind == newsgraph.KindTitle {
			out = append(out, b)
			continue
		}
		t := strings.TrimSpace(b.Text)
		if strings.ContainsRune(t, '\n') {
			if kept, ok := filterLines(t, &inRelated); ok {
				if kept == "" {
					continue
				}
				b.Text = kept
				out = append(out, b)
				continue
			}
		}
		if inRelated && looksLikeHeadline(t) {
			continue
		}
		inRelated = relatedHeading.MatchString(t)
		if IsChrome(t) {
			continue
		}
		out = append(out, b)
	}
	return out
}

// filterLines filters the lines of a paragraph as Filter filters
// paragraphs, when one of them is chrome: text copied from a page often
// keeps its menus and share links one to a line with no blank line
// between, so that they arrive as one paragraph ("Share this article /
// Facebook Twitter Email / Read more / <a headline> / Sign up for our
// newsletter / © 2026 …"). It returns the lines kept, and false when no
// line is chrome: a paragraph of prose wrapped over lines stays whole.
func filterLines(p string, inRelated *bool) (string, bool) {
	lines := strings.Split(p, "\n")
	hasChrome := false
	for _, l := range lines {
		if IsChrome(strings.TrimSpace(l)) {
			hasChrome = true
			break
		}
	}
	if !hasChrome {
		return p, false
	}
	kept := lines[:0:0]
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if *inRelated && looksLikeHeadline(l) {
			continue
		}
		*inRelated = relatedHeading.MatchString(l)
		if IsChrome(l) {
			continue
		}
		kept = append(kept, l)
	}
	return strings.Join(kept, "\n"), true
}

// IsChrome reports whether one paragraph, on its own, is page chrome.
func IsChrome(p string) bool {
	words := len(strings.Fields(p))
	if words == 0 {
		return true
	}
	if words <= maxChromeWords && chrome.MatchString(p) {
		return true
	}
	return words <= 40 && mentionsCookies(p) && cookieNotice.MatchString(p)
}

// mentionsCookies reports whether p holds "cookies" in any case, which
// every cookie notice does. It spares the unanchored search of
// cookieNotice, which scanned every paragraph of every article (three
// percent of the whole pipeline's time), on the paragraphs that cannot
// match.
func mentionsCookies(p string) bool {
	const word = "cookies"
	for i := 0; i+len(word) <= len(p); i++ {
		if (p[i] == 'c' || p[i] == 'C') && strings.EqualFold(p[i:i+len(word)], word) {
			return true
		}
	}
	return false
}

// looksLikeHeadline reports whether p reads as a link title in a list: short,
// one line, and not ending as a sentence does.
func looksLikeHeadline(p string) bool {
	if strings.ContainsRune(p, '\n') || len(strings.Fields(p)) > 20 {
		return false
	}
	return !strings.HasSuffix(p, ".") || strings.HasSuffix(p, "...")
}
