package boilerplate

import (
	"testing"

	"github.com/newsgraph/newsgraph"
)

func TestIsChrome(t *testing.T) {
	chrome := []string{"Related Articles", "Back to top button", "Advertisement", "ADVERTISEMENT",
		"Share this article", "Subscribe to our newsletter", "Read more: Ten things about ports",
		"Skip to main content", "Accept all cookies", "We use cookies to improve your experience on our site.",
		"Share on Facebook", "Facebook Twitter Email", "Facebook | X | LinkedIn", "Home", "Menu", "Sign in", "Click here to subscribe", "Leave a comment", "12 comments", "Tags: economy, ports"}
	for _, p := range chrome {
		if !IsChrome(p) {
			t.Errorf("IsChrome(%q) = false, want true", p)
		}
	}
	real := []string{
		"Advertising revenue fell 12% in the third quarter, the company said.",
		"The minister said she would share the report with parliament.",
		"“Read more books,” the author told the students.",
		"Regulators said the site uses cookies to track readers without consent, and fined it €2 million for doing so over three years.",
		"Back to top form, the striker scored twice.",
		"Related talks between the two countries stalled last year.",
		"Twitter and Facebook removed the posts.",
	}
	for _, p := range real {
		if IsChrome(p) {
			t.Errorf("IsChrome(%q) = true, want false: a real sentence", p)
		}
	}
}

func TestFilterDropsRelatedBlockButKeepsArticle(t *testing.T) {
	in := []newsgraph.Block{
		{Kind: newsgraph.KindTitle, Text: "Advertisement"}, // a title is never dropped
		{Kind: newsgraph.KindBody, Text: "The port reopened on Friday."},
		{Kind: newsgraph.KindBody, Text: "Advertisement"},
		{Kind: newsgraph.KindBody, Text: "Workers returned to the docks."},
		{Kind: newsgraph.KindHeading, Text: "Related Articles"},
		{Kind: newsgraph.KindBody, Text: "Strike ends after three weeks"},
		{Kind: newsgraph.KindBody, Text: "Union leader to stand for mayor"},
		{Kind: newsgraph.KindBody, Text: "Back to top button"},
	}
	got := Filter(in)
	want := []string{"Advertisement", "The port reopened on Friday.", "Workers returned to the docks."}
	if len(got) != len(want) {
		t.Fatalf("Filter kept %d blocks: %+v", len(got), got)
	}
	for i := range want {
		if got[i].Text != want[i] {
			t.Errorf("block %d = %q, want %q", i, got[i].Text, want[i])
		}
	}
}

func TestFilterStopsRelatedBlockAtASentence(t *testing.T) {
	in := []newsgraph.Block{
		{Kind: newsgraph.KindBody, Text: "Read more"},
		{Kind: newsgraph.KindBody, Text: "The council meets again on Monday, officials said."},
	}
	if got := Filter(in); len(got) != 1 || got[0].Text != in[1].Text {
		t.Errorf("Filter = %+v", got)
	}
}

// The cheap check before the cookie notice's pattern must pass every
// text the pattern matches, in whatever case the site writes it.
func TestMentionsCookiesPassesEveryNotice(t *testing.T) {
	for _, p := range []string{
		"WE USE COOKIES to personalise content.",
		"By continuing to use this website you agree to our use of Cookies.",
		"This site uses cookies.",
		"by using our site you accept cOoKiEs",
	} {
		if !cookieNotice.MatchString(p) {
			t.Fatalf("%q: the pattern itself does not match; the case shows nothing", p)
		}
		if !mentionsCookies(p) || !IsChrome(p) {
			t.Errorf("%q: a cookie notice the check turns away", p)
		}
	}
	for _, p := range []string{"The cook ies", "Cookie", "", "cookie jar sales rose"} {
		if mentionsCookies(p) {
			t.Errorf("mentionsCookies(%q) = true, want false", p)
		}
	}
}

// Chrome copied one item to a line, with no blank line between, arrives
// as one paragraph; its lines are filtered one by one, and prose wrapped
// over lines, which holds no chrome line, stays whole.
func TestFilterDropsChromeLinesOfOneParagraph(t *testing.T) {
	in := []newsgraph.Block{
		{Kind: newsgraph.KindBody, Text: "Work is due to start in March."},
		{Kind: newsgraph.KindBody, Text: "Share this article\nFacebook Twitter Email\nRead more\nResidents clash over new zones\n" +
			"Sign up for our newsletter\n© 2026 Hadley Courier. All rights reserved."},
		{Kind: newsgraph.KindBody, Text: "The council said the lanes\nwould open in May, and more would follow."},
		{Kind: newsgraph.KindBody, Text: "Advertisement\nThe mayor said the plan would pay for itself."},
	}
	got := Filter(in)
	want := []string{"Work is due to start in March.", "The council said the lanes\nwould open in May, and more would follow.",
		"The mayor said the plan would pay for itself."}
	if len(got) != len(want) {
		t.Fatalf("Filter kept %d blocks: %+v", len(got), got)
	}
	for i := range want {
		if got[i].Text != want[i] {
			t.Errorf("block %d = %q, want %q", i, got[i].Text, want[i])
		}
	}
}
