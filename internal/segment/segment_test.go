package segment

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

func tokens(text string) []string {
	var out []string
	for _, s := range Tokenize(text) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestTokenize(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Russia’s army won’t stop.", "Russia|’s|army|wo|n’t|stop|."},
		{"I can't, they're sure I'd go.", "I|ca|n't|,|they|'re|sure|I|'d|go|."},
		{"Mr. Smith met Gen. Lee in the U.S. capital.", "Mr.|Smith|met|Gen.|Lee|in|the|U.S.|capital|."},
		{"J. R. R. Tolkien wrote it.", "J.|R.|R.|Tolkien|wrote|it|."},
		{"It cost $4.5 billion, up 12.5% from 1,200.", "It|cost|$|4.5|billion|,|up|12.5|%|from|1,200|."},
		{"“Yes,” he said — firmly.", "“|Yes|,|”|he|said|—|firmly|."},
		{"Wait... what? ‘No’ – never!", "Wait|...|what|?|‘|No|’|–|never|!"},
		{"a long-term, post-pandemic plan", "a|long|-|term|,|post|-|pandemic|plan"},
		{"See https://example.org/a?b=1, or mail ed@example.org.", "See|https://example.org/a?b=1|,|or|mail|ed@example.org|."},
		{"Follow @newsgraph and #elections2024!", "Follow|@newsgraph|and|#elections2024|!"},
		{"(AP) «Bonjour» [sic] {x}", "(|AP|)|«|Bonjour|»|[|sic|]|{|x|}"},
		{"the '90s and the 1990s", "the|'90s|and|the|1990s"},
		{"We cannot go, we're gonna stay.", "We|can|not|go|,|we|'re|gon|na|stay|."},
		{"the countries’ leaders", "the|countries|’|leaders"},
		{"Acme Corp. and Beta Inc. merged at 5 p.m. on Jan. 3.", "Acme|Corp.|and|Beta|Inc.|merged|at|5|p.m.|on|Jan.|3|."},
		{"wait--really", "wait|--|really"},
		{"Sen. Ann Roe (D-Mo.) said, and Rep. Al Poe, R-Ky., agreed.", "Sen.|Ann|Roe|(|D|-|Mo.|)|said|,|and|Rep.|Al|Poe|,|R|-|Ky.|,|agreed|."},
		{"Ends with an ellipsis…", "Ends|with|an|ellipsis|…"},
		// A curly double quotation mark inside a chunk parts words a missing space joined.
		{"Lind said,“Look, no.”Then he left.", "Lind|said|,|“|Look|,|no|.|”|Then|he|left|."},
		{`He said:"We won."Then he left.`, `He|said|:|"|We|won|.|"|Then|he|left|.`},
		// A full stop with no space after it, between words: a sentence break.
		{"Lind said.Berg claimed a Ph.D at 5 a.m. on example.org.", "Lind|said|.|Berg|claimed|a|Ph.D|at|5|a.m.|on|example.org|."},
		// A wire's bracket with no space after it, before a capitalised word.
		{"(CNN)President Lind spoke of f(x)y.", "(|CNN|)|President|Lind|spoke|of|f(x)y|."},
	} {
		if got := strings.Join(tokens(c.in), "|"); got != c.want {
			t.Errorf("Tokenize(%q)\n got %s\nwant %s", c.in, got, c.want)
		}
	}
}

func segmentText(paras ...string) *newsgraph.Doc {
	blocks := make([]newsgraph.Block, len(paras))
	for i, p := range paras {
		blocks[i] = newsgraph.Block{Kind: newsgraph.KindBody, Text: p}
	}
	d := newsgraph.NewDoc(newsgraph.Metadata{}, blocks)
	Segment(d)
	return d
}

func sentenceTexts(d *newsgraph.Doc) []string {
	var out []string
	for _, s := range d.Sentences {
		out = append(out, d.Slice(s.Span))
	}
	return out
}

