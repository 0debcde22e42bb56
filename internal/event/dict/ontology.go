package dict

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph/internal/actors"
	"github.com/newsgraph/newsgraph/internal/event/cameo"
)

// Ontology is PETRARCH-2's internal coding ontology
// (PETR.Internal.Coding.Ontology.txt): each CAMEO code as a number whose
// hexadecimal digits say what kind of act it is (say, appeal, intend,
// demand...), what it is about (aid, military, sanctions...) and how
// specific it is, so that a governing verb's code and its complement's
// add up to the code of the whole: "seek" (intend) over "deepen ties"
// (material cooperation) is "intend to cooperate materially", 031.
//
// A line is "CODE:VALUE#VALUE...#comment": a value is a sum of
// hexadecimal or decimal numbers ("-0xFFFF+0x2040+0x300"); every value of
// a line is read back as the code, and the last one is the code's own
// (the file writes first the sums other combinations reach: 110 is
// 0x1007f, 0xFFFF+0x0080, and its own 0x7000). A '#' segment that is no
// value starts the comment; a line or segment beginning with '#' is one.
type Ontology struct {
	Forward map[string]int // CAMEO code → its value
	Reverse map[int]string // value → CAMEO code; the first line wins
}

// maxOntologyTerms bounds one value's sum.
const maxOntologyTerms = 16

// ReadOntology reads an ontology file. A malformed line (no ':', a code
// that is no CAMEO code, no value, a code given twice) is an
// *actors.LineError naming file and line; the rest is read, as
// ReadVerbs does.
func ReadOntology(r io.Reader, file string) (*Ontology, error) {
	o := &Ontology{Forward: map[string]int{}, Reverse: map[int]string{}}
	var errs actors.LineErrors
	var xc actors.XMLComments
	long, err := actors.EachLine(r, file, func(n int, line string) {
		if xc.Skip(n, line) {
			return
		}
		if msg := o.line(line); msg != "" {
			errs = append(errs, &actors.LineError{File: file, Line: n, Msg: msg})
		}
	})
	return o, finishLines(file, errs, long, &xc, err)
}

// line reads one line and says what is wrong with it, or "".
func (o *Ontology) line(line string) string {
	t := strings.TrimSpace(line)
	if t == "" || t[0] == '#' {
		return ""
	}
	if err := actors.CheckText(t); err != nil {
		return err.Error()
	}
	code, rest, ok := strings.Cut(t, ":")
	code = strings.TrimSpace(code)
	if !ok {
		return "no ':' between a code and its value"
	}
	if _, known := cameo.Lookup(code); !known && code != cameo.Null {
		return fmt.Sprintf("%q is no CAMEO code", code)
	}
	if _, dup := o.Forward[code]; dup {
		return fmt.Sprintf("code %s given twice", code)
	}
	var values []int
	for _, seg := range strings.Split(rest, "#") {
		v, err := ontologyValue(seg)
		if err != nil {
			if len(values) == 0 {
				return fmt.Sprintf("code %s: %v", code, err)
			}
			break // the comment
		}
		values = append(values, v)
	}
	for _, v := range values {
		if _, taken := o.Reverse[v]; !taken {
			o.Reverse[v] = code
		}
	}
	o.Forward[code] = values[len(values)-1]
	return ""
}

// ontologyValue reads a sum such as "-0xFFFF+0x2040+0x300".
func ontologyValue(s string) (int, error) {
	s = strings.ReplaceAll(strings.TrimSpace(s), " ", "")
	if s == "" {
		return 0, fmt.Errorf("no value")
	}
	total, terms := 0, 0
	for s != "" {
		sign := 1
		switch s[0] {
		case '-':
			sign, s = -1, s[1:]
		case '+':
			s = s[1:]
		default:
			if terms > 0 {
				return 0, fmt.Errorf("%q: terms must be joined by + or -", s)
			}
		}
		end := strings.IndexAny(s, "+-")
		if end < 0 {
			end = len(s)
		}
		if terms++; terms > maxOntologyTerms {
			return 0, fmt.Errorf("more than %d terms", maxOntologyTerms)
		}
		// 32 bits are plenty (the file's largest is 0x1007f) and cannot
		// overflow a sum of 16 terms in an int.
		n, err := strconv.ParseInt(s[:end], 0, 32)
		if err != nil {
			return 0, fmt.Errorf("%q is no number", s[:end])
		}
		total += sign * int(n)
		s = s[end:]
	}
	return total, nil
}

// Value returns the value of a CAMEO code.
func (o *Ontology) Value(code string) (int, bool) {
	if o == nil {
		return 0, false
	}
	v, ok := o.Forward[code]
	return v, ok
}

// Code returns the CAMEO code of a value; ok is false when none has it.
func (o *Ontology) Code(v int) (string, bool) {
	if o == nil {
		return "", false
	}
	c, ok := o.Reverse[v]
	return c, ok && c != cameo.Null
}

// negation is what "not" subtracts from a value: a rejection is the
// negated act, 121 "reject material cooperation" being 060's value less
// it.
const negation = 0xFFFF

// Negate returns the value of not doing v.
func Negate(v int) int { return v - negation }

// topLevel is the smallest value of a governing kind of act (say, appeal,
// intend, demand...): the digit above the three of cooperation, conflict
// and topic.
const topLevel = 0x1000

// Combine adds a governing verb's value to its complement's, as
// PETRARCH-2 does: a negated complement subtracts; of two governing kinds
// the complement's wins ("said it would meet": meet); a complement that
// outranks the governing verb wins; otherwise the two add ("seek" +
// "cooperate").
func Combine(upper, lower int) int {
	switch {
	case lower < 0:
		return upper + lower
	case upper >= topLevel && lower >= topLevel:
		return lower
	case lower >= upper:
		return lower
	}
	return upper + lower
}

// TopLevel reports whether v is a governing kind of act.
func TopLevel(v int) bool { return v >= topLevel }
