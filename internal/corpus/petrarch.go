package corpus

import (
	"errors"
	"fmt"
	"html"
	"io"
	"strings"
)

// PetrarchFile is a PETRARCH validation file: the dictionaries its
// <Environment> names and its <Sentence> records.
type PetrarchFile struct {
	Env     map[string][]string // element name → comma-separated values: "Verbfile" → ["CAMEO.2.0.txt"]
	Records []PetrarchRecord
}

// PetrarchRecord is one <Sentence> with its expected codings.
type PetrarchRecord struct {
	ID, Date, Category string
	Line               int    // where the record begins
	Text               string // the <Text>, trimmed, entities decoded
	Parse              string // the <Parse>: CoNLL-U lines, trimmed
	Gold               []PetrarchCoding
	NoEvents           bool // an <EventCoding noevents="True"/>: nothing should be coded
}

// PetrarchCoding is one expected event.
type PetrarchCoding struct {
	Source, Target, Event string
}

// maxPetrarch bounds the file read.
const maxPetrarch = 64 << 20

// ReadPetrarch reads a validation file. The published files are not
// well-formed XML (a record opened by a self-closed <Sentence .../>, '#'
// comment lines between elements), so it reads tags by hand: each
// <Sentence ...> starts a record, which the next one or </Sentences> ends.
// A record without <Text> or with a coding lacking a code is an error
// naming its line.
func ReadPetrarch(r io.Reader) (*PetrarchFile, error) {
	b, err := io.ReadAll(io.LimitReader(r, maxPetrarch+1))
	if err != nil {
		return nil, err
	}
	if len(b) > maxPetrarch {
		return nil, fmt.Errorf("petrarch: file over %d bytes", maxPetrarch)
	}
	s := stripComments(string(b))
	out := &PetrarchFile{Env: map[string][]string{}}
	if env, ok := between(s, "<Environment>", "</Environment>"); ok {
		readEnv(env, out.Env)
	}
	for _, part := range splitRecords(s) {
		rec, err := readRecord(part.text)
		if err != nil {
			return nil, fmt.Errorf("petrarch: record at line %d: %w", part.line, err)
		}
		rec.Line = part.line
		out.Records = append(out.Records, rec)
	}
	return out, nil
}

// stripComments blanks <!-- ... --> comments, keeping their newlines so
// lines still count.
func stripComments(s string) string {
	var b strings.Builder
	for {
		i := strings.Index(s, "<!--")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		j := strings.Index(s[i+4:], "-->")
		end := len(s)
		if j >= 0 {
			end = i + 4 + j + 3
		}
		b.WriteString(strings.Repeat("\n", strings.Count(s[i:end], "\n")))
		s = s[end:]
	}
}

func between(s, open, close string) (string, bool) {
	i := strings.Index(s, open)
	if i < 0 {
		return "", false
	}
	rest := s[i+len(open):]
	j := strings.Index(rest, close)
	if j < 0 {
		return "", false
	}
	return rest[:j], true
}

// readEnv reads <Name>value</Name> elements.
func readEnv(env string, out map[string][]string) {
	for {
		i := strings.IndexByte(env, '<')
		if i < 0 {
			return
		}
		env = env[i+1:]
		name, rest, ok := strings.Cut(env, ">")
		if !ok {
			return
		}
		if strings.ContainsAny(name, " /") {
			env = rest
			continue
		}
		val, after, ok := strings.Cut(rest, "</"+name+">")
		if !ok {
			env = rest
			continue
		}
		for _, v := range strings.Split(val, ",") {
			if v = strings.TrimSpace(v); v != "" {
				out[name] = append(out[name], v)
			}
		}
		env = after
	}
}

type recordText struct {
	text string
	line int
}

func splitRecords(s string) []recordText {
	var out []recordText
	line := 1
	for {
		i := strings.Index(s, "<Sentence ")
		if i < 0 {
			return out
		}
		line += strings.Count(s[:i], "\n")
		s = s[i:]
		end := strings.Index(s[1:], "<Sentence ")
		if stop := strings.Index(s, "</Sentences>"); stop >= 0 && (end < 0 || stop < end+1) {
			end = stop - 1
		}
		if end < 0 {
			end = len(s) - 1
		}
		out = append(out, recordText{s[:end+1], line})
		line += strings.Count(s[:end+1], "\n")
		s = s[end+1:]
	}
}

func readRecord(s string) (PetrarchRecord, error) {
	var rec PetrarchRecord
	open, _, ok := strings.Cut(s, ">")
	if !ok {
		return rec, errors.New("<Sentence not closed by '>'")
	}
	rec.ID, rec.Date, rec.Category = tagAttr(open, "id"), tagAttr(open, "date"), tagAttr(open, "category")
	if rec.Category == "" {
		rec.Category = tagAttr(open, "source")
	}
	text, ok := between(s, "<Text>", "</Text>")
	if !ok {
		return rec, errors.New("no <Text>...</Text>")
	}
	rec.Text = strings.TrimSpace(html.UnescapeString(text))
	if p, ok := between(s, "<Parse>", "</Parse>"); ok {
		rec.Parse = strings.Trim(p, "\r\n ")
	}
	for rest := s; ; {
		i := strings.Index(rest, "<EventCoding")
		if i < 0 {
			break
		}
		tag, after, ok := strings.Cut(rest[i:], ">")
		if !ok {
			return rec, errors.New("<EventCoding not closed by '>'")
		}
		rest = after
		// A record expected to fail ("error" attribute) must code nothing.
		if strings.EqualFold(tagAttr(tag, "noevents"), "true") || tagAttr(tag, "error") != "" {
			rec.NoEvents = true
			continue
		}
		c := PetrarchCoding{Source: tagAttr(tag, "sourcecode"), Target: tagAttr(tag, "targetcode"), Event: tagAttr(tag, "eventcode")}
		if c.Event == "" || c.Source == "" || c.Target == "" {
			return rec, fmt.Errorf("coding %s lacks a source, target or event code", tag+">")
		}
		rec.Gold = append(rec.Gold, c)
	}
	return rec, nil
}

// attr returns the value of attribute name in a start tag, "" if absent.
func tagAttr(tag, name string) string {
	for rest := tag; ; {
		i := strings.Index(rest, name)
		if i < 0 {
			return ""
		}
		before := byte(' ')
		if i > 0 {
			before = rest[i-1]
		}
		rest = rest[i+len(name):]
		t := strings.TrimLeft(rest, " \t")
		if before != ' ' && before != '\t' && before != '\n' || !strings.HasPrefix(t, "=") {
			continue
		}
		t = strings.TrimLeft(t[1:], " \t")
		if t == "" || (t[0] != '"' && t[0] != '\'') {
			return ""
		}
		v, _, ok := strings.Cut(t[1:], t[:1])
		if !ok {
			return ""
		}
		return html.UnescapeString(v)
	}
}
