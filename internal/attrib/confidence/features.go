package confidence

import (
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
)

// FeatureSet names the features below; a model trained on others is
// refused when it is loaded.
const FeatureSet = "attrib-confidence.v1"

// Features describes attribution i of d as the model reads it: named
// indicator features.
func Features(d *newsgraph.Doc, i int) []string {
	a := d.Attributions[i]
	typ, kind := "type="+string(a.Type), "kind="+string(a.Kind)
	src := sourceShape(d, a)
	cue := cueWord(d, a.Cue)
	content, _ := view.TokensOf(d, a.Content)
	place := cuePlace(a)
	f := []string{typ, kind, src, cue, place, typ + "|" + kind, typ + "|" + src, kind + "|" + place, src + "|" + place,
		"content-tokens=" + bucket(content.B-content.A), kind + "|content-tokens=" + bucket(content.B-content.A),
		"speaker=" + speakerShape(a)}
	if a.Addressee != nil {
		f = append(f, "addressee")
	}
	if spansSentences(d, a.Content) {
		f = append(f, "content-sentences>1", kind+"|content-sentences>1")
	}
	for j, b := range d.Attributions {
		if j == i {
			continue
		}
		switch {
		case b.Content.Contains(a.Cue):
			f = append(f, "cue-inside-other")
		case a.Content.Contains(b.Cue):
			f = append(f, "holds-other-cue")
		case b.Cue == a.Cue:
			f = append(f, "shares-cue")
		}
	}
	if len(d.Paragraphs) > 0 && d.Paragraphs[0].Kind == newsgraph.KindTitle && d.Paragraphs[0].Contains(a.Cue) {
		f = append(f, "in-title")
	}
	return f
}

// sourceShape says what the source is: none, a pronoun, a name, or a
// description ("the ministry", "officials").
func sourceShape(d *newsgraph.Doc, a newsgraph.Attribution) string {
	if a.Source == nil {
		return "source=none"
	}
	r, _ := view.TokensOf(d, *a.Source)
	if r.B-r.A == 1 && strings.HasPrefix(d.Tokens[r.A].Tag, "PRP") {
		return "source=pronoun"
	}
	for _, m := range d.Mentions {
		if m.Kind == newsgraph.MentionName && a.Source.Start < m.End && m.Start < a.Source.End {
			return "source=name-" + m.Type
		}
	}
	return "source=description-" + bucket(r.B-r.A)
}

// speakerShape says whether the speakers stage found who the source is.
func speakerShape(a newsgraph.Attribution) string {
	switch {
	case a.Speaker == nil:
		return "none"
	case a.Speaker.Entity == newsgraph.NoEntity:
		return "unlinked"
	}
	return "entity"
}

// cueWord is the cue's lemma when it is one word, else its words' lemmas
// joined ("according to"); punctuation cues keep their mark.
func cueWord(d *newsgraph.Doc, cue newsgraph.Span) string {
	r, _ := view.TokensOf(d, cue)
	var words []string
	for i := r.A; i < r.B && len(words) < 3; i++ {
		if t := d.Tokens[i]; !view.IsVerbTag(t.Tag) || t.Lemma != "have" && t.Lemma != "be" && t.Lemma != "do" {
			words = append(words, strings.ToLower(t.Lemma))
		}
	}
	return "cue=" + strings.Join(words, " ")
}

// cuePlace is where the cue stands against the content.
func cuePlace(a newsgraph.Attribution) string {
	switch {
	case a.Content.Contains(a.Cue):
		return "cue-in-content"
	case a.Cue.End <= a.Content.Start:
		return "cue-before"
	}
	return "cue-after"
}

func spansSentences(d *newsgraph.Doc, s newsgraph.Span) bool {
	for _, sent := range d.Sentences {
		if sent.Start > s.Start && sent.Start < s.End {
			return true
		}
	}
	return false
}

// bucket groups a count: 0, 1, 2, 3-4, 5-8, 9-16, 17-32, 33+.
func bucket(n int) string {
	for _, b := range []struct {
		max  int
		name string
	}{{0, "0"}, {1, "1"}, {2, "2"}, {4, "3-4"}, {8, "5-8"}, {16, "9-16"}, {32, "17-32"}} {
		if n <= b.max {
			return b.name
		}
	}
	return "33+"
}
