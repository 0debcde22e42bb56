package dict

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// holdsByScan is the plain reading of a discard list, kept to check the
// index against: each phrase searched for in the text's words joined by
// blanks, at the start of a word.
func holdsByScan(discards []Discard, text string, story bool) bool {
	up := " " + strings.Join(strings.Fields(strings.ToUpper(text)), " ") + " "
	for _, d := range discards {
		if d.Story == story && PhraseIn(up, d) {
			return true
		}
	}
	return false
}

// The index finds a discard phrase exactly when scanning the text for it
// does: stems and whole words (a phrase may be written both ways), one
// word or several, story and sentence discards apart.
func TestIndexHoldsAsScan(t *testing.T) {
	words := []string{"ball", "baseball", "baseballs", "base", "ball,", "game", "games.", "league", "old", "(game", "bases", "7"}
	phrases := []string{"BASEBALL", "BASE", "BALL", "GAME", "LEAGUE GAME", "OLD BALL", "BALL, GAME", "7", "BASES", "GAMES", "(GAME", "BASE"}
	r := rand.New(rand.NewPCG(3, 4))
	for n := range 3000 {
		var discards []Discard
		for _, p := range phrases {
			if r.IntN(3) == 0 {
				discards = append(discards, Discard{Phrase: p, Story: r.IntN(2) == 0, WholeWord: r.IntN(2) == 0})
			}
		}
		var text []string
		for range 1 + r.IntN(8) {
			text = append(text, words[r.IntN(len(words))])
		}
		x, s := IndexDiscards(discards), strings.Join(text, " ")
		for _, story := range []bool{false, true} {
			if got, want := x.Holds(s, story), holdsByScan(discards, s, story); got != want {
				t.Fatalf("case %d: %q with %+v (story %v): %v, by scan %v", n, s, discards, story, got, want)
			}
		}
	}
	if (*DiscardIndex)(nil).Holds("baseball", false) {
		t.Error("a nil index holds a discard")
	}
}

// FuzzDiscardIndex checks the same on any text and phrase.
func FuzzDiscardIndex(f *testing.F) {
	f.Add("The baseball league met", "BASEBALL", true)
	f.Add("old ball, game", "BALL, GAME", false)
	f.Add("the ǆemal’s \xffball", "ǄEMAL’S", true) // upper-cased rune by rune, bytes not UTF-8 as U+FFFD
	f.Add("\xe2 straße\xf0\x9f", "\uFFFD", false)
	f.Fuzz(func(t *testing.T, text, phrase string, whole bool) {
		phrase = strings.Join(strings.Fields(strings.ToUpper(phrase)), " ")
		if phrase == "" {
			return
		}
		discards := []Discard{{Phrase: phrase, WholeWord: whole}, {Phrase: phrase, WholeWord: !whole, Story: true}}
		x := IndexDiscards(discards)
		for _, story := range []bool{false, true} {
			if got, want := x.Holds(text, story), holdsByScan(discards, text, story); got != want {
				t.Errorf("%q in %q (whole %v, story %v): %v, by scan %v", phrase, text, whole, story, got, want)
			}
		}
	})
}