func TestSentences(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Mr. Smith arrived. He sat down.", []string{"Mr. Smith arrived.", "He sat down."}},
		{"It was in the U.S. The talks ended.", []string{"It was in the U.S.", "The talks ended."}},
		{"The U.S. Senate voted. Then it left.", []string{"The U.S. Senate voted.", "Then it left."}},
		{"“Stop!” he shouted. Nobody did.", []string{"“Stop!” he shouted.", "Nobody did."}},
		{"“We won.” She smiled.", []string{"“We won.”", "She smiled."}},
		{"Prices rose 2.5% in Jan. 2020 and fell.", []string{"Prices rose 2.5% in Jan. 2020 and fell."}},
		{"Really? Yes! (It was.) Fine.", []string{"Really?", "Yes!", "(It was.)", "Fine."}},
		{"He left... Then he came back.", []string{"He left...", "Then he came back."}},
		{"Gen. Pak Jong Chon spoke. J. Doe listened.", []string{"Gen. Pak Jong Chon spoke.", "J. Doe listened."}},
	} {
		got := sentenceTexts(segmentText(c.in))
		if strings.Join(got, "¦") != strings.Join(c.want, "¦") {
			t.Errorf("sentences of %q\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestParagraphEndsSentence(t *testing.T) {
	d := segmentText("Military cooperation", "He said so.")
	if got := sentenceTexts(d); len(got) != 2 || got[0] != "Military cooperation" {
		t.Errorf("got %q", got)
	}
	for _, s := range d.Sentences {
		if s.FirstToken >= s.EndToken || d.Tokens[s.FirstToken].Start != s.Start || d.Tokens[s.EndToken-1].End != s.End {
			t.Errorf("sentence %+v does not match its tokens", s)
		}
	}
}

func quoteTexts(d *newsgraph.Doc) []string {
	var out []string
	for _, q := range d.Quotes {
		out = append(out, d.Slice(q.Span))
	}
	return out
}

func TestQuotesPairAcrossParagraphs(t *testing.T) {
	d := segmentText(
		"“That is not an offer,” she said. “It is an insult.",
		"“And we will say so.”",
		"Nobody answered.")
	want := []string{"“That is not an offer,”", "“It is an insult.\n\n“And we will say so.”"}
	if got := quoteTexts(d); strings.Join(got, "¦") != strings.Join(want, "¦") {
		t.Errorf("quotes\n got %q\nwant %q", got, want)
	}
	for _, q := range d.Quotes {
		if !q.Closed || q.Depth != 0 {
			t.Errorf("quote %q: closed %v depth %d", d.Slice(q.Span), q.Closed, q.Depth)
		}
	}
}

// A stray straight mark opening a paragraph is not continued by a curly
// quotation opening the next: the styles differ, so the two are separate.
func TestStrayStraightMarkIsNotContinuedByCurlyQuote(t *testing.T) {
	d := segmentText(
		"\"Olander was asleep.",
		"“Here he is,” she said.")
	want := []string{"\"Olander was asleep.", "“Here he is,”"}
	if got := quoteTexts(d); strings.Join(got, "¦") != strings.Join(want, "¦") {
		t.Errorf("quotes\n got %q\nwant %q", got, want)
	}
}

// A closing mark that opens a paragraph or a line, with nothing open, is a
// typo for an opening one, also when it touches the word after it.
func TestClosingMarkOpeningAParagraphOpens(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"” … the port will open,” Berg wrote.", "” … the port will open,”"},
		{"”The port will open,” Berg wrote.", "”The port will open,”"},
		{"“The port is safe.” ― Ola Berg\n”The crews are tired.” ― Anja Lind", "“The port is safe.”¦”The crews are tired.”"},
	} {
		if got := quoteTexts(segmentText(c.text)); strings.Join(got, "¦") != c.want {
			t.Errorf("%q: quotes %q, want %q", c.text, got, c.want)
		}
	}
}

// Comments set one per line, each a quotation signed by a dash, are
// sentences of their own though the name ends without punctuation.
func TestLineBreakBeforeAQuotationEndsTheSentence(t *testing.T) {
	d := segmentText("“The port is safe.” ― Ola Berg\n“The crews are tired.” ― Anja Lind")
	var got []string
	for _, s := range d.Sentences {
		got = append(got, d.Slice(s.Span))
	}
	want := []string{"“The port is safe.” ― Ola Berg", "“The crews are tired.” ― Anja Lind"}
	if strings.Join(got, "¦") != strings.Join(want, "¦") {
		t.Errorf("sentences\n got %q\nwant %q", got, want)
	}
}

func TestQuotesNestedAndApostrophes(t *testing.T) {
	d := segmentText(`Kim: “Russia will win ‘great victory’ over the countries’ enemies”`,
		`"Plain quotes," he said, "work 'too'."`)
	want := []string{"“Russia will win ‘great victory’ over the countries’ enemies”", "‘great victory’",
		`"Plain quotes,"`, `"work 'too'."`, `'too'`}
	if got := quoteTexts(d); strings.Join(got, "¦") != strings.Join(want, "¦") {
		t.Errorf("quotes\n got %q\nwant %q", got, want)
	}
	if d.Quotes[1].Depth != 1 {
		t.Errorf("nested quote depth = %d, want 1", d.Quotes[1].Depth)
	}
}

