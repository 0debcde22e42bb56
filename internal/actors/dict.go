package actors

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// LineError is one malformed dictionary line.
type LineError struct {
	File string
	Line int // 1-based
	Msg  string
}

func (e *LineError) Error() string { return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg) }

// LineErrors lists every malformed line of a dictionary. The readers return
// it together with everything they could read, so a caller may report the
// bad lines and go on (the shipped dictionaries have a few) or refuse.
type LineErrors []*LineError

func (es LineErrors) Error() string {
	var b strings.Builder
	for i, e := range es {
		if i == 5 {
			fmt.Fprintf(&b, "\n(and %d more malformed lines)", len(es)-i)
			break
		}
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Role is a CAMEO code an actor holds between two dates, both included (the
// dictionaries' convention). A zero From or To leaves that side open; a role
// with both zero is a default code, which PETRARCH applies when no dated
// role covers the date.
type Role struct {
	Code  string    `json:"code"`
	Title string    `json:"title,omitempty"` // the words a learned role was read as
	From  time.Time `json:"from,omitzero"`
	To    time.Time `json:"to,omitzero"`
}

// Dated reports whether the role has a date restriction.
func (r Role) Dated() bool { return !r.From.IsZero() || !r.To.IsZero() }

// Covers reports whether the role holds on day d (a dated role only).
func (r Role) Covers(d time.Time) bool {
	d = day(d)
	return (r.From.IsZero() || !d.Before(r.From)) && (r.To.IsZero() || !d.After(r.To))
}

// ActorEntry is one record of an actor dictionary: a primary phrase, its
// '+' synonyms and its codes.
type ActorEntry struct {
	File    string
	Line    int
	Name    string   // the primary phrase, '_' read as a space
	Aliases []string // the '+' synonyms, likewise
	Roles   []Role
	Comment string // the primary line's comment, which says where a record came from
	// Follows is set when no blank line parts the record from the one
	// before it, which Build reads as a sign of a spelling variant.
	Follows bool
}

// maxLine bounds one dictionary line; the longest real one is under 200 bytes.
const maxLine = 64 << 10

// lines calls fn for each line of r with its number, stripped of "\r\n",
// and turns a line over maxLine into a LineError rather than a failed read.
func lines(r io.Reader, file string, fn func(n int, line string)) (LineErrors, error) {
	br := bufio.NewReader(r)
	var errs LineErrors
	for n := 1; ; n++ {
		line, err := br.ReadString('\n')
		if len(line) > maxLine {
			errs = append(errs, &LineError{file, n, fmt.Sprintf("line longer than %d bytes", maxLine)})
		} else if line != "" {
			fn(n, strings.TrimRight(line, "\r\n"))
		}
		if errors.Is(err, io.EOF) {
			return errs, nil
		}
		if err != nil {
			return errs, fmt.Errorf("%s:%d: %w", file, n, err)
		}
	}
}

// splitComment returns the part of a line before '#' and the comment.
// PETRARCH ends a line's content at its first '#', so names never hold one.
func splitComment(line string) (content, comment string) {
	if i := strings.IndexByte(line, '#'); i >= 0 {
		return line[:i], strings.TrimSpace(line[i+1:])
	}
	return line, ""
}

// xmlComment tracks PETRARCH's <!-- ... --> comments, which may span lines.
type xmlComment struct {
	open int // line where an unclosed comment began, or 0
}

// skip reports whether line is (part of) a comment to skip.
func (c *xmlComment) skip(n int, line string) bool {
	t := strings.TrimSpace(line)
	if c.open > 0 {
		if strings.Contains(t, "-->") {
			c.open = 0
		}
		return true
	}
	if strings.HasPrefix(t, "<!--") {
		if !strings.Contains(t[4:], "-->") {
			c.open = n
		}
		return true
	}
	return false
}

// checkText refuses what no name can hold: bytes that are not UTF-8,
// control characters (the shipped country file has Ctrl-Z where a letter
// was lost) and U+FFFD, the mark of an earlier failed decoding.
func checkText(s string) error {
	if !utf8.ValidString(s) {
		return errors.New("not valid UTF-8")
	}
	for _, r := range s {
		if r == utf8.RuneError {
			return errors.New("U+FFFD replacement character (text lost in an earlier decoding)")
		}
		if r != '\t' && unicode.IsControl(r) {
			return fmt.Errorf("control character %U", r)
		}
	}
	return nil
}

// phrase reads a dictionary phrase: words joined by '_' or blanks.
func phrase(s string) (string, error) {
	if err := checkText(s); err != nil {
		return "", err
	}
	if i := strings.IndexAny(s, "[]{}<>"); i >= 0 {
		return "", fmt.Errorf("%q inside a phrase", s[i])
	}
	p := strings.Join(strings.Fields(strings.ReplaceAll(s, "_", " ")), " ")
	if p == "" {
		return "", errors.New("empty phrase")
	}
	return p, nil
}

// validCode reports whether c is a CAMEO code: upper-case letters, and
// digits, which a few NGO codes carry.
func validCode(c string) bool {
	if c == "" {
		return false
	}
	for i := 0; i < len(c); i++ {
		if !(c[i] >= 'A' && c[i] <= 'Z' || c[i] >= '0' && c[i] <= '9') {
			return false
		}
	}
	return true
}

// nullCode is TABARI's explicit "no code".
const nullCode = "---"

// roles reads a run of bracketed codes, "[USAGOV >090120] [ELI]"; the null
// code [---] gives no role.
func roles(s string) ([]Role, error) {
	var out []Role
	for {
		s = strings.TrimSpace(s)
		if s == "" {
			return out, nil
		}
		if s[0] != '[' {
			return nil, fmt.Errorf("unexpected %q after the codes", s)
		}
		end := strings.IndexByte(s, ']')
		if end < 0 {
			return nil, errors.New("'[' without ']'")
		}
		r, ok, err := role(s[1:end])
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, r)
		}
		s = s[end+1:]
	}
}

// role reads the inside of one bracket: CODE, then optionally <date, >date
// or date-date (a blank may follow '<' or '>').
func role(s string) (Role, bool, error) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return Role{}, false, errors.New("empty code []")
	}
	if f[0] == nullCode && len(f) == 1 {
		return Role{}, false, nil
	}
	if !validCode(f[0]) {
		return Role{}, false, fmt.Errorf("code %q is not upper-case letters and digits", f[0])
	}
	r := Role{Code: f[0]}
	rest := strings.Join(f[1:], "")
	if rest == "" {
		return r, true, nil
	}
	var err error
	switch {
	case rest[0] == '<':
		r.To, err = parseDate(rest[1:])
	case rest[0] == '>':
		r.From, err = parseDate(rest[1:])
	case strings.Count(rest, "-") == 1:
		from, to, _ := strings.Cut(rest, "-")
		if r.From, err = parseDate(from); err == nil {
			if r.To, err = parseDate(to); err == nil && r.To.Before(r.From) {
				err = fmt.Errorf("date range %s ends before it starts", rest)
			}
		}
	default:
		// A bare date could mean from or until; the format has no such form.
		err = fmt.Errorf("date restriction %q is not <date, >date or date-date", rest)
	}
	if err != nil {
		return Role{}, false, fmt.Errorf("[%s]: %w", s, err)
	}
	return r, true, nil
}

