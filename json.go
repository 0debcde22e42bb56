package newsgraph

import (
	"encoding/json"
	"fmt"
	"slices"
	"time"
	"unicode/utf8"
)

// The JSON contract. Offsets in JSON count Unicode code points, not bytes, so
// that text[start:end] in Python, or over a []rune in Go, yields the span (as
// in spaCy and BRAT). The conversion happens only here.

type jsonSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text,omitempty"`
}

type jsonParagraph struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Kind  string `json:"kind"`
}

type jsonSentence struct {
	Start      int `json:"start"`
	End        int `json:"end"`
	FirstToken int `json:"first_token"`
	EndToken   int `json:"end_token"`
}

type jsonToken struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Tag   string `json:"pos,omitempty"`
	UPOS  string `json:"upos,omitempty"`
	Lemma string `json:"lemma,omitempty"`
	Head  *int   `json:"head,omitempty"`
	Dep   string `json:"dep,omitempty"`
}

type jsonQuote struct {
	Start  int  `json:"start"`
	End    int  `json:"end"`
	Depth  int  `json:"depth"`
	Closed bool `json:"closed"`
}

type jsonAttribution struct {
	Kind       string        `json:"kind"`
	Type       string        `json:"type,omitempty"`
	Confidence float64       `json:"confidence,omitempty"`
	Source     *jsonSpan     `json:"source"`
	Cue        jsonSpan      `json:"cue"`
	Content    jsonSpan      `json:"content"`
	Speaker    *jsonReferent `json:"speaker"`
	Addressee  *jsonReferent `json:"addressee"`
}

type jsonDiagnostic struct {
	Code    string `json:"code"`
	Message string `json:"message"`
}

type jsonDoc struct {
	Schema       string            `json:"schema"`
	Offsets      string            `json:"offsets"`
	ID           string            `json:"id,omitempty"`
	URL          string            `json:"url,omitempty"`
	Source       string            `json:"source,omitempty"`
	Hash         string            `json:"hash,omitempty"`
	Title        string            `json:"title"`
	Authors      []string          `json:"authors"`
	Published    string            `json:"published,omitempty"`
	Site         string            `json:"site,omitempty"`
	Language     string            `json:"language,omitempty"`
	Text         string            `json:"text"`
	Paragraphs   []jsonParagraph   `json:"paragraphs"`
	Sentences    []jsonSentence    `json:"sentences"`
	Tokens       []jsonToken       `json:"tokens"`
	Quotes       []jsonQuote       `json:"quotes"`
	Entities     []jsonEntity      `json:"entities"`
	Attributions []jsonAttribution `json:"attributions"`
	Times        []jsonTimex       `json:"times"`
	Events       []jsonEvent       `json:"events"`
	Diagnostics  []jsonDiagnostic  `json:"diagnostics"`
}

// OffsetUnit is the value of the "offsets" key: what JSON offsets count.
const OffsetUnit = "unicode-codepoints"

// MarshalJSON writes the document in the public JSON contract. A Doc that
// Validate has not cleaned may hold a span that cannot be sliced: that is an
// error, never a panic that would end a batch.
func (d *Doc) MarshalJSON() (b []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			b, err = nil, fmt.Errorf("newsgraph: document %q cannot be encoded: %v", d.Meta.Source, r)
		}
	}()
	return json.Marshal(d.toJSON())
}