// Some newspapers' text marks quotations with two apostrophes side by
// side on both sides, rather than backticks to open: the marks are judged
// by what they touch, as straight quotation marks are.
func TestDoubledApostrophesOpenAndClose(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"''The mill stays open,'' Berg said. ''We have the orders.''", "''The mill stays open,''¦''We have the orders.''"},
		{"``The mill stays open,'' Berg said.", "``The mill stays open,''"},
		{"Berg said: ''It will 'hold' for now.''", "''It will 'hold' for now.''¦'hold'"},
	} {
		d := segmentText(c.text)
		if got := quoteTexts(d); strings.Join(got, "¦") != c.want {
			t.Errorf("%q: quotes %q, want %q", c.text, got, c.want)
		}
		for _, tok := range d.Tokens {
			if w := d.Slice(tok.Span); w == "'" && strings.Contains(d.Text[max(tok.Start-1, 0):min(tok.End+1, len(d.Text))], "''") {
				t.Errorf("%q: an apostrophe of a doubled mark is a token alone", c.text)
			}
		}
	}
}

func TestUnclosedQuoteIsReported(t *testing.T) {
	d := segmentText("“This never ends,", "said nobody.")
	if len(d.Quotes) != 1 || d.Quotes[0].Closed || d.Slice(d.Quotes[0].Span) != "“This never ends," {
		t.Fatalf("quotes = %+v", d.Quotes)
	}
	if len(d.Diagnostics) != 1 || d.Diagnostics[0].Code != "unpaired-quote" || !strings.Contains(d.Diagnostics[0].Message, "never closed") {
		t.Errorf("a quotation the text ends inside: diagnostics = %+v", d.Diagnostics)
	}
	if d = segmentText("“The port stays open,” the mayor said."); len(d.Diagnostics) != 0 {
		t.Errorf("a closed quotation: diagnostics = %+v", d.Diagnostics)
	}
	d = segmentText("He said it.” Then left.")
	if len(d.Diagnostics) != 1 || d.Diagnostics[0].Code != "unpaired-quote" {
		t.Errorf("diagnostics = %+v", d.Diagnostics)
	}
}

// checkInvariants asserts what must hold for any input: tokens are in order,
// do not overlap, lie inside paragraphs, carry no space at their ends, and
// together cover every non-space character; sentences tile the tokens.
func checkInvariants(t *testing.T, d *newsgraph.Doc) {
	t.Helper()
	covered := make([]bool, len(d.Text))
	prev := 0
	for i, tok := range d.Tokens {
		if tok.Start < prev || tok.End <= tok.Start || tok.End > len(d.Text) {
			t.Fatalf("token %d %+v out of order or empty (prev end %d)", i, tok.Span, prev)
		}
		s := d.Slice(tok.Span)
		r, _ := utf8.DecodeRuneInString(s)
		l, _ := utf8.DecodeLastRuneInString(s)
		if unicode.IsSpace(r) || unicode.IsSpace(l) {
			t.Fatalf("token %d %q has space at an end", i, s)
		}
		for k := tok.Start; k < tok.End; k++ {
			covered[k] = true
		}
		prev = tok.End
	}
	for i, r := range d.Text {
		if !covered[i] && !isSpace(r) {
			t.Fatalf("byte %d (%q) of %q is in no token", i, r, d.Text)
		}
	}
	next := 0
	for _, s := range d.Sentences {
		if s.FirstToken != next || s.EndToken <= s.FirstToken {
			t.Fatalf("sentences do not tile tokens: %+v after %d", s, next)
		}
		next = s.EndToken
	}
	if next != len(d.Tokens) {
		t.Fatalf("sentences cover %d of %d tokens", next, len(d.Tokens))
	}
}

func TestInvariantsOnHardText(t *testing.T) {
	checkInvariants(t, segmentText(
		"‘’“”«»\"'--—–…... ...",
		"U.S.A. e.g. a.m.? $$ 5$ @ # http:// x@y '' `` ' s n't 's",
		"Zoë’s naïve café—“résumé” 東京 は 2.5%!",
		"\u00a0\u2009spaces\u200band\ufeffmarks \t\n"))
}