// parseDate reads YYMMDD or YYYYMMDD. Two-digit years up to 30 are 20YY and
// the rest 19YY, the convention KEDS, TABARI and PETRARCH share.
func parseDate(s string) (time.Time, error) {
	if len(s) != 6 && len(s) != 8 {
		return time.Time{}, fmt.Errorf("date %q is not YYMMDD or YYYYMMDD", s)
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return time.Time{}, fmt.Errorf("date %q is not YYMMDD or YYYYMMDD", s)
		}
		n = n*10 + int(s[i]-'0')
	}
	y, m, d := n/10000, n/100%100, n%100
	if len(s) == 6 {
		y += 1900
		if y <= 1930 {
			y += 100
		}
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Year() != y || int(t.Month()) != m || t.Day() != d {
		return time.Time{}, fmt.Errorf("date %q does not exist", s)
	}
	return t, nil
}

// finish gives a reader's error: that of the read, else the malformed
// lines, if any.
func finish(file string, errs, long LineErrors, xc xmlComment, err error) error {
	if err != nil {
		return err
	}
	errs = append(errs, long...)
	if xc.open > 0 {
		errs = append(errs, &LineError{file, xc.open, "<!-- comment never closed"})
	}
	if len(errs) > 0 {
		return errs
	}
	return nil
}

