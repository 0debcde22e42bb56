// Package loadtest measures how the server holds up as the corpus grows. It
// builds a store of generated articles quickly — analysed documents made by
// hand, with entities and attributions already in place, so no NLP runs —
// and drives the real web handler over loopback with concurrent clients,
// reporting requests per second and latency percentiles per endpoint.
//
// The corpus is deterministic: article i is the same in every run, so a
// store built once can be measured again after the code changes.
//
// Plain "go test" runs it on 300 articles. To measure (SQLite; about 10
// minutes to build 100,000 articles on two cores, then at most 2 minutes
// per endpoint and size; the stores are kept in NEWSGRAPH_LOAD_DIR and
// reused):
//
//	NEWSGRAPH_LOAD=10000,100000 NEWSGRAPH_LOAD_DIR=/tmp/ngload \
//	  go test -count=1 ./internal/loadtest -run 'TestLoad$' -v -timeout 2h
//
// NEWSGRAPH_LOAD_POSTGRES=postgres://… adds PostgreSQL, on a database it
// wipes; NEWSGRAPH_LOAD_REQUESTS sets the requests per endpoint (2,000).
package loadtest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/newsgraph/newsgraph"
)

// The invented world the articles are about. People are drawn with a
// Zipf-like skew (a few are quoted everywhere, most rarely), as are words.
var (
	firstNames = strings.Fields(`Elena Piet Marek Anja Tomas Ivana Jonas Sofia Karel Mira Lukas Nadia Otto Vera Emil
		Lena Viktor Ines Jan Hana Boris Clara Dario Edith Felix Greta Hugo Irma Josef Katja Leon Maren Nils Olga Pavel Rita Stefan Tilda Urs Zoë`)
	places = strings.Fields(`Brask Kesh Vall Ostmark Tirn Halden Corvo Leska Marrow Pelt Dunmere Saltby Quarn Vetra Olm`)
	orgs   = []string{"the port authority", "the city council", "the rail union", "Calloway Lines", "the health ministry", "Norvik Bank", "the fishing board"}
	cues   = []string{"said", "told reporters", "warned", "added", "insisted"}
)

// Sizes of the invented world.
const (
	lastNameCount = 250  // × len(firstNames) people
	vocabulary    = 4000 // distinct words of body text
)

// syllables make pronounceable invented words and surnames.
var syllables = strings.Fields("ka ren dol mi sta vor pe lin gra tu bes ho nar fi que lo dran sel ta vik mor ul en ast")

// word returns the i-th invented word; the same i always gives the same word.
func word(i, minSyl int) string {
	var b strings.Builder
	for n := 0; n < minSyl || i > 0; n++ {
		b.WriteString(syllables[i%len(syllables)])
		i /= len(syllables)
	}
	return b.String()
}

// LastName is the i-th invented surname (i < lastNameCount), capitalised.
func LastName(i int) string {
	w := word(i+7, 2)
	return strings.ToUpper(w[:1]) + w[1:]
}

// VocabularyWord is the i-th word of body text (i < vocabulary); low ranks
// are common.
func VocabularyWord(i int) string { return word(i*7919%(vocabulary*3)+31, 2) }

// person returns the name of person p (p < People()). People next to
// each other in rank have different surnames, so no surname gathers the
// whole head of the distribution.
func person(p int) string {
	return firstNames[p/lastNameCount%len(firstNames)] + " " + LastName(p%lastNameCount)
}

// People is how many distinct people the corpus quotes.
func People() int { return len(firstNames) * lastNameCount }

// skewed draws from [0, n) with a heavy head: rank k has weight about 1/(k+10).
func skewed(r *rand.Rand, n int) int {
	z := rand.NewZipf(r, 1.1, 10, uint64(n-1))
	return int(z.Uint64())
}

// paragraph builds one paragraph and remembers spans inside it.
type paragraph struct {
	b     strings.Builder
	spans []newsgraph.Span
}

// mark appends s and returns the index of its span.
func (p *paragraph) mark(s string) int {
	p.spans = append(p.spans, newsgraph.Span{Start: p.b.Len(), End: p.b.Len() + len(s)})
	p.b.WriteString(s)
	return len(p.spans) - 1
}

func (p *paragraph) text(s string) { p.b.WriteString(s) }

