package corpus

import (
	"fmt"
	"io"
	"net/url"
	"strings"
)

// CorefDoc is one document of a CorefUD file (GUM's CoNLL-U with its
// Entity= annotations): its sentences, MISC kept, and its gold mentions.
type CorefDoc struct {
	ID        string // from "# newdoc id = …"; empty for sentences before any newdoc
	Sentences []Sentence
	Mentions  []CorefMention // in the order they close
}

// CorefMention is one gold mention. First and End count syntactic words
// (not multi-word tokens, not empty nodes) across the whole document, so a
// mention may run over a sentence boundary.
type CorefMention struct {
	First, End int    // word range [First, End) in the document
	Entity     string // the entity number as written ("23"); mentions with the same one corefer
	Type       string // person, organization, place, abstract, …; empty when not written
	Identity   string // Wikipedia identity ("Barack_Obama"), percent-decoded; empty when none
	// Discontinuous is true when the mention was written in parts
	// ("(e5[1/2]-…"); First and End then cover all its parts and what lies
	// between them, since the scorers compare ranges.
	Discontinuous bool
	Line          int // the line of the opening bracket
}

// Words returns the document's words in order, the index space of
// CorefMention.First and End.
func (d *CorefDoc) Words() []Word {
	var ws []Word
	for _, s := range d.Sentences {
		ws = append(ws, s.Words...)
	}
	return ws
}

// defaultEntityFields is CorefUD's layout of an opening bracket when a
// document declares none with "# global.Entity".
var defaultEntityFields = []string{"eid", "etype", "head", "other"}

// ReadCorefUD reads every document of a CorefUD file (.conllu or
// .conllu.gz). Errors name the file and the line.
func ReadCorefUD(path string) ([]CorefDoc, error) {
	rc, err := OpenFile(path)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	docs, err := ParseCorefUD(rc)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return docs, nil
}

// ParseCorefUD reads CorefUD from r: CoNLL-U as ParseCoNLLU reads it, cut
// into documents at "# newdoc" comments, with the mentions the Entity= item
// of the MISC column opens and closes. A closing bracket closes the latest
// open mention of its entity; a mention still open when its document ends,
// or a closing bracket with nothing to close, is an error naming the line.
// Empty nodes are skipped with their brackets, as ParseCoNLLU skips them: a
// zero mention has no word range to score.
func ParseCorefUD(r io.Reader) ([]CorefDoc, error) {
	sents, err := ParseCoNLLU(r)
	if err != nil {
		return nil, err
	}
	p := corefParser{fields: defaultEntityFields}
	for i, s := range sents {
		if s.NewDoc || i == 0 {
			if err := p.finishDoc(); err != nil {
				return nil, err
			}
			p.startDoc(s)
		}
		if err := p.sentence(s); err != nil {
			return nil, err
		}
	}
	if err := p.finishDoc(); err != nil {
		return nil, err
	}
	return p.docs, nil
}

// openMention is a mention whose closing bracket has not been read yet.
type openMention struct {
	entity, part string // part is "1/2" for the first of two parts, "" for a whole mention
	first        int
	typ, ident   string
	line         int
}

// partial gathers the closed parts of a discontinuous mention.
type partial struct {
	m     CorefMention
	total string // "2" of "1/2"
	seen  int
}

type corefParser struct {
	docs   []CorefDoc
	fields []string // the names of an opening bracket's fields, from # global.Entity
	words  int      // words read so far in the current document
	open   []openMention
	parts  map[string]*partial // discontinuous mentions by entity and part count
}

func (p *corefParser) startDoc(s Sentence) {
	p.docs = append(p.docs, CorefDoc{ID: s.DocID})
	if s.GlobalEntity != "" {
		p.fields = strings.Split(s.GlobalEntity, "-")
	}
	p.words, p.open, p.parts = 0, nil, nil
}

// finishDoc refuses mentions left open at the end of a document.
func (p *corefParser) finishDoc() error {
	if len(p.open) > 0 {
		o := p.open[0]
		return fmt.Errorf("line %d: mention of entity %s opened here is never closed", o.line, o.entity)
	}
	for _, q := range p.parts {
		return fmt.Errorf("line %d: discontinuous mention of entity %s has %d of its %s parts", q.m.Line, q.m.Entity, q.seen, q.total)
	}
	return nil
}