// ReadActors reads an actor dictionary: records of a primary phrase with
// optional [codes], '+' synonym lines and indented [code date] lines, '#'
// comments. It returns every well-formed record and, when lines were
// malformed, a LineErrors naming each; a record whose primary line is
// malformed is dropped with its synonyms and codes, so they cannot attach
// to the record before it. Other errors are the reader's.
func ReadActors(r io.Reader, file string) ([]ActorEntry, error) {
	var out []ActorEntry
	var errs LineErrors
	var xc xmlComment
	cur := -1        // index in out of the record being read
	dropped := false // the record being read was refused
	blank := true    // a blank line since the last record began
	bad := func(n int, format string, a ...any) {
		errs = append(errs, &LineError{file, n, fmt.Sprintf(format, a...)})
	}
	long, err := lines(r, file, func(n int, line string) {
		if xc.skip(n, line) {
			return
		}
		content, comment := splitComment(line)
		if strings.TrimSpace(content) == "" {
			if strings.TrimSpace(line) == "" {
				blank = true
			}
			return
		}
		if err := checkText(content); err != nil {
			bad(n, "%v", err)
			if content[0] != '+' && content[0] != ' ' && content[0] != '\t' {
				dropped, cur = true, -1
			}
			return
		}
		t := strings.TrimSpace(content)
		switch {
		case t[0] == '[' || t[0] == '+' || content[0] == ' ' || content[0] == '\t':
			if dropped {
				return
			}
			if cur < 0 {
				bad(n, "synonym or code line before any actor")
				return
			}
			e := &out[cur]
			if t[0] == '+' {
				p, err := phrase(t[1:])
				if err != nil {
					bad(n, "synonym: %v", err)
					return
				}
				e.Aliases = append(e.Aliases, p)
				return
			}
			if t[0] != '[' {
				bad(n, "indented line is neither a code nor a comment: %q", t)
				return
			}
			rs, err := roles(t)
			if err != nil {
				bad(n, "%v", err)
				return
			}
			e.Roles = append(e.Roles, rs...)
		default:
			name, codes, _ := strings.Cut(content, "[")
			if codes != "" {
				codes = "[" + codes
			}
			p, err := phrase(name)
			var rs []Role
			if err == nil {
				rs, err = roles(codes)
			}
			if err != nil {
				bad(n, "actor %q: %v (its synonyms and codes are skipped too)", strings.TrimSpace(name), err)
				dropped, cur = true, -1
				return
			}
			out = append(out, ActorEntry{File: file, Line: n, Name: p, Roles: rs, Comment: comment, Follows: !blank && cur >= 0})
			cur, dropped, blank = len(out)-1, false, false
		}
	})
	return out, finish(file, errs, long, xc, err)
}

// AgentEntry is one line of an agent dictionary with its forms expanded:
// the phrase, its plural (regular, given in {...}, or none for {}) and, for
// a !SET! marker, one form per member of the set.
type AgentEntry struct {
	File   string
	Line   int
	Forms  []string // phrases, '_' read as a space
	Code   string   // "GOV" for [~GOV]
	Prefix bool     // [IGO~]: the code goes before the actor's code, not after
}

// ReadAgents reads an agent dictionary: "PHRASE {PLURAL} [~CODE]" lines and
// "!SET! = A, B" substitution sets, '#' comments. Errors are as ReadActors'.
func ReadAgents(r io.Reader, file string) ([]AgentEntry, error) {
	var out []AgentEntry
	var errs LineErrors
	var xc xmlComment
	sets := map[string][]string{}
	long, err := lines(r, file, func(n int, line string) {
		if xc.skip(n, line) {
			return
		}
		content, _ := splitComment(line)
		t := strings.TrimSpace(content)
		if t == "" {
			return
		}
		e, err := agentLine(t, sets)
		if err != nil {
			errs = append(errs, &LineError{file, n, err.Error()})
			return
		}
		if e != nil {
			e.File, e.Line = file, n
			out = append(out, *e)
		}
	})
	return out, finish(file, errs, long, xc, err)
}

