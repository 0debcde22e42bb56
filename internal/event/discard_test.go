package event

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/newsgraph/newsgraph/internal/event/dict"
)

// discardedByScan is the plain reading of a discard list, kept to check
// the faster one against: each phrase searched for in the text's words
// joined by blanks, at the start of a word.
func discardedByScan(discards []dict.Discard, text string, story bool) bool {
	up := " " + strings.Join(strings.Fields(strings.ToUpper(text)), " ") + " "
	for _, ds := range discards {
		if ds.Story == story && phraseIn(up, ds) {
			return true
		}
	}
	return false
}

// The sorted lookup finds a discard phrase exactly when scanning the text
// for it does, stems and whole words, one word or several.
func TestDiscardedAsByScan(t *testing.T) {
	words := []string{"ball", "baseball", "baseballs", "base", "ball,", "game", "games.", "league", "old", "(game", "bases", "7"}
	phrases := []string{"BASEBALL", "BASE", "BALL", "GAME", "LEAGUE GAME", "OLD BALL", "BALL, GAME", "7", "BASES", "GAMES", "(GAME"}
	r := rand.New(rand.NewPCG(3, 4))
	for n := range 3000 {
		var discards []dict.Discard
		for _, p := range phrases {
			if r.IntN(3) == 0 {
				discards = append(discards, dict.Discard{Phrase: p, Story: r.IntN(2) == 0, WholeWord: r.IntN(2) == 0})
			}
		}
		var text []string
		for range 1 + r.IntN(8) {
			text = append(text, words[r.IntN(len(words))])
		}
		c := &Coder{Discards: discards}
		s := strings.Join(text, " ")
		for _, story := range []bool{false, true} {
			if got, want := c.discarded(s, story), discardedByScan(discards, s, story); got != want {
				t.Fatalf("case %d: %q with %+v (story %v): %v, by scan %v", n, s, discards, story, got, want)
			}
		}
	}
}

// FuzzDiscarded checks the same on any text and phrase.
func FuzzDiscarded(f *testing.F) {
	f.Add("The baseball league met", "BASEBALL", true)
	f.Add("old ball, game", "BALL, GAME", false)
	f.Fuzz(func(t *testing.T, text, phrase string, whole bool) {
		phrase = strings.Join(strings.Fields(strings.ToUpper(phrase)), " ")
		if phrase == "" {
			return
		}
		discards := []dict.Discard{{Phrase: phrase, WholeWord: whole}}
		c := &Coder{Discards: discards}
		if got, want := c.discarded(text, false), discardedByScan(discards, text, false); got != want {
			t.Errorf("%q in %q (whole %v): %v, by scan %v", phrase, text, whole, got, want)
		}
	})
}