// Article returns generated article i: a headline, a few paragraphs of
// invented prose, two speakers quoted directly and indirectly, places and
// an organisation as entities, published on a day in 2020–2025 (every
// twentieth article has no date, as some pages do not).
func Article(i int) *newsgraph.Article {
	r := rand.New(rand.NewPCG(uint64(i), 0x6e657773))
	words := func(n int) string {
		w := make([]string, n)
		for k := range w {
			w[k] = VocabularyWord(skewed(r, vocabulary))
		}
		return strings.Join(w, " ")
	}
	sentence := func(n int) string { w := words(n); return strings.ToUpper(w[:1]) + w[1:] + "." }
	a, b := person(skewed(r, People())), person(skewed(r, People()))
	place, org := places[r.IntN(len(places))], orgs[r.IntN(len(orgs))]
	var published time.Time
	if i%20 != 0 {
		published = time.Date(2020, 1, 1, 6, 0, 0, 0, time.UTC).Add(time.Duration(r.IntN(6*365*24)) * time.Hour)
	}

	type ent struct {
		para, span int
		typ        string
	}
	type attr struct {
		para, source, cue, content int
		kind                       newsgraph.AttributionKind
		name                       string
	}
	var paras []*paragraph
	var ents []ent
	var attrs []attr
	newPara := func() *paragraph { p := &paragraph{}; paras = append(paras, p); return p }

	title := newPara()
	title.text(fmt.Sprintf("%s and %s: %s (%d)", a, place, words(5), i))
	quote := func(speaker string, kind newsgraph.AttributionKind) {
		p := newPara()
		pi := len(paras) - 1
		if kind == newsgraph.Direct {
			c := p.mark("“" + sentence(12) + "”")
			p.text(" ")
			s := p.mark(speaker)
			p.text(" ")
			q := p.mark(cues[r.IntN(len(cues))])
			p.text(".")
			attrs = append(attrs, attr{pi, s, q, c, kind, speaker})
			ents = append(ents, ent{pi, s, "PER"})
			return
		}
		s := p.mark(speaker)
		p.text(" ")
		q := p.mark(cues[r.IntN(len(cues))])
		p.text(" that ")
		c := p.mark(words(10))
		p.text(" in ")
		l := p.mark(place)
		p.text(". " + sentence(15))
		attrs = append(attrs, attr{pi, s, q, c, kind, speaker})
		ents = append(ents, ent{pi, s, "PER"}, ent{pi, l, "LOC"})
	}
	quote(a, newsgraph.Direct)
	p := newPara()
	o := p.mark(org)
	p.text(" " + words(30) + ".")
	ents = append(ents, ent{len(paras) - 1, o, "ORG"})
	quote(b, newsgraph.Indirect)
	newPara().text(sentence(40))
	quote(a, newsgraph.Direct)
	newPara().text(sentence(35))

	blocks := make([]newsgraph.Block, len(paras))
	for k, p := range paras {
		blocks[k] = newsgraph.Block{Kind: newsgraph.KindBody, Text: p.b.String()}
	}
	blocks[0].Kind = newsgraph.KindTitle
	d := newsgraph.NewDoc(newsgraph.Metadata{
		Published: published, URL: fmt.Sprintf("https://news.example/%d", i), Site: "news.example", Language: "en",
	}, blocks)
	at := func(para, span int) newsgraph.Span {
		s := paras[para].spans[span]
		off := d.Paragraphs[para].Start
		return newsgraph.Span{Start: off + s.Start, End: off + s.End}
	}
	for _, e := range ents {
		d.Mentions = append(d.Mentions, newsgraph.Mention{Span: at(e.para, e.span), Kind: newsgraph.MentionName, Type: e.typ, Entity: newsgraph.NoEntity})
	}
	for _, t := range attrs {
		src := at(t.para, t.source)
		d.Attributions = append(d.Attributions, newsgraph.Attribution{Kind: t.kind, Source: &src,
			Cue: at(t.para, t.cue), Content: at(t.para, t.content), Speaker: &newsgraph.Referent{Entity: newsgraph.NoEntity, Name: t.name, Mention: src}})
	}
	return &newsgraph.Article{Hash: fmt.Sprintf("loadtest-%d", i), Doc: d,
		Ingested: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(i) * time.Second)}
}

// Fill puts articles 0..n-1 into s, skipping those already there (so a
// store built by an earlier run is topped up, not rebuilt). progress, if
// not nil, is called every 1,000 articles.
func Fill(ctx context.Context, s newsgraph.Store, n int, progress func(done int)) error {
	_, have, err := s.Articles(ctx, newsgraph.Page{Limit: 1})
	if err != nil {
		return err
	}
	for i := 0; i < n; i++ {
		if i < have {
			continue // articles are put in order, so the first "have" are there
		}
		if _, _, err := s.Put(ctx, Article(i)); err != nil {
			return fmt.Errorf("article %d: %w", i, err)
		}
		if progress != nil && (i+1)%1000 == 0 {
			progress(i + 1)
		}
	}
	return nil
}
