package kind

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
)

// Stage types every attribution of a Doc (Attribution.Type).
type Stage struct{}

// Name implements pipeline.Stage.
func (Stage) Name() string { return "attrib.kind.v1" }

// Requires implements pipeline.Stage: the attributions, their words' tags
// and lemmas, the parse that finds a source's head, and the names that
// tell a person from a thing.
func (Stage) Requires() []newsgraph.Layer {
	return []newsgraph.Layer{newsgraph.LayerTokens, newsgraph.LayerPOS, newsgraph.LayerLemmas,
		newsgraph.LayerParse, newsgraph.LayerMentions, newsgraph.LayerAttributions}
}

// Assigns implements pipeline.Stage.
func (Stage) Assigns() []newsgraph.Layer { return []newsgraph.Layer{newsgraph.LayerAttributions} }

// Process implements pipeline.Stage.
func (Stage) Process(_ context.Context, d *newsgraph.Doc) error {
	for i := range d.Attributions {
		d.Attributions[i].Type = Of(d, d.Attributions[i])
	}
	return nil
}

// Of returns the type of attribution a in d.
func Of(d *newsgraph.Doc, a newsgraph.Attribution) newsgraph.AttributionType {
	cue := strings.ToLower(d.Slice(a.Cue))
	if cue == "reportedly" {
		return newsgraph.Statement // what others have reported
	}
	if strings.Contains(cue, "according to") {
		// According to records, tallies or a poll is the writer reading
		// evidence; according to a person or an outlet, a statement.
		if a.Source != nil && !animate(d, *a.Source) || sharesOf(d, a.Content) || a.Source != nil && !namesPerson(d, *a.Source) && countsOf(d, a.Content) {
			return newsgraph.Perception
		}
		return newsgraph.Statement
	}
	r, _ := view.TokensOf(d, a.Cue)
	c := cueWord(d, r)
	if c < 0 {
		return untyped(d, a, r)
	}
	tok := d.Tokens[c]
	if !view.IsVerbTag(tok.Tag) {
		t, _ := lookup(nouns, tok.Lemma)
		return t
	}
	t, ok := lookup(verbs, tok.Lemma)
	if !ok {
		if a.Kind == newsgraph.Direct && r.B-r.A == 1 && !titleCased(d.Slice(a.Content)) {
			// Whatever the verb standing alone, words quoted whole were
			// said: "“…,” Babin continued". Not a phrase that says more
			// ("landed a sharp dig at", a stance), nor a title in
			// quotation marks ("enjoys “Modern Family”").
			return newsgraph.Statement
		}
		t = newsgraph.OtherType
	}
	return inContext(d, a, c, t)
}

// titleCased: text has two words or more, each of four letters or more
// begins with a capital and so do most, two at least, as the titles of books,
// songs and shows do ("Modern Family", "Let It Be", "The Facts on Where
// the Race Stands"). A word of one's own ("Disgraceful") is no title.
func titleCased(text string) bool {
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) })
	if len(words) < 2 {
		return false
	}
	capitals := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			capitals++
		case utf8.RuneCountInString(w) >= 4:
			return false
		}
	}
	return capitals >= 2 && 2*capitals > len(words) // not "The way I see it"
}

// cueWord is the cue's word that the lexicon types: its first verb the
// verb table knows, else its first noun the noun table knows, else its
// first verb (which the context may still type), else -1.
func cueWord(d *newsgraph.Doc, r view.Range) int {
	noun, verb := -1, -1
	for i := r.A; i < r.B; i++ {
		t := d.Tokens[i]
		switch _, known := lookup(verbs, t.Lemma); {
		case view.IsVerbTag(t.Tag) && t.Tag != "MD" && known:
			return i
		case view.IsVerbTag(t.Tag) && t.Tag != "MD" && verb < 0 && !auxiliary[t.Lemma]:
			verb = i
		case view.IsNounTag(t.Tag) && noun < 0:
			if _, ok := lookup(nouns, t.Lemma); ok {
				noun = i
			}
		}
	}
	if noun >= 0 {
		return noun
	}
	return verb
}

