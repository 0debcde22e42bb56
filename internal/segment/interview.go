package segment

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph"
)

// Interview returns the paragraphs of an interview printed as questions
// and answers, by index into d.Paragraphs: those opened by "Q:" and those
// opened by "A:" ("Q." and "A." too). An article is taken for one when at
// least two paragraphs open each way (a lone "A:" is more likely a list's
// item); otherwise the interview may be printed without the letters
// (unlabelledInterview), and when it is not, both are nil. Coreference reads the answers' "I" as
// the interviewee's, not the writer's, and attribution gives each answer
// to the interviewee.
func Interview(d *newsgraph.Doc) (questions, answers []int) {
	for k, p := range d.Paragraphs {
		switch opensWith(d, p) {
		case 'Q':
			questions = append(questions, k)
		case 'A':
			answers = append(answers, k)
		}
	}
	if len(questions) < 2 || len(answers) < 2 {
		return unlabelledInterview(d)
	}
	return questions, answers
}

// unlabelledInterview finds an interview printed without "Q:" and "A:",
// as web pages set it once their bold questions are plain text: at least
// three paragraphs that are each one short question, two of them or more
// put to "you", each followed by answers, the paragraphs up to the next
// question, under a title that calls the article a Q&A. A news story's
// rhetorical questions seldom come three to a page, each a paragraph of
// its own, put to "you"; but a conversation, a how-to or a forum thread,
// set a sentence to a paragraph, has them all (on GUM, read without the
// title's word, the interviews so found cost coreference 0.013 CoNLL F1).
func unlabelledInterview(d *newsgraph.Doc) (questions, answers []int) {
	if !qAndATitle(d) {
		return nil, nil
	}
	toYou := 0
	for k, p := range d.Paragraphs {
		if isQuestion(d, p) {
			if k+1 == len(d.Paragraphs) || isQuestion(d, d.Paragraphs[k+1]) {
				return nil, nil // a question with no answer: a list of questions, not an interview
			}
			questions = append(questions, k)
			if addressesYou(d.Text[p.Start:p.End]) {
				toYou++
			}
			continue
		}
		if len(questions) > 0 && p.Kind != newsgraph.KindTitle && p.Kind != newsgraph.KindHeading {
			answers = append(answers, k)
		}
	}
	if len(questions) < 3 || toYou < 2 {
		return nil, nil
	}
	return questions, answers
}

// isQuestion: paragraph p is one short question of the writer's: it ends
// with a question mark, holds no other sentence's end, is not quoted, and
// runs to at most 40 words.
func isQuestion(d *newsgraph.Doc, p newsgraph.Paragraph) bool {
	if p.Kind != newsgraph.KindBody && p.Kind != newsgraph.KindHeading {
		return false
	}
	t := strings.TrimSpace(d.Text[p.Start:p.End])
	if !strings.HasSuffix(t, "?") || strings.ContainsAny(t[:len(t)-1], "?!\"“”") || strings.Contains(t, ". ") {
		return false
	}
	return len(strings.Fields(t)) <= 40
}

// addressesYou: text puts its question to "you".
func addressesYou(text string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if w == "you" || w == "your" || w == "yourself" {
			return true
		}
	}
	return false
}

// opensWith returns 'Q' or 'A' when paragraph p opens with that letter
// and a colon or full stop followed by a space, and 0 otherwise.
func opensWith(d *newsgraph.Doc, p newsgraph.Paragraph) byte {
	t := d.Text[p.Start:p.End]
	if len(t) < 4 || t[0] != 'Q' && t[0] != 'A' || t[1] != ':' && t[1] != '.' || t[2] != ' ' {
		return 0
	}
	return t[0]
}

// qAndATitle: the article's title calls it a Q&A ("Q&A: The baker who
// feeds a village").
func qAndATitle(d *newsgraph.Doc) bool {
	if len(d.Paragraphs) == 0 || d.Paragraphs[0].Kind != newsgraph.KindTitle {
		return false
	}
	t := strings.ToUpper(d.Text[d.Paragraphs[0].Start:d.Paragraphs[0].End])
	return strings.Contains(t, "Q&A") || strings.Contains(t, "Q & A") || strings.Contains(t, "Q AND A")
}