func (d *Doc) toJSON() *jsonDoc {
	cp := newCodepoints(d.Text)
	j := &jsonDoc{
		Schema: SchemaVersion, Offsets: OffsetUnit,
		ID: d.Meta.ID, URL: d.Meta.URL, Source: d.Meta.Source, Hash: d.Meta.Hash, Title: d.Title(),
		Authors: nonNil(d.Meta.Authors), Site: d.Meta.Site, Language: d.Meta.Language,
		Text:         d.Text,
		Paragraphs:   make([]jsonParagraph, len(d.Paragraphs)),
		Sentences:    make([]jsonSentence, len(d.Sentences)),
		Tokens:       make([]jsonToken, len(d.Tokens)),
		Quotes:       make([]jsonQuote, len(d.Quotes)),
		Entities:     make([]jsonEntity, len(d.Entities)),
		Attributions: make([]jsonAttribution, len(d.Attributions)),
		Times:        d.timesJSON(cp),
		Events:       d.eventsJSON(cp),
		Diagnostics:  make([]jsonDiagnostic, len(d.Diagnostics)),
	}
	if !d.Meta.Published.IsZero() {
		j.Published = d.Meta.Published.Format(time.RFC3339)
	}
	for i, p := range d.Paragraphs {
		j.Paragraphs[i] = jsonParagraph{cp.at(p.Start), cp.at(p.End), string(p.Kind)}
	}
	for i, s := range d.Sentences {
		j.Sentences[i] = jsonSentence{cp.at(s.Start), cp.at(s.End), s.FirstToken, s.EndToken}
	}
	for i, t := range d.Tokens {
		jt := jsonToken{Start: cp.at(t.Start), End: cp.at(t.End), Text: d.Slice(t.Span),
			Tag: t.Tag, UPOS: t.UPOS, Lemma: t.Lemma, Dep: t.Dep}
		if t.Dep != "" {
			h := t.Head
			jt.Head = &h
		}
		j.Tokens[i] = jt
	}
	for i, q := range d.Quotes {
		j.Quotes[i] = jsonQuote{cp.at(q.Start), cp.at(q.End), q.Depth, q.Closed}
	}
	for i, e := range d.Entities {
		j.Entities[i] = d.entityJSON(cp, i, e)
	}
	for i, a := range d.Attributions {
		j.Attributions[i] = d.attributionJSON(cp, a)
	}
	for i, g := range d.Diagnostics {
		j.Diagnostics[i] = jsonDiagnostic(g)
	}
	return j
}

func (d *Doc) attributionJSON(cp codepoints, a Attribution) jsonAttribution {
	j := jsonAttribution{Kind: string(a.Kind), Type: string(a.Type), Confidence: a.Confidence, Cue: d.spanJSON(cp, a.Cue), Content: d.spanJSON(cp, a.Content),
		Speaker: d.referentJSON(cp, a.Speaker), Addressee: d.referentJSON(cp, a.Addressee)}
	if a.Source != nil {
		s := d.spanJSON(cp, *a.Source)
		j.Source = &s
	}
	return j
}

