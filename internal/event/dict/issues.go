package dict

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/newsgraph/newsgraph/internal/actors"
)

// Issue is one line of an issue list with its forms expanded.
type Issue struct {
	Forms    []string // lower case phrases: "n:treaty" gives "treaty" and "treaties"
	Code     string   // "NUCLEAR_WEAPONS"
	Category string   // the <ISSUE CATEGORY="..."> the line is in
	Line     int
}

// Issues is an issue list: phrases that tag a sentence with issue codes,
// and phrases ('~' lines) that stop a sentence being tagged.
type Issues struct {
	Issues []Issue
	Ignore []string // lower case
}

// maxForms bounds the expansion of one issue line.
const maxForms = 256

// ReadIssues reads an issue list: <ISSUE CATEGORY="..."> blocks of
// "phrase [CODE]" lines, where a word may be written n:word (its singular
// and plural), v:word (its regular verb forms) or a+b ("a b" and "a-b"),
// and '~' (or '~~') lines are phrases to ignore.
func ReadIssues(r io.Reader, file string) (*Issues, error) {
	out := &Issues{}
	category := ""
	err := eachContent(r, file, func(n int, t, _ string) error {
		return issueLine(out, &category, t, n)
	})
	return out, err
}

func issueLine(out *Issues, category *string, t string, n int) error {
	if err := actors.CheckText(t); err != nil {
		return err
	}
	switch {
	case strings.HasPrefix(t, "<ISSUE"):
		_, rest, ok := strings.Cut(t, `CATEGORY="`)
		name, _, closed := strings.Cut(rest, `"`)
		if !ok || !closed || name == "" {
			return errors.New(`<ISSUE without CATEGORY="..."`)
		}
		*category = name
		return nil
	case t == "</ISSUE>":
		*category = ""
		return nil
	case t[0] == '~':
		forms, err := expandIssue(strings.TrimLeft(t, "~"))
		out.Ignore = append(out.Ignore, forms...)
		return err
	}
	words, code, ok, err := cutCode(t)
	if err != nil {
		return err
	}
	if !ok || !codeSyntax(strings.ReplaceAll(code, "_", "")) {
		return fmt.Errorf("issue line without a [CODE]: %q", t)
	}
	forms, err := expandIssue(words)
	if err != nil {
		return err
	}
	out.Issues = append(out.Issues, Issue{Forms: forms, Code: code, Category: *category, Line: n})
	return nil
}

// expandIssue expands the n:, v: and + markers of an issue phrase.
func expandIssue(s string) ([]string, error) {
	forms := []string{""}
	for _, w := range strings.Fields(strings.ToLower(s)) {
		var alts []string
		switch {
		case strings.HasPrefix(w, "n:"):
			alts = []string{w[2:], strings.ToLower(plural(strings.ToUpper(w[2:])))}
		case strings.HasPrefix(w, "v:"):
			alts = []string{w[2:]}
			for _, f := range regularForms(strings.ToUpper(w[2:])) {
				alts = append(alts, strings.ToLower(f))
			}
		case strings.Contains(w, "+"):
			alts = []string{strings.ReplaceAll(w, "+", " "), strings.ReplaceAll(w, "+", "-")}
		default:
			alts = []string{w}
		}
		for _, a := range alts {
			if strings.TrimSpace(a) == "" || strings.ContainsAny(a, "[]{}:") {
				return nil, fmt.Errorf("bad word %q", w)
			}
		}
		var next []string
		for _, f := range forms {
			for _, a := range alts {
				next = append(next, strings.TrimSpace(f+" "+a))
			}
		}
		if len(next) > maxForms {
			return nil, fmt.Errorf("phrase %q expands to more than %d forms", s, maxForms)
		}
		forms = next
	}
	if forms[0] == "" {
		return nil, errors.New("empty issue phrase")
	}
	return forms, nil
}
