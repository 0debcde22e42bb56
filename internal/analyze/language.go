package analyze

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Function words: a third of any English text, and of other languages'
// text respectively. The foreign ones are those of the languages that use
// the Latin script most on the web (Spanish, Portuguese, French, Italian,
// German, Dutch, Indonesian, Polish, Swedish, Turkish, Czech, Vietnamese).
var englishWords, foreignWords = wordSet("the of and to in is that for it on was with as he she by at from his her " +
	"said be are have has had this not but they were an which who or will would their its been we you"),
	wordSet("de la el los las que y en del se por con una un para es lo como más pero sus le les et des est " +
		"une dans pour qui pas sur au du il di che per non sono della delle nel è da em do da não os uma com " +
		"der die und das ist nicht mit den dem zu ein eine sich auf het een van voor yang dan di ini itu dengan untuk " +
		"nie jest się na że och att är ve bir bu için je se và của là có")

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// looksEnglish says whether text is English, or too short to tell. The
// taggers, the parser and the attribution rules are learned from English;
// on other languages they find entities and attributions that are not
// there ("Приготовление — : — …"), which would pollute a corpus. A text is
// not English when most of its letters are of another script, or when its
// words include more function words of other languages than of English,
// or hardly any of English (under one in fifty) and some of another. A
// list of scores or prices with a handful of English words stays English.
func looksEnglish(text string) bool {
	latin, other := 0, 0
	for _, r := range text {
		switch {
		case !unicode.IsLetter(r):
		case unicode.Is(unicode.Latin, r):
			latin++
		default:
			other++
		}
	}
	if latin+other >= 200 && other > latin {
		return false
	}
	words, english, foreign := 0, 0, 0
	var buf [32]byte // function words are short; a longer word is lowered on the heap
	for f := range strings.FieldsFuncSeq(text, notWordRune) {
		words++
		w := appendLower(buf[:0], f)
		if englishWords[string(w)] {
			english++
		} else if foreignWords[string(w)] {
			foreign++
		}
	}
	return words < 40 || english >= foreign && (english*50 >= words || foreign == 0 && english >= 3)
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }

// appendLower appends s lower-cased as strings.ToLower lowers it, rune by
// rune, so that looking its words up allocates nothing: the language check
// reads every word of every article.
func appendLower(dst []byte, s string) []byte {
	for _, r := range s {
		dst = utf8.AppendRune(dst, unicode.ToLower(r))
	}
	return dst
}
