package dict

import (
	"errors"
	"fmt"
	"strings"
)

// verb reads a verb line: "WORD {IRREGULAR FORMS} [CODE]", where a
// multi-word verb marks its verb word with '+' ("+BREAK_DOWN",
// "WIRE_+TAP"). Without braces the regular forms of the verb word are
// made; with them, the forms are the line's and the braces' only ("{}":
// the line's alone).
func (vr *verbReader) verb(n int, t string) error {
	words, code, hasCode, err := cutCode(t)
	if err != nil {
		return err
	}
	v := Verb{Line: n}
	if hasCode {
		c, err := parseCode(code)
		if err != nil {
			return err
		}
		vr.count(c)
		v.Code = &c
	}
	main, irregular, hasBraces, err := cutBraces(words)
	if err != nil {
		return err
	}
	form, head, err := verbForm(main)
	if err != nil {
		return err
	}
	v.Forms, v.Head = [][]string{form}, []int{head}
	v.Base = strings.ToLower(form[head])
	if !hasBraces {
		for _, w := range regularForms(form[head]) {
			f := append([]string(nil), form...)
			f[head] = w
			v.Forms, v.Head = append(v.Forms, f), append(v.Head, head)
		}
	}
	for _, s := range strings.Fields(irregular) {
		f, h, err := verbForm(s)
		if err != nil {
			return fmt.Errorf("form %q: %w", s, err)
		}
		v.Forms, v.Head = append(v.Forms, f), append(v.Head, h)
	}
	vr.block.Verbs = append(vr.block.Verbs, v)
	return nil
}

// cutBraces splits "MAIN {A B C}" into MAIN and "A B C".
func cutBraces(s string) (main, inside string, ok bool, err error) {
	i := strings.IndexByte(s, '{')
	if i < 0 {
		if strings.ContainsRune(s, '}') {
			return "", "", false, errors.New("'}' without '{'")
		}
		return s, "", false, nil
	}
	j := strings.IndexByte(s, '}')
	if j < i || strings.TrimSpace(s[j+1:]) != "" || strings.ContainsRune(s[i+1:j], '{') {
		return "", "", false, errors.New("irregular forms {...} not closed before the code")
	}
	return s[:i], s[i+1 : j], true, nil
}

// verbForm reads one form: words joined by '_' or blanks, the verb word
// marked by a leading '+' (else the first word).
func verbForm(s string) ([]string, int, error) {
	fields := strings.Fields(strings.ReplaceAll(s, "_", " "))
	if len(fields) == 0 {
		return nil, 0, errors.New("empty verb")
	}
	if len(fields) > 8 {
		return nil, 0, errors.New("verb of more than 8 words")
	}
	head := -1
	for i, f := range fields {
		if strings.HasPrefix(f, "+") {
			if head >= 0 {
				return nil, 0, errors.New("two words marked '+'")
			}
			head, fields[i] = i, f[1:]
		}
		if fields[i] == "" || strings.ContainsAny(fields[i], "+[]{}()&$*^%") {
			return nil, 0, fmt.Errorf("%q is no word", f)
		}
		fields[i] = strings.ToUpper(fields[i])
	}
	return fields, max(head, 0), nil
}

// regularForms makes the -s, -ed and -ing forms of an English verb.
func regularForms(w string) []string {
	n := len(w)
	consonantY := n > 1 && w[n-1] == 'Y' && !strings.ContainsRune("AEIOU", rune(w[n-2]))
	var ed, ing string
	switch {
	case strings.HasSuffix(w, "E"):
		ed, ing = w+"D", w[:n-1]+"ING"
		if strings.HasSuffix(w, "EE") {
			ing = w + "ING"
		}
	case consonantY:
		ed, ing = w[:n-1]+"IED", w+"ING"
	default:
		ed, ing = w+"ED", w+"ING"
	}
	return []string{plural(w), ed, ing}
}

// plural makes the regular plural (or third person) of a word: -ies
// after a consonant and y, -es after a sibilant, else -s.
func plural(w string) string {
	n := len(w)
	switch {
	case n > 1 && w[n-1] == 'Y' && !strings.ContainsRune("AEIOU", rune(w[n-2])):
		return w[:n-1] + "IES"
	case strings.HasSuffix(w, "S"), strings.HasSuffix(w, "SH"), strings.HasSuffix(w, "CH"),
		strings.HasSuffix(w, "X"), strings.HasSuffix(w, "Z"):
		return w + "ES"
	}
	return w + "S"
}