// auxiliary verbs carry no type of their own ("has said", "did not say").
var auxiliary = view.Set("be have do")

// untyped types a cue no table knows: a quotation introduced by a colon or
// a dash, or standing alone, is somebody's words; anything else is other.
func untyped(d *newsgraph.Doc, a newsgraph.Attribution, r view.Range) newsgraph.AttributionType {
	if a.Kind == newsgraph.Direct || a.Kind == newsgraph.Mixed {
		return newsgraph.Statement
	}
	for i := r.A; i < r.B; i++ {
		switch d.TokenText(i) {
		case ":", "—", "–", "-":
			return newsgraph.Statement
		}
	}
	return newsgraph.OtherType
}

// inContext corrects the verb's type t by its sentence, for the verbs whose
// lemma does not decide.
func inContext(d *newsgraph.Doc, a newsgraph.Attribution, c int, t newsgraph.AttributionType) newsgraph.AttributionType {
	lemma := strings.ToLower(d.Tokens[c].Lemma)
	next := nextWord(d, c)
	switch {
	case evidential[lemma] && a.Source != nil && !animate(d, *a.Source):
		return newsgraph.Perception
	case lemma == "call" && (next == "for" || next == "on" || next == "upon"):
		return newsgraph.Statement
	case lemma == "put" && next == "it": // "put it bluntly", "as she put it"
		return newsgraph.Statement
	case (lemma == "laugh" || lemma == "shrug") && next == "off": // "laughed off the criticism": dismissed it
		return newsgraph.Stance
	case lemma == "share" && sharedWords[contentHead(d, a)]: // "shared the news on social media": told it
		return newsgraph.Statement
	case lemma == "charge" && (passive(d, c) || reducedPassive(d, c)):
		return newsgraph.OtherType // "were charged", "Former mayor charged with fraud": a prosecution, not a stance
	case (lemma == "like" || lemma == "love") && next == "to":
		return wish(d, c, t)
	case toInfinitive[lemma] && next == "to":
		return newsgraph.Intention // "would like to see …": a wish
	case lemma == "describe" && hasChildWord(d, c, "as"):
		return newsgraph.Stance
	case replyVerbs[lemma] && asksForComment(d.Slice(a.Content)):
		return newsgraph.OtherType // "did not respond to a request for comment": nothing was said
	}
	return t
}

// sharedWords are what one shares by telling or posting it, not a view
// one holds ("shares their concern").
var sharedWords = view.Set("news post posts photo photos video videos statement message messages story stories update " +
	"updates link tweet tweets image images picture pictures announcement details letter")

// contentHead is the lower-cased lemma of the content's first noun, or "".
func contentHead(d *newsgraph.Doc, a newsgraph.Attribution) string {
	r, _ := view.TokensOf(d, a.Content)
	for i := r.A; i < r.B; i++ {
		if view.IsNounTag(d.Tokens[i].Tag) {
			return strings.ToLower(d.Tokens[i].Lemma)
		}
	}
	return ""
}

// replyVerbs answer a request: "did not respond to a request for
// comment", "did not return messages seeking comment".
var replyVerbs = view.Set("respond reply return answer")

// asksForComment: content is a request for comment, which a source that
// did not answer it did not say.
func asksForComment(content string) bool {
	c := strings.ToLower(content)
	for _, w := range []string{"request for comment", "requests for comment", "request to comment", "seeking comment", "requests seeking", "request seeking"} {
		if strings.Contains(c, w) {
			return true
		}
	}
	return false
}

// evidential verbs are statements from a person and perceptions from a
// thing: "the senator suggested" / "the data suggested".
var evidential = view.Set("suggest indicate imply hint signal reveal point show tell")

// toInfinitive verbs say what the source will do when a to-infinitive
// follows: "agreed to step down", "offered to help".
var toInfinitive = view.Set("agree offer decide refuse promise pledge vow threaten")