func FuzzSegment(f *testing.F) {
	for _, s := range []string{
		"Kim told Putin: “We will win.” He smiled.",
		"“Open\n\n“and continued.”",
		"Mr. J. Doe (U.S.) paid $5.5m — 3% more... really?!",
		"\xff\xfe broken \xc3 utf8",
		"'' `` \"'\" ’’ ‘‘",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
		paras := strings.Split(s, "\n\n")
		checkInvariants(t, segmentText(paras...))
	})
}

func TestQuoteThenDashWithoutSpace(t *testing.T) {
	got := strings.Join(tokens("“He cares nothing about.”―Ana Ruiz"), "|")
	if want := "“|He|cares|nothing|about|.|”|―|Ana|Ruiz"; got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
	got = strings.Join(tokens("“Yes,”—he said—“no.”"), "|")
	if want := "“|Yes|,|”|—|he|said|—|“|no|.|”"; got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}

func TestDashSignatureStaysWithItsQuote(t *testing.T) {
	got := sentenceTexts(segmentText("“We will win.” ― Ana Ruiz. Nobody doubted it."))
	if want := []string{"“We will win.” ― Ana Ruiz.", "Nobody doubted it."}; strings.Join(got, "¦") != strings.Join(want, "¦") {
		t.Errorf("got %q", got)
	}
}

func TestLimitsCutLongSentencesAndArticles(t *testing.T) {
	words := "Crews " + strings.Repeat("wait at the pier ", 49) // 197 tokens, no boundary
	d := newsgraph.NewDoc(newsgraph.Metadata{}, []newsgraph.Block{
		{Kind: newsgraph.KindBody, Text: "The port is shut. " + words},
		{Kind: newsgraph.KindBody, Text: "This paragraph is past the limit."},
	})
	SegmentWithin(d, Limits{MaxTokens: 150, MaxSentenceTokens: 64})
	if len(d.Tokens) != 150 {
		t.Errorf("%d tokens, want the 150 of the limit", len(d.Tokens))
	}
	prev := 0
	for _, s := range d.Sentences {
		if n := s.EndToken - s.FirstToken; n > 64 || s.FirstToken != prev {
			t.Errorf("sentence %+v: %d tokens, or not after the one before", s, n)
		}
		prev = s.EndToken
	}
	if prev != 150 || len(d.Sentences) != 4 { // "The port is shut." and 145 tokens in 64 + 64 + 17
		t.Errorf("sentences %+v", d.Sentences)
	}
	codes := map[string]bool{}
	for _, g := range d.Diagnostics {
		codes[g.Code] = true
	}
	if !codes["truncated"] || !codes["long-sentence"] {
		t.Errorf("diagnostics %v, want truncated and long-sentence", d.Diagnostics)
	}
	Segment(d)
	if len(d.Tokens) != 209 || len(d.Sentences) != 3 {
		t.Errorf("within the default limits: %d tokens, %d sentences", len(d.Tokens), len(d.Sentences))
	}
}

// A year cut to two digits behind an opening single mark ("in ‘08") is
// an apostrophe turned the wrong way, not a quotation: read as one, it
// made every quotation after it in the paragraph look nested.
func TestOpeningMarkBeforeAYearIsAnApostrophe(t *testing.T) {
	d := segmentText(`The senator said in ‘08 that it was over. “We knew,” she said. “It was the ‘90s again.”`)
	for _, q := range d.Quotes {
		if q.Depth != 0 {
			t.Errorf("quote %q has depth %d, want 0", d.Slice(q.Span), q.Depth)
		}
	}
	if got := quoteTexts(d); len(got) != 2 {
		t.Errorf("quotes %q, want the two double quotations", got)
	}
	words := map[string]bool{}
	for _, tok := range d.Tokens {
		words[d.Slice(tok.Span)] = true
	}
	if !words["‘08"] || !words["‘90s"] {
		t.Errorf("tokens %v: want ‘08 and ‘90s whole", words)
	}
	kept := segmentText(`She called it ‘150 days of shame’ and left.`)
	if got := quoteTexts(kept); len(got) != 1 || got[0] != "‘150 days of shame’" {
		t.Errorf("a quoted number: quotes %q", got)
	}
}

