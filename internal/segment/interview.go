package segment

import "github.com/newsgraph/newsgraph"

// Interview returns the paragraphs of an interview printed as questions
// and answers, by index into d.Paragraphs: those opened by "Q:" and those
// opened by "A:" ("Q." and "A." too). An article is taken for one when at
// least two paragraphs open each way (a lone "A:" is more likely a list's
// item); otherwise both are nil. Coreference reads the answers' "I" as
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
		return nil, nil
	}
	return questions, answers
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