// wish types "like to" or "love to" at token c, whose lexicon type is t:
// after a modal a wish, an intention ("would like to see …"), unless what
// is wished is to say something ("would like to announce": a statement)
// or to know it (a belief); without one a habit, left to the lexicon
// ("loves to talk about the navy").
func wish(d *newsgraph.Doc, c int, t newsgraph.AttributionType) newsgraph.AttributionType {
	if !afterModal(d, c) {
		return t
	}
	if w := wishedWords(d, c); w != "" {
		return w
	}
	return newsgraph.Intention
}

// wishedWords types what is wished after "like to" at token c when it is
// to say or to know something: a statement ("would like to announce") or
// a belief ("would like to know why"); "" otherwise.
func wishedWords(d *newsgraph.Doc, c int) newsgraph.AttributionType {
	if c+2 >= len(d.Tokens) {
		return ""
	}
	t, ok := lookup(verbs, d.Tokens[c+2].Lemma)
	if !ok && c+3 < len(d.Tokens) && strings.HasPrefix(d.Tokens[c+2].Tag, "RB") {
		t, ok = lookup(verbs, d.Tokens[c+3].Lemma) // "like to respectfully announce"
	}
	if ok && (t == newsgraph.Statement || t == newsgraph.Belief) {
		return t
	}
	return ""
}

// afterModal: a modal stands right before token c ("would like", "'d
// love").
func afterModal(d *newsgraph.Doc, c int) bool {
	return c > 0 && d.Tokens[c-1].Tag == "MD"
}

// nextWord is the lower-cased word after token i, or "".
func nextWord(d *newsgraph.Doc, i int) string {
	if i+1 >= len(d.Tokens) {
		return ""
	}
	return strings.ToLower(d.TokenText(i + 1))
}

// passive: token i is a passive participle ("were charged").
func passive(d *newsgraph.Doc, i int) bool {
	if d.Tokens[i].Tag != "VBN" {
		return false
	}
	for j := max(0, i-3); j < i; j++ {
		if d.Tokens[j].Head == i && (d.Tokens[j].Dep == "aux:pass" || d.Tokens[j].Dep == "nsubj:pass") {
			return true
		}
	}
	return false
}

// reducedPassive: token i is a participle the parse hung on the word
// before it as a clause describing it ("Former mayor charged with
// fraud"), a passive without its auxiliary.
func reducedPassive(d *newsgraph.Doc, i int) bool {
	return d.Tokens[i].Tag == "VBN" && d.Tokens[i].Dep == "acl" && d.Tokens[i].Head == i-1
}

// hasChildWord: token i has a dependent spelled w ("described him as …").
func hasChildWord(d *newsgraph.Doc, i int, w string) bool {
	for j := i + 1; j < len(d.Tokens) && j < i+12; j++ {
		if strings.EqualFold(d.TokenText(j), w) && view.Dominates(d, i, j) {
			return true
		}
	}
	return false
}

// sharesOf: the content gives shares or margins ("81 percent of
// Democrats approve", "leads by a three-point margin"): what is
// "according to" a count is the count read, not someone's statement,
// whoever compiled it.
func sharesOf(d *newsgraph.Doc, content newsgraph.Span) bool {
	r, _ := view.TokensOf(d, content)
	for i := r.A; i < r.B; i++ {
		switch w := strings.ToLower(d.TokenText(i)); {
		case w == "percent" || w == "%" || w == "percentage":
			return true
		case strings.HasSuffix(w, "-point") || w == "points" && i > r.A && d.Tokens[i-1].Tag == "CD":
			return true
		}
	}
	return false
}

// countsOf: the content gives a figure, a number other than a year
// ("13 million votes", "spent about $12 million").
func countsOf(d *newsgraph.Doc, content newsgraph.Span) bool {
	r, _ := view.TokensOf(d, content)
	for i := r.A; i < r.B; i++ {
		if d.Tokens[i].Tag != "CD" {
			continue
		}
		if w := d.TokenText(i); len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) {
			continue // a year
		}
		return true
	}
	return false
}
