package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
)

// splitter splits each paragraph's tokens into sentences.
type splitter struct {
	text   string
	tokens []newsgraph.Span
	roles  []role
	max    int // tokens a sentence may hold
	out    []newsgraph.Sentence
	cut    int // sentences cut for length
}

// paragraph splits the tokens [first, end) of one paragraph into sentences.
func (sp *splitter) paragraph(first, end int) {
	start := first
	for i := first; i < end; i++ {
		next, ok := boundaryAfterToken(sp.text, sp.tokens, sp.roles, i, end)
		if !ok {
			if sp.max > 0 && i+1-start >= sp.max && i+1 < end {
				sp.cut++
				sp.add(start, i+1) // no boundary in sight: cut here
				start = i + 1
			}
			continue
		}
		sp.add(start, next)
		start = next
		i = next - 1
	}
	if start < end {
		sp.add(start, end)
	}
}

func (sp *splitter) add(first, end int) {
	sp.out = append(sp.out, newsgraph.Sentence{
		Span:       newsgraph.Span{Start: sp.tokens[first].Start, End: sp.tokens[end-1].End},
		FirstToken: first, EndToken: end,
	})
}

// boundaryAfterToken reports whether a sentence ends with token i (or with
// the closing quotes and brackets right after it), and the index of the
// first token of the next sentence.
func boundaryAfterToken(text string, tokens []newsgraph.Span, roles []role, i, end int) (int, bool) {
	if i+1 < end && hardLineBreak(text, tokens[i].End, tokens[i+1].Start, roles[i+1]) {
		return i + 1, true
	}
	tok := text[tokens[i].Start:tokens[i].End]
	terminal := isTerminal(tok)
	abbrev := !terminal && len(tok) > 1 && tok[len(tok)-1] == '.'
	if !terminal && !abbrev {
		return 0, false
	}
	j := i + 1
	for j < end && (roles[j] == closes || isClosingBracket(text[tokens[j].Start:tokens[j].End])) {
		j++
	}
	if j >= end {
		return end, false // the paragraph's end closes the sentence anyway
	}
	next := text[tokens[j].Start:tokens[j].End]
	if terminal {
		return j, startsSentence(next, roles[j])
	}
	if neverEndsSentence(tok) {
		return 0, false
	}
	return j, roles[j] == opens || sentenceStarters[next]
}

// hardLineBreak: a line break between two tokens (text[a:b]) ends a
// sentence even without punctuation when the next line opens a
// quotation, or when the line before is too long to be a wrapped line:
// reader comments set one under another ("… our greatest shame.” ― Sonya
// Herridge" / "“During the debate …").
func hardLineBreak(text string, a, b int, next role) bool {
	nl := strings.IndexByte(text[a:b], '\n')
	if nl < 0 {
		return false
	}
	if next == opens {
		return true
	}
	lineStart := strings.LastIndexByte(text[:a], '\n') + 1
	r, _ := utf8.DecodeRuneInString(text[b:])
	return a-lineStart > 160 && unicode.IsUpper(r)
}

func isTerminal(tok string) bool {
	switch tok {
	case ".", "!", "?", "...", "…":
		return true
	}
	return false
}

func isClosingBracket(tok string) bool { return tok == ")" || tok == "]" || tok == "}" }

// startsSentence reports whether a token after terminal punctuation can open
// a new sentence: not a lower-case word, not more punctuation of the kind
// that continues one.
func startsSentence(tok string, r role) bool {
	if r == opens {
		return true
	}
	if isLowerStart(tok) {
		return false
	}
	switch tok {
	case ",", ";", ":", ".", "!", "?", "...", "…", "%", ")", "]", "'s", "’s", "—", "―", "–":
		return false // a dash after a quotation signs it: “…” ― Name
	}
	return true
}
