package sqlstore

import (
	"testing"

	"github.com/newsgraph/newsgraph"
)

func printed(id, article int64, content string) newsgraph.QuoteRecord {
	return newsgraph.QuoteRecord{ID: id, Content: newsgraph.TextSpan{Text: content}, Article: newsgraph.ArticleSummary{ID: article}}
}

// Quotes are one quotation when only their marks, spacing and case
// differ, when one is a trimmed form of the other, or when a word
// changed; short quotes must match exactly, and an article counts once.
func TestQuotationsGroupWhatWasSaid(t *testing.T) {
	const said = "The new pier will open in the spring if the weather holds."
	quotes := []newsgraph.QuoteRecord{
		printed(1, 10, "“"+said+"”"),
		printed(2, 11, "\"the new  pier will OPEN in the spring, if the weather holds\""),
		printed(3, 12, "“The new pier will open in the spring”"),                           // trimmed, 8 of 12 words
		printed(4, 13, "The new pier will open in the autumn if the weather holds."),       // one word changed
		printed(5, 14, "“Spring”"),                                                         // one word: not "near" anything
		printed(6, 10, said),                                                               // the first article again
		printed(7, 15, "The harbour master has not yet signed the contract for the pier."), // another quotation
		printed(8, 16, "The new pier"),                                                     // too short to be a trimmed form
	}
	got := quotations(quotes)
	if len(got) != 4 {
		t.Fatalf("%d quotations, want 4: %+v", len(got), got)
	}
	first := got[0]
	var repeats []int64
	for _, r := range first.Repeats {
		repeats = append(repeats, r.Article.ID)
	}
	if first.First.ID != 1 || len(repeats) != 3 || repeats[0] != 11 || repeats[1] != 12 || repeats[2] != 13 {
		t.Errorf("the pier quotation: first quote %d, repeated in articles %v; want quote 1, then 11, 12, 13", first.First.ID, repeats)
	}
	for _, q := range got[1:] {
		if len(q.Repeats) != 0 {
			t.Errorf("quote %d repeated: %+v", q.First.ID, q.Repeats)
		}
	}
	if len(quotations(nil)) != 0 || len(quotations([]newsgraph.QuoteRecord{printed(1, 1, "“ … ”")})) != 0 {
		t.Error("quotations of nothing, or of punctuation alone")
	}
}

// A short quote is one quotation with another only when one speaker says
// both: two spokespeople who "declined to comment" did not repeat each
// other, and the harbour master saying "never" twice did.
func TestShortQuotationsNeedTheSameSpeaker(t *testing.T) {
	by := func(id, article int64, content, speaker, source string, actor int64) newsgraph.QuoteRecord {
		q := printed(id, article, content)
		q.Source = source
		if speaker != "" {
			q.Speaker = &newsgraph.QuoteSpeaker{Name: speaker, ActorID: actor}
		}
		return q
	}
	quotes := []newsgraph.QuoteRecord{
		by(1, 10, "to comment", "", "a spokeswoman for Brask Timber", 0),
		by(2, 11, "to comment", "", "a spokesman for the Port Authority of Kesh", 0),
		by(3, 10, "“Never”", "Ivo Maren", "the harbour master", 7),
		by(4, 12, "never", "Maren", "Maren", 7),
		by(5, 13, "never", "Ada Lund", "Lund", 0),
	}
	got := quotations(quotes)
	if len(got) != 4 {
		t.Fatalf("%d quotations, want 4 (two spokespeople, Maren's twice, Lund's): %+v", len(got), got)
	}
	if got[0].First.ID != 3 || len(got[0].Repeats) != 1 || got[0].Repeats[0].ID != 4 {
		t.Errorf("Maren's quotation: %+v, want quote 3 repeated as 4", got[0])
	}
}