func (p *corefParser) sentence(s Sentence) error {
	d := &p.docs[len(p.docs)-1]
	d.Sentences = append(d.Sentences, s)
	for _, w := range s.Words {
		if err := p.word(d, w.Misc, w.Line); err != nil {
			return fmt.Errorf("line %d: %w", w.Line, err)
		}
		p.words++
	}
	return nil
}

// word reads the brackets on the current word, left to right: "(23-…"
// opens, "23)" closes, "(23-…)" does both on this word.
func (p *corefParser) word(d *CorefDoc, misc string, line int) error {
	val := entityItem(misc)
	for val != "" {
		if val[0] == '(' {
			body := val[1:]
			k := strings.IndexAny(body, "()")
			if k < 0 {
				k = len(body)
			}
			o, err := p.opening(body[:k], line)
			if err != nil {
				return err
			}
			p.open = append(p.open, o)
			val = body[k:]
			if strings.HasPrefix(val, ")") {
				val = val[1:]
				if err := p.close(d, o.entity, o.part); err != nil {
					return err
				}
			}
			continue
		}
		k := strings.IndexByte(val, ')')
		if k <= 0 || strings.ContainsRune(val[:k], '(') {
			return fmt.Errorf("entity annotation %q: want (ID-… or ID)", val)
		}
		entity, part := splitPart(val[:k])
		if err := p.close(d, entity, part); err != nil {
			return err
		}
		val = val[k+1:]
	}
	return nil
}

// entityItem returns the value of MISC's Entity= item, "" when there is none.
func entityItem(misc string) string {
	for item := range strings.SplitSeq(misc, "|") {
		if v, ok := strings.CutPrefix(item, "Entity="); ok {
			return v
		}
	}
	return ""
}

func (p *corefParser) opening(body string, line int) (openMention, error) {
	// Values are percent-encoded, so a hyphen separates fields; the last
	// field takes the rest should a raw hyphen slip into it.
	vals := strings.SplitN(body, "-", len(p.fields))
	entity, part := splitPart(vals[0])
	if entity == "" {
		return openMention{}, fmt.Errorf("entity annotation (%s: no entity id", body)
	}
	o := openMention{entity: entity, part: part, first: p.words, line: line}
	for i, name := range p.fields {
		if i == 0 || i >= len(vals) {
			continue
		}
		switch name {
		case "etype":
			o.typ = unescape(vals[i])
		case "identity":
			o.ident = unescape(vals[i])
		}
	}
	return o, nil
}

// splitPart splits "5[1/2]" into "5" and "1/2".
func splitPart(id string) (entity, part string) {
	if k := strings.IndexByte(id, '['); k >= 0 && strings.HasSuffix(id, "]") {
		return id[:k], id[k+1 : len(id)-1]
	}
	return id, ""
}

func unescape(s string) string {
	if u, err := url.PathUnescape(s); err == nil {
		return u
	}
	return s
}

func (p *corefParser) close(d *CorefDoc, entity, part string) error {
	k := len(p.open) - 1
	for k >= 0 && (p.open[k].entity != entity || p.open[k].part != part) {
		k--
	}
	if k < 0 {
		return fmt.Errorf("entity annotation %s): no open mention of entity %s", entity, entity)
	}
	o := p.open[k]
	p.open = append(p.open[:k], p.open[k+1:]...)
	m := CorefMention{First: o.first, End: p.words + 1, Entity: o.entity, Type: o.typ, Identity: o.ident, Line: o.line}
	if part == "" {
		d.Mentions = append(d.Mentions, m)
		return nil
	}
	_, total, ok := strings.Cut(part, "/")
	if !ok || total == "" {
		return fmt.Errorf("entity annotation %s[%s]): want a part as [1/2]", entity, part)
	}
	if p.parts == nil {
		p.parts = map[string]*partial{}
	}
	key := entity + "/" + total
	q := p.parts[key]
	if q == nil {
		m.Discontinuous = true
		q = &partial{m: m, total: total}
		p.parts[key] = q
	}
	q.m.First, q.m.End = min(q.m.First, m.First), max(q.m.End, m.End)
	if q.m.Type == "" {
		q.m.Type = m.Type
	}
	if q.m.Identity == "" {
		q.m.Identity = m.Identity
	}
	q.seen++
	if fmt.Sprint(q.seen) == total {
		d.Mentions = append(d.Mentions, q.m)
		delete(p.parts, key)
	}
	return nil
}