// A wire dateline is told from a sentence's opening words: the place's
// capitals, its region, the agency in parentheses and the dash.
func TestDatelineEnd(t *testing.T) {
	for _, c := range []struct {
		text        string
		place, want int
	}{
		{"BRASK ( Reuters ) - Dock workers voted", 1, 5},
		{"KAMPALA , Uganda ( AP ) — Dock workers voted", 1, 7},
		{"WASHINGTON — The senate voted", 1, 2},
		{"NEW YORK - The senate voted", 2, 3},
		{"NATO said on Monday", 0, 0},
		{"The UN ( and others ) said", 0, 0},
		{"BRASK ( Reuters ) Dock workers", 0, 0},
		{"NATO — the Western alliance — said it would wait", 0, 0},
		{"RANGOON , Burma - Her allies predicted a win - a landslide", 1, 4},
	} {
		place, end := DatelineEnd(strings.Fields(c.text))
		if place != c.place || end != c.want {
			t.Errorf("%q: place %d, end %d; want %d, %d", c.text, place, end, c.place, c.want)
		}
	}
}

// A dateline opens a paragraph; a sentence after another in its paragraph
// opens none.
func TestOpensParagraph(t *testing.T) {
	d := newsgraph.NewDoc(newsgraph.Metadata{}, []newsgraph.Block{{Kind: newsgraph.KindBody, Text: "The talks stalled. NATO — the alliance — waited."},
		{Kind: newsgraph.KindBody, Text: "BRASK (Reuters) - Workers voted."}})
	Segment(d)
	var got []bool
	for _, s := range d.Sentences {
		got = append(got, OpensParagraph(d, s))
	}
	if fmt.Sprint(got) != "[true false true]" {
		t.Errorf("opens paragraph: %v, want [true false true]", got)
	}
}

// An opening mark written where a closing one belongs, after the words it
// ends and before a space (“…?“ he asked), closes the open quotation.
func TestOpeningMarkAfterWordsClosesAQuotation(t *testing.T) {
	d := newsgraph.NewDoc(newsgraph.Metadata{}, []newsgraph.Block{{Kind: newsgraph.KindBody, Text: "“Is it over?“ he asked. “It is,“ she said."}})
	Segment(d)
	var got []string
	for _, q := range d.Quotes {
		got = append(got, fmt.Sprintf("%s/%v", d.Slice(q.Span), q.Closed))
	}
	if want := "“Is it over?“/true “It is,“/true"; strings.Join(got, " ") != want {
		t.Errorf("quotations %q, want %q", got, want)
	}
	// The same mark last in its paragraph, after a space.
	d = newsgraph.NewDoc(newsgraph.Metadata{}, []newsgraph.Block{{Kind: newsgraph.KindBody, Text: "“They see that. “"}, {Kind: newsgraph.KindBody, Text: "The talks ended."}})
	Segment(d)
	if len(d.Quotes) != 1 || !d.Quotes[0].Closed || d.Slice(d.Quotes[0].Span) != "“They see that. “" {
		t.Errorf("quotations %v, want one closed in the first paragraph", d.Quotes)
	}
}

// A closing mark written where an opening one belongs, after a space and
// before the words it opens, with nothing open, opens a quotation.
func TestClosingMarkBeforeWordsOpensAQuotation(t *testing.T) {
	d := newsgraph.NewDoc(newsgraph.Metadata{}, []newsgraph.Block{{Kind: newsgraph.KindBody, Text: "The mayor said: ”We will win.” Then she left."}})
	Segment(d)
	if len(d.Quotes) != 1 || !d.Quotes[0].Closed || d.Slice(d.Quotes[0].Span) != "”We will win.”" {
		t.Errorf("quotations %v, want ”We will win.” closed", d.Quotes)
	}
}

// The typo rules leave a mark that fits none of them as it was: a ” before a
// word that no closing mark follows ("55 ”diagonally"), a ” glued to the
// mark before it, an opening mark after words with nothing open ("He
// said“ no more."); an inch mark after a number (“a 24“ monitor”) is no
// mark at all.
func TestStrayMarksStayAsTheyWere(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The screen measures 55 ”diagonally. “It looks great,” he said.", "“It looks great,”/true"},
		{"“I bought a 24“ monitor,” he said.", "“I bought a 24“ monitor,”/true"},
		{"He called it “a joke””and left. “We will appeal,” Smith said.", "“a joke”/true “We will appeal,”/true"},
		{"He said“ no more.", "“ no more./false"},
	} {
		d := newsgraph.NewDoc(newsgraph.Metadata{}, []newsgraph.Block{{Kind: newsgraph.KindBody, Text: c.text}})
		Segment(d)
		var got []string
		for _, q := range d.Quotes {
			got = append(got, fmt.Sprintf("%s/%v", d.Slice(q.Span), q.Closed))
		}
		if strings.Join(got, " ") != c.want {
			t.Errorf("%q: quotations %q, want %q", c.text, got, c.want)
		}
	}
}
