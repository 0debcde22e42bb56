package tag

import (
	"strings"
	"testing"
)

func TestRuleLemmas(t *testing.T) {
	for _, c := range []struct{ word, tag, want string }{
		{"praised", "VBD", "praise"}, {"praising", "VBG", "praise"}, {"indicated", "VBN", "indicate"},
		{"stopped", "VBD", "stop"}, {"running", "VBG", "run"}, {"missiles", "NNS", "missile"},
		{"countries", "NNS", "country"}, {"voted", "VBD", "vote"}, {"wanted", "VBD", "want"},
		{"boxes", "NNS", "box"}, {"larger", "JJR", "large"}, {"happiest", "JJS", "happy"},
		{"Koreans", "NNPS", "Korean"}, {"declined", "VBD", "decline"}, {"decided", "VBD", "decide"},
		{"needed", "VBD", "need"}, {"avoided", "VBD", "avoid"}, {"rattled", "VBN", "rattle"},
		{"announced", "VBD", "announce"}, {"conceded", "VBD", "concede"}, {"ended", "VBD", "end"}, {"Putin", "NNP", "Putin"}, {"required", "VBN", "require"},
		// A doubled l after two syllables is the inflection's; after one it is the verb's.
		{"signalled", "VBD", "signal"}, {"signalling", "VBG", "signal"}, {"controlled", "VBN", "control"}, {"quelled", "VBD", "quell"},
		{"called", "VBD", "call"}, {"spelled", "VBD", "spell"}, {"killing", "VBG", "kill"}, {"recalled", "VBD", "recall"},
		// -ir after a vowel is the verb's own: "aired", "chaired", "repairing"; not after a consonant: "acquired".
		{"aired", "VBD", "air"}, {"chaired", "VBD", "chair"}, {"repairing", "VBG", "repair"}, {"acquired", "VBD", "acquire"},
		// A stem in u lost its e: "queued", "rescued".
		{"queued", "VBD", "queue"}, {"rescued", "VBN", "rescue"},
	} {
		if got := ruleLemma(c.word, strings.ToLower(c.word), c.tag); got != c.want {
			t.Errorf("ruleLemma(%s/%s) = %q, want %q", c.word, c.tag, got, c.want)
		}
	}
}