// agentLine reads one non-blank agent line; a set definition is stored in
// sets and gives no entry.
func agentLine(t string, sets map[string][]string) (*AgentEntry, error) {
	if err := checkText(t); err != nil {
		return nil, err
	}
	if name, list, ok := strings.Cut(t, "="); ok && strings.HasPrefix(t, "!") {
		name = strings.TrimSpace(name)
		if len(name) < 3 || !strings.HasSuffix(name, "!") || strings.Count(name, "!") != 2 {
			return nil, fmt.Errorf("substitution set name %q is not of the form !NAME! =", name)
		}
		var members []string
		for _, m := range strings.Split(list, ",") {
			m = strings.TrimSpace(m)
			if m == "" || strings.ContainsAny(m, "![]{}") {
				return nil, fmt.Errorf("substitution set %s: bad member %q", name, m)
			}
			members = append(members, m)
		}
		sets[name] = members
		return nil, nil
	}
	open := strings.IndexByte(t, '[')
	if open < 0 {
		return nil, errors.New("agent without a [code]")
	}
	closing := strings.IndexByte(t[open:], ']')
	if closing < 0 {
		return nil, errors.New("'[' without ']'")
	}
	if rest := strings.TrimSpace(t[open+closing+1:]); rest != "" {
		return nil, fmt.Errorf("unexpected %q after the code", rest)
	}
	e := &AgentEntry{}
	code := strings.TrimSpace(t[open+1 : open+closing])
	switch {
	case strings.HasPrefix(code, "~") && validCode(code[1:]):
		e.Code = code[1:]
	case strings.HasSuffix(code, "~") && validCode(code[:len(code)-1]):
		e.Code, e.Prefix = code[:len(code)-1], true
	default:
		return nil, fmt.Errorf("agent code [%s] is not [~CODE] or [CODE~]", code)
	}
	head := t[:open]
	plural, hasPlural := "", false
	if i := strings.IndexByte(head, '{'); i >= 0 {
		j := strings.IndexByte(head, '}')
		if j < i || strings.TrimSpace(head[j+1:]) != "" {
			return nil, errors.New("plural {...} not closed before the code")
		}
		plural, hasPlural = head[i+1:j], true
		head = head[:i]
	}
	forms, err := expand(head, sets)
	if err != nil {
		return nil, err
	}
	switch {
	case !hasPlural && !strings.Contains(head, "!"):
		// A substitution set lists its plurals itself, so only plain
		// phrases get a regular plural.
		forms = append(forms, regularPlural(forms[0]))
	case strings.TrimSpace(plural) != "":
		pf, err := expand(plural, sets)
		if err != nil {
			return nil, fmt.Errorf("plural: %w", err)
		}
		forms = append(forms, pf...)
	}
	e.Forms = forms
	return e, nil
}

// expand substitutes each !SET! marker of s by each member of its set and
// reads the results as phrases.
func expand(s string, sets map[string][]string) ([]string, error) {
	i := strings.IndexByte(s, '!')
	if i < 0 {
		p, err := phrase(s)
		if err != nil {
			return nil, err
		}
		return []string{p}, nil
	}
	j := strings.IndexByte(s[i+1:], '!')
	if j < 0 {
		return nil, errors.New("'!' marker not closed")
	}
	name := s[i : i+j+2]
	members, ok := sets[name]
	if !ok {
		return nil, fmt.Errorf("substitution set %s is not defined above", name)
	}
	var out []string
	for _, m := range members {
		more, err := expand(s[:i]+m+s[i+j+2:], sets)
		if err != nil {
			return nil, err
		}
		out = append(out, more...)
	}
	return out, nil
}

// regularPlural forms the English plural of a phrase's last word: the
// format generates these itself ("-s", "-ies" after a consonant and "y",
// "-es" after a sibilant).
func regularPlural(p string) string {
	u := strings.ToUpper(p)
	switch {
	case strings.HasSuffix(u, "Y") && len(u) > 1 && !strings.ContainsRune("AEIOU", rune(u[len(u)-2])):
		return p[:len(p)-1] + "IES"
	case strings.HasSuffix(u, "S"), strings.HasSuffix(u, "SH"), strings.HasSuffix(u, "CH"),
		strings.HasSuffix(u, "X"), strings.HasSuffix(u, "Z"):
		return p + "ES"
	}
	return p + "S"
}