func (d *Doc) spanJSON(cp codepoints, s Span) jsonSpan {
	return jsonSpan{cp.at(s.Start), cp.at(s.End), d.Slice(s)}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// UnmarshalJSON reads a document written by MarshalJSON, or by an earlier
// version of it (SchemaV1), converting code-point offsets back to byte
// offsets. An annotation whose span lies outside the text is dropped with a
// diagnostic (see Validate): a stored document damaged in one place is still
// read.
func (d *Doc) UnmarshalJSON(data []byte) error {
	var j jsonDoc
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	switch j.Schema {
	case SchemaVersion:
	case SchemaV1:
		var v1 jsonDocV1
		if err := json.Unmarshal(data, &v1); err != nil {
			return err
		}
		j.Entities, j.Attributions = v1.upgrade()
	default:
		return fmt.Errorf("newsgraph: unsupported document schema %q (want %q or %q)", j.Schema, SchemaVersion, SchemaV1)
	}
	return d.fromJSON(&j)
}

func (d *Doc) fromJSON(j *jsonDoc) error {
	b := newByteOffsets(j.Text)
	*d = Doc{Text: j.Text, Meta: Metadata{ID: j.ID, URL: j.URL, Source: j.Source, Hash: j.Hash, Title: j.Title,
		Authors: j.Authors, Site: j.Site, Language: j.Language}}
	if j.Published != "" {
		t, err := time.Parse(time.RFC3339, j.Published)
		if err != nil {
			return fmt.Errorf("newsgraph: published: %w", err)
		}
		d.Meta.Published = t
	}
	for _, p := range j.Paragraphs {
		d.Paragraphs = append(d.Paragraphs, Paragraph{b.span(p.Start, p.End), ParagraphKind(p.Kind)})
	}
	for _, s := range j.Sentences {
		d.Sentences = append(d.Sentences, Sentence{b.span(s.Start, s.End), s.FirstToken, s.EndToken})
	}
	for _, t := range j.Tokens {
		tok := Token{Span: b.span(t.Start, t.End), Tag: t.Tag, UPOS: t.UPOS, Lemma: t.Lemma, Head: -1, Dep: t.Dep}
		if t.Head != nil {
			tok.Head = *t.Head
		}
		d.Tokens = append(d.Tokens, tok)
	}
	for _, q := range j.Quotes {
		d.Quotes = append(d.Quotes, Quote{b.span(q.Start, q.End), q.Depth, q.Closed})
	}
	b.entities(d, j.Entities)
	for _, a := range j.Attributions {
		d.Attributions = append(d.Attributions, b.attribution(a))
	}
	d.Times = b.times(j.Times)
	d.Events = b.events(j.Events)
	for _, g := range j.Diagnostics {
		d.Diagnostics = append(d.Diagnostics, Diagnostic(g))
	}
	d.Validate()
	return nil
}

// CodePoints maps byte offsets in a text to code-point offsets, the unit of
// every offset outside Go (JSON, the stores, the API).
type CodePoints = codepoints

// NewCodePoints builds the map for text.
func NewCodePoints(text string) CodePoints { return newCodepoints(text) }

// At returns the code-point offset of byte offset b.
func (c codepoints) At(b int) int { return c.at(b) }

// codepoints maps byte offsets in a text to code-point offsets. It keeps
// the count of code points before every 64th byte and counts the rest of
// the way, so its table is a sixteenth of the text's size rather than four
// times it: a 32 MiB article would otherwise spend 128 MiB on it.
type codepoints struct {
	text  string
	every []int32 // every[k] is the code-point offset of byte k*cpStride; nil when the text is ASCII
}

const cpStride = 64

func newCodepoints(text string) codepoints {
	ascii := true
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return codepoints{}
	}
	every := make([]int32, len(text)/cpStride+1)
	n := int32(0)
	for i := 0; i < len(text); i++ {
		if i%cpStride == 0 {
			every[i/cpStride] = n
		}
		if utf8.RuneStart(text[i]) {
			n++
		}
	}
	if len(text)%cpStride == 0 {
		every[len(text)/cpStride] = n // the end starts a block of its own (found by FuzzPipeline)
	}
	return codepoints{text: text, every: every}
}

// at returns the code-point offset of byte offset b; an offset inside a
// rune rounds down to the rune's own index.
func (c codepoints) at(b int) int {
	if c.every == nil {
		return b
	}
	k := b / cpStride
	n := int(c.every[k])
	for i := k * cpStride; i < b; i++ {
		if utf8.RuneStart(c.text[i]) {
			n++
		}
	}
	if b < len(c.text) && !utf8.RuneStart(c.text[b]) {
		n-- // inside a rune: its start was counted
	}
	return n
}

// byteOffsets maps code-point offsets back to byte offsets. An offset
// outside the text maps to -1, which Validate then drops with its
// annotation.
type byteOffsets struct {
	table []int // table[k] is the byte offset of code point k
}

func newByteOffsets(text string) *byteOffsets {
	t := make([]int, 0, len(text)+1)
	for i := range text {
		t = append(t, i)
	}
	return &byteOffsets{table: append(t, len(text))}
}

func (b *byteOffsets) at(cp int) int {
	if cp < 0 || cp >= len(b.table) {
		return -1
	}
	return b.table[cp]
}

func (b *byteOffsets) span(start, end int) Span { return Span{b.at(start), b.at(end)} }

func (b *byteOffsets) opt(j *jsonSpan) *Span {
	if j == nil {
		return nil
	}
	s := b.span(j.Start, j.End)
	return &s
}

func (b *byteOffsets) attribution(j jsonAttribution) Attribution {
	return Attribution{Kind: AttributionKind(j.Kind), Type: knownType(j.Type), Confidence: min(max(j.Confidence, 0), 1), Source: b.opt(j.Source),
		Cue: b.span(j.Cue.Start, j.Cue.End), Content: b.span(j.Content.Start, j.Content.End),
		Speaker: b.referent(j.Speaker), Addressee: b.referent(j.Addressee)}
}

// knownType is t when it names an attribution type, else the empty type:
// a document from elsewhere cannot put a type of its own into the store's
// filters.
func knownType(t string) AttributionType {
	if slices.Contains(AttributionTypes, AttributionType(t)) {
		return AttributionType(t)
	}
	return ""
}
