package actors

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Normalize is the key names are indexed and looked up by: lower case,
// Latin diacritics folded (news writes "Zeroual" and "Zéroual"), '_' and
// separators read as spaces, dots, apostrophes and quotation marks
// dropped ("U.S." = "US"), '&' read as "and", and a leading "the"
// dropped ("the United Nations" = "United Nations").
func Normalize(name string) string {
	var buf [64]byte
	return trimKey(string(appendNormal(buf[:0], name)))
}

// appendNormal appends name as Normalize writes it, before trimKey:
// rune by rune, so the key of a name's first words is the start of this
// of the whole name (NormalizePrefixes).
func appendNormal(dst []byte, name string) []byte {
	space := true // at the start or after a written space
	for _, r := range name {
		dst, space = appendNormalRune(dst, r, space)
	}
	return dst
}

// appendNormalRune appends rune r of a name as Normalize writes it; space
// tells whether what is written so far is empty or ends with a space.
func appendNormalRune(dst []byte, r rune, space bool) ([]byte, bool) {
	r = fold(unicode.ToLower(r))
	switch {
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		return utf8.AppendRune(dst, r), false
	case r == '.' || r == '\'' || r == '’' || r == '‘' || r == '`' || r == '"' || r == '“' || r == '”' || unicode.Is(unicode.Mn, r):
		// Dropped without a break: "U.S." is "us", "O'Neil" is "oneil".
		return dst, space
	case r == '&':
		if !space {
			dst = append(dst, ' ')
		}
		return append(dst, "and "...), true
	case !space:
		return append(dst, ' '), true
	}
	return dst, space
}

// trimKey finishes a key appendNormal wrote: no space at its end, no
// "the " at its start.
func trimKey[K string | []byte](k K) K {
	if len(k) > 0 && k[len(k)-1] == ' ' {
		k = k[:len(k)-1]
	}
	if len(k) >= 4 && string(k[:4]) == "the " {
		k = k[4:]
	}
	return k
}

// maxWords is how many prefixes NormalizePrefixes keeps track of without
// allocating: more than a coder's window of words.
const maxWords = 16

// NormalizePrefixes sets keys[n] to Normalize(text[:ends[n]]) for n from
// 1 to len(ends)-1, ends ascending (ends[0] is not read), with one string
// for all of them: a coder that looks up the first n words of a phrase
// for every n normalised each anew, an allocation per look-up.
func NormalizePrefixes(text string, ends []int, keys []string) {
	var buf [128]byte
	var atBuf [maxWords]int
	at := atBuf[:] // where the key of text[:ends[n]] ends in out
	if len(ends) > len(at) {
		at = make([]int, len(ends))
	}
	out, space, n := buf[:0], true, 1
	for i, r := range text {
		for ; n < len(ends) && ends[n] <= i; n++ {
			at[n] = len(out)
		}
		out, space = appendNormalRune(out, r, space)
	}
	for ; n < len(ends); n++ {
		at[n] = len(out)
	}
	all := string(out)
	for n := 1; n < len(ends); n++ {
		keys[n] = trimKey(all[:at[n]])
	}
}

// latin folds the Latin-1 and Latin Extended-A letters news names carry to
// their base letters; two-letter folds ("ß" → "ss") are rare enough in
// names to be left as they are.
var latin = map[rune]rune{}

func init() {
	for _, p := range []string{
		"àa", "áa", "âa", "ãa", "äa", "åa", "āa", "ăa", "ąa",
		"çc", "ćc", "ĉc", "ċc", "čc", "ďd", "đd",
		"èe", "ée", "êe", "ëe", "ēe", "ĕe", "ėe", "ęe", "ěe",
		"ĝg", "ğg", "ġg", "ģg", "ĥh", "ħh",
		"ìi", "íi", "îi", "ïi", "ĩi", "īi", "ĭi", "įi", "ıi", "ĵj", "ķk",
		"ĺl", "ļl", "ľl", "ŀl", "łl", "ñn", "ńn", "ņn", "ňn",
		"òo", "óo", "ôo", "õo", "öo", "øo", "ōo", "ŏo", "őo",
		"ŕr", "ŗr", "řr", "śs", "ŝs", "şs", "šs", "ţt", "ťt", "ŧt",
		"ùu", "úu", "ûu", "üu", "ũu", "ūu", "ŭu", "ůu", "űu", "ųu",
		"ŵw", "ýy", "ÿy", "ŷy", "źz", "żz", "žz",
	} {
		r := []rune(p)
		latin[r[0]] = r[1]
	}
}

func fold(r rune) rune {
	if r < 0xC0 {
		return r
	}
	if f, ok := latin[r]; ok {
		return f
	}
	return r
}

// titles are words written before a name that are not part of it, longest
// first so "prime minister" goes before "minister". Lookup retries a name
// without them ("Mr. Putin" → "putin"); the index keeps the dictionaries'
// own titled aliases ("president putin") as they are.
var titles = func() [][]string {
	var out [][]string
	for _, t := range strings.Split("prime minister,foreign minister,defence minister,defense minister,"+
		"secretary of state,secretary general,vice president,president elect,deputy prime minister,"+
		"supreme leader,crown prince,mr,mrs,ms,miss,mx,dr,prof,professor,sir,dame,lord,lady,"+
		"president,premier,chancellor,minister,secretary,senator,sen,rep,representative,"+
		"congressman,congresswoman,governor,gov,mayor,general,gen,lt,col,colonel,maj,major,"+
		"capt,captain,adm,admiral,marshal,king,queen,prince,princess,emperor,sheikh,sheik,emir,"+
		"ayatollah,pope,rev,reverend,imam,rabbi,cardinal,archbishop,bishop,judge,justice,"+
		"chairman,chairwoman,chair,ambassador,comrade,commander,spokesman,spokeswoman", ",") {
		out = append(out, strings.Fields(t))
	}
	return out
}()

// titleStart holds the first word of each title, so most names leave
// stripTitles after one map look-up.
var titleStart = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range titles {
		m[t[0]] = true
	}
	return m
}()

// stripTitles removes leading title words from a normalised name, keeping
// at least one word.
func stripTitles(key string) string {
	if first, _, _ := strings.Cut(key, " "); !titleStart[first] {
		return key
	}
	w := strings.Fields(key)
	for again := true; again; {
		again = false
		for _, t := range titles {
			if len(w) > len(t) && equalWords(w[:len(t)], t) {
				w, again = w[len(t):], true
				break
			}
		}
	}
	return strings.Join(w, " ")
}

func equalWords(a, b []string) bool {
	for i := range b {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// nameSuffixes end a person's name without being a surname.
var nameSuffixes = map[string]bool{"jr": true, "sr": true, "ii": true, "iii": true, "iv": true}

// surname is the last word of a normalised person's name, or "" when it
// has one word or ends in a generational suffix only.
func surname(key string) string {
	w := strings.Fields(key)
	for len(w) > 1 && nameSuffixes[w[len(w)-1]] {
		w = w[:len(w)-1]
	}
	if len(w) < 2 || len([]rune(w[len(w)-1])) < 2 {
		return ""
	}
	return w[len(w)-1]
}

// slug makes an actor ID from a normalised name: its words joined by '-'.
func slug(key string) string { return strings.ReplaceAll(key, " ", "-") }

// day is t's calendar day at midnight UTC; roles are dated by day.
func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// BareName is a name's key without its leading titles: "Mr. Trump" and
// "President Trump" are "trump", "Sen. John McCain" is "john mccain".
func BareName(name string) string { return stripTitles(Normalize(name)) }
