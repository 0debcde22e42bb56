package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// CoNLLU writes d in CoNLL-U, one block per sentence, so a parse can be
// checked with the usual tools. Heads are renumbered within the sentence;
// SpaceAfter=No marks tokens that touch the next one.
func CoNLLU(w io.Writer, d *newsgraph.Doc) error {
	bw := bufio.NewWriter(w)
	if d.Meta.Source != "" {
		fmt.Fprintf(bw, "# newdoc id = %s\n", oneLine(d.Meta.Source))
	}
	for k, s := range d.Sentences {
		fmt.Fprintf(bw, "# sent_id = %d\n# text = %s\n", k+1, oneLine(d.Slice(s.Span)))
		for i := s.FirstToken; i < s.EndToken; i++ {
			t := d.Tokens[i]
			head := 0
			if t.Head >= 0 {
				head = t.Head - s.FirstToken + 1
			}
			misc := "_"
			if i+1 < len(d.Tokens) && d.Tokens[i+1].Start == t.End {
				misc = "SpaceAfter=No"
			}
			fmt.Fprintf(bw, "%d\t%s\t%s\t%s\t%s\t_\t%d\t%s\t_\t%s\n", i-s.FirstToken+1, field(d.TokenText(i)),
				field(t.Lemma), field(t.UPOS), field(t.Tag), head, field(t.Dep), misc)
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

func field(s string) string {
	if s == "" {
		return "_"
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

// Tree writes one sentence's dependencies as "word -rel-> head" lines.
func Tree(w io.Writer, d *newsgraph.Doc, s newsgraph.Sentence) {
	for i := s.FirstToken; i < s.EndToken; i++ {
		t := d.Tokens[i]
		head := "ROOT"
		if t.Head >= 0 {
			head = d.TokenText(t.Head)
		}
		fmt.Fprintf(w, "       %-16s -%s-> %s\n", d.TokenText(i), t.Dep, head)
	}
}
