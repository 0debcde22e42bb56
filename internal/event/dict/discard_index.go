package dict

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// DiscardIndex finds the discard phrases a text holds. It is built once
// from a list and read-only after, so one index serves every goroutine.
//
// A phrase is found at the start of a word of the text, in upper case,
// its words separated by single blanks; a whole-word phrase must end
// where its word does (or before punctuation). Phrases of one word, most
// of a list, are stems: each word of the text is looked up by its
// prefixes of the lengths the stems have, rather than every stem being
// searched for in the text (hundreds of scans a sentence, a third of the
// event coder's time). Phrases of several words are tried only when the
// text has their first word.
type DiscardIndex struct {
	byStory [2]discardSet // [0] sentence discards, [1] story discards
}

type discardSet struct {
	stems   map[string]stemKind // one-word phrases
	lengths []int               // the stems' lengths, ascending
	multi   map[string][]Discard
	starts  wordStarts // how the set's phrases begin, to pass over most words unread
}

// wordStarts holds the first two bytes of every phrase of a set (the
// first byte alone of a one-byte word). Nearly no word of a sentence
// begins as a phrase does, so a word whose first two bytes are ASCII is
// looked up only when they begin some phrase: that spares its upper-casing
// and the map look-ups of every stem length, which cost the event coder a
// third of its time. A word beginning outside ASCII is always read in
// full, since it may upper-case to ASCII ("ſ" is "S").
type wordStarts struct {
	two [1 << 16 / 64]uint64 // bit b0<<8|b1
	one [256 / 64]uint64     // bit b0, for phrases of one byte
}

func (w *wordStarts) add(phrase string) {
	if len(phrase) == 1 {
		w.one[phrase[0]/64] |= 1 << (phrase[0] % 64)
		return
	}
	k := uint16(phrase[0])<<8 | uint16(phrase[1])
	w.two[k/64] |= 1 << (k % 64)
}

// mayBegin reports whether word, whose first two bytes (or only byte)
// are ASCII, may begin with a phrase once upper-cased.
func (w *wordStarts) mayBegin(word string) bool {
	b0 := asciiUpper(word[0])
	if w.one[b0/64]&(1<<(b0%64)) != 0 {
		return true
	}
	if len(word) == 1 {
		return false
	}
	k := uint16(b0)<<8 | uint16(asciiUpper(word[1]))
	return w.two[k/64]&(1<<(k%64)) != 0
}

// asciiStart reports whether word's first two bytes (its only byte, if
// one) are ASCII, so that upper-casing maps them byte for byte.
func asciiStart(word string) bool {
	return word[0] < utf8.RuneSelf && (len(word) == 1 || word[1] < utf8.RuneSelf)
}

func asciiUpper(b byte) byte {
	if 'a' <= b && b <= 'z' {
		return b - ('a' - 'A')
	}
	return b
}

// stemKind says how a one-word phrase was written: as a stem, as a whole
// word, or both.
type stemKind uint8

const (
	asStem stemKind = 1 << iota
	asWord
)

// IndexDiscards indexes a discard list.
func IndexDiscards(ds []Discard) *DiscardIndex {
	x := &DiscardIndex{}
	for i := range x.byStory {
		x.byStory[i] = discardSet{stems: map[string]stemKind{}, multi: map[string][]Discard{}}
	}
	for _, d := range ds {
		set := &x.byStory[b2i(d.Story)]
		first, _, multi := strings.Cut(d.Phrase, " ")
		switch {
		case d.Phrase == "":
		case multi:
			set.starts.add(first)
			set.multi[first] = append(set.multi[first], d)
		default:
			kind := asStem
			if d.WholeWord {
				kind = asWord
			}
			set.starts.add(d.Phrase)
			set.stems[d.Phrase] |= kind
			if !slices.Contains(set.lengths, len(d.Phrase)) {
				set.lengths = append(set.lengths, len(d.Phrase))
			}
		}
	}
	for i := range x.byStory {
		slices.Sort(x.byStory[i].lengths)
	}
	return x
}

// Holds reports whether text holds a story discard (story set) or a
// sentence discard. A nil index holds none.
func (x *DiscardIndex) Holds(text string, story bool) bool {
	if x == nil {
		return false
	}
	set := &x.byStory[b2i(story)]
	if len(set.stems) == 0 && len(set.multi) == 0 {
		return false
	}
	// Each word is upper-cased on its own into buf, as strings.ToUpper
	// maps rune by rune and no case mapping makes or takes a blank: the
	// same words as strings.Fields(strings.ToUpper(text)), without the
	// text's copy and the slice of its words (the coder asks this of
	// every sentence).
	var buf [64]byte
	multi := false // some word begins a phrase of several words
	for f := range strings.FieldsSeq(text) {
		if asciiStart(f) && !set.starts.mayBegin(f) {
			continue
		}
		w := appendUpper(buf[:0], f)
		if set.stemAt(w) {
			return true
		}
		multi = multi || len(set.multi[string(w)]) > 0
	}
	return multi && set.multiIn(text)
}

// multiIn reports whether text holds a discard phrase of several words.
// Few texts have the first word of one, so this is the slow path.
func (set *discardSet) multiIn(text string) bool {
	fields := strings.Fields(strings.ToUpper(text))
	up := " " + strings.Join(fields, " ") + " "
	for _, f := range fields {
		for _, d := range set.multi[f] {
			if PhraseIn(up, d) {
				return true
			}
		}
	}
	return false
}

// appendUpper appends s in upper case, as strings.ToUpper writes it:
// rune by rune, a byte that is not UTF-8 as utf8.RuneError.
func appendUpper(dst []byte, s string) []byte {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if 'a' <= r && r <= 'z' {
				r -= 'a' - 'A'
			}
			dst = append(dst, byte(r))
			continue
		}
		dst = utf8.AppendRune(dst, unicode.ToUpper(r))
	}
	return dst
}

// stemAt reports whether word w begins with a stem of the set, or is a
// whole-word phrase followed by nothing or by neither a letter nor a
// digit.
func (set *discardSet) stemAt(w []byte) bool {
	for _, n := range set.lengths {
		if n > len(w) {
			return false
		}
		k, ok := set.stems[string(w[:n])]
		if ok && (k&asStem != 0 || n == len(w) || !isLetterOrDigit(w[n])) {
			return true
		}
	}
	return false
}

// PhraseIn reports whether the words up (blank-separated, with a blank at
// each end) hold discard d at the start of a word: the plain reading of a
// discard list, which DiscardIndex answers faster.
func PhraseIn(up string, d Discard) bool {
	for from := 0; ; {
		i := strings.Index(up[from:], " "+d.Phrase)
		if i < 0 {
			return false
		}
		end := from + i + 1 + len(d.Phrase)
		if !d.WholeWord || end == len(up) || !isLetterOrDigit(up[end]) {
			return true
		}
		from = end
	}
}

// isLetterOrDigit: an upper-case letter, a digit, or a byte of a letter
// outside ASCII.
func isLetterOrDigit(b byte) bool {
	return b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}
