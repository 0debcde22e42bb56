// Package newsgraph holds the domain model of newsgraph: a Doc owns the text of
// one article exactly once, and every annotation (paragraph, sentence, token,
// quotation, mention, attribution) is a half-open span of byte offsets into
// it; entities gather mentions by index.
//
// The layout follows benbjohnson/wtf: domain types live here, and the stages
// that fill them (internal/segment, internal/extract, ...) and the adapters that
// store or serve them depend on this package, never the other way round.
package newsgraph

import (
	"strings"
	"time"
)

// SchemaVersion names the JSON contract written by MarshalJSON. Bump it on any
// change that would break a reader of the JSON; an optional field added
// (an attribution's type and confidence) does not.
const SchemaVersion = "newsgraph.doc/2"

// SchemaV1 is the contract before entities gathered mentions: entities were
// NER mentions and speakers bare names. Documents in it are still read.
const SchemaV1 = "newsgraph.doc/1"

// Span is a half-open range [Start, End) of byte offsets into Doc.Text.
// Byte offsets keep Go slicing cheap; the JSON contract converts them to
// Unicode code points at the boundary (see json.go).
type Span struct {
	Start int // byte offset of the first byte
	End   int // byte offset one past the last byte
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies entirely inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share a byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// ParagraphKind says what role a paragraph plays on the page.
type ParagraphKind string

// Paragraph kinds. The title is always the first paragraph when present.
const (
	KindTitle      ParagraphKind = "title"
	KindHeading    ParagraphKind = "heading"
	KindBody       ParagraphKind = "body"
	KindListItem   ParagraphKind = "list_item"
	KindBlockquote ParagraphKind = "blockquote"
)

// Paragraph is a block of text separated from its neighbours by a blank line
// in Doc.Text.
type Paragraph struct {
	Span
	Kind ParagraphKind
}

// Sentence is a span of text and the range [FirstToken, EndToken) of the
// tokens it holds.
type Sentence struct {
	Span
	FirstToken int
	EndToken   int
}

// Token is one word or punctuation mark, split by Penn Treebank conventions
// (n't and 's are tokens of their own). Taggers and the parser fill the
// remaining fields; they stay zero until those stages run.
type Token struct {
	Span
	Tag   string // Penn Treebank part of speech (XPOS)
	UPOS  string // Universal part of speech
	Lemma string
	Head  int    // index of the head token in Doc.Tokens, -1 for the root
	Dep   string // Universal Dependencies relation to the head
}

// Quote is a quotation delimited by quotation marks, from the opening mark to
// the closing mark inclusive. A quotation that runs over several paragraphs
// (news style: the next paragraph reopens the mark, the previous one leaves it
// open) is one Quote. Depth is 0 for an outer quotation, 1 for one nested in
// it. Closed is false when the text ends before the closing mark.
type Quote struct {
	Span
	Depth  int
	Closed bool
}

// MentionKind says how a mention refers to its entity.
type MentionKind string

// Mention kinds.
const (
	MentionName        MentionKind = "name"        // "Kim Jong Un", "Kim", "Moscow"
	MentionPronoun     MentionKind = "pronoun"     // "he", "his", "they"
	MentionDescription MentionKind = "description" // "the Russian leader", "the ministry"
	MentionList        MentionKind = "list"        // "the two leaders", "both sides": a group
)

// Mention is a stretch of text that refers to a person, organisation or
// place. The NER finds the names; coreference adds pronouns, descriptions
// and lists, and gathers mentions into entities.
type Mention struct {
	Span
	Kind   MentionKind
	Type   string // PER, ORG, LOC or MISC
	Entity int    // index of its entity in Doc.Entities; NoEntity until coreference
}

// NoEntity is the Entity of a mention, or of a Referent, that refers to no
// entity of the document.
const NoEntity = -1

// Entity is one person, organisation or place of the article: the mentions
// that refer to it. Its ID is its index in Doc.Entities.
type Entity struct {
	Type     string // PER, ORG, LOC or MISC
	Name     string // canonical: the fullest name the article gives it, or its description
	Mentions []int  // indices into Doc.Mentions, in text order
	Members  []int  // for a group ("the two leaders"): the entities it is made of
	Roles    []Span // titles the article gives it: "Russian Defence Minister" before "Sergei Shoigu"
	ActorID  string // the corpus actor it is linked to, once linked
}

// AttributionKind tells direct quotation from reported speech.
type AttributionKind string

// Attribution kinds, as PolNeAR distinguishes them.
const (
	Direct   AttributionKind = "direct"
	Indirect AttributionKind = "indirect"
	Mixed    AttributionKind = "mixed"
)

// AttributionType says what the source did with the content: said it,
// believed it, perceived it, intended it, or took a stance on someone in
// saying it. A reader asking "what did she say?" wants statements first.
type AttributionType string

// Attribution types. The zero value is an attribution no stage has typed.
const (
	Statement  AttributionType = "statement"  // said, told, announced, wrote, according to
	Belief     AttributionType = "belief"     // thinks, believes, expects, fears
	Perception AttributionType = "perception" // saw, found, showed; a poll or the evidence "suggested"
	Intention  AttributionType = "intention"  // wants, plans, vows, promises, refuses
	Stance     AttributionType = "stance"     // criticised, praised, accused: a speech act with an attitude
	OtherType  AttributionType = "other"      // anything else a cue marked ("declined", "was charged")
)

// AttributionTypes lists the types in the order a speaker's page shows them.
var AttributionTypes = []AttributionType{Statement, Stance, Belief, Intention, Perception, OtherType}

// Referent is who an attribution's source or addressee is: the entity it
// refers to (NoEntity when it is none of the article's entities, as a
// description like "economists at the institute" may be), a name for it,
// and the mention in the attribution.
type Referent struct {
	Entity  int
	Name    string
	Mention Span
}

// Attribution records that a source said, thought or claimed some content,
// signalled by a cue.
type Attribution struct {
	Kind AttributionKind
	Type AttributionType // what the source did (said, believed…); empty until typed
	// Confidence is how likely the attribution is right as it stands
	// (cue, source and content), from 0 to 1; 0 until a stage scores it.
	Confidence float64
	Source     *Span // nil when the text names no source
	Cue        Span
	Content    Span      // holds the cue when the claim is built around it: "The strike [is expected] to end Friday"
	Speaker    *Referent // who the source is, when there is one
	Addressee  *Referent // who was addressed, when the cue says ("told President Putin")
}

// Diagnostic records a problem met while reading the input that did not stop
// the document from being built (a broken encoding, an empty body...).
type Diagnostic struct {
	Code    string // stable, machine-readable: "invalid-utf8", "no-text", ...
	Message string
}

// Metadata describes where an article came from.
type Metadata struct {
	ID        string
	URL       string
	Title     string
	Authors   []string
	Published time.Time
	Site      string
	Language  string
	Source    string // the file, URL or stream the article was read from
	Hash      string // SHA-256 of the raw input, hex: the same input gives the same hash
}

// Doc is one article and everything known about it.
type Doc struct {
	Text         string
	Meta         Metadata
	Paragraphs   []Paragraph
	Sentences    []Sentence
	Tokens       []Token
	Quotes       []Quote
	Mentions     []Mention // in text order
	Entities     []Entity
	Attributions []Attribution
	Times        []Timex // time expressions, in text order
	Events       []Event
	Diagnostics  []Diagnostic
}

// Slice returns the text a span covers.
func (d *Doc) Slice(s Span) string { return d.Text[s.Start:s.End] }

// TokenText returns the text of token i.
func (d *Doc) TokenText(i int) string { return d.Slice(d.Tokens[i].Span) }

// Title returns the text of the title paragraph, or the metadata title when
// the text has none.
func (d *Doc) Title() string {
	if len(d.Paragraphs) > 0 && d.Paragraphs[0].Kind == KindTitle {
		return d.Slice(d.Paragraphs[0].Span)
	}
	return d.Meta.Title
}

// Body returns the paragraphs after the title.
func (d *Doc) Body() []Paragraph {
	if len(d.Paragraphs) > 0 && d.Paragraphs[0].Kind == KindTitle {
		return d.Paragraphs[1:]
	}
	return d.Paragraphs
}

// Diagnose appends a diagnostic.
func (d *Doc) Diagnose(code, message string) {
	d.Diagnostics = append(d.Diagnostics, Diagnostic{Code: code, Message: message})
}

// BodyText is the text of the paragraphs after the title, one per line:
// what the article-extraction benchmark scores.
func (d *Doc) BodyText() string {
	body := d.Body()
	if len(body) == 0 {
		return ""
	}
	var b strings.Builder
	for i, p := range body {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(d.Slice(p.Span))
	}
	return b.String()
}
