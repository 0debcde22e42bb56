package coref

import (
	"strings"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/gazetteer"
)

// Given names that English-language news gives almost only to one sex.
// A name's given name tells its bearer's gender the way "Mr." does, and so
// keeps "Michelle Obama" out of the entity of "Mr. Obama", and "he" out of
// hers. Names borne by both sexes in the places news reports on ("Kim",
// "Jean", "Andrea", "Nicola", "Lindsey", "Robin", "Leslie") are left out:
// a wrong gender blocks right joins, a missing one blocks nothing.
var givenGender = func() map[string]byte {
	m := map[string]byte{}
	for _, w := range strings.Fields("john james robert michael william david richard joseph thomas charles peter paul mark george donald " +
		"steven stephen andrew kenneth joshua kevin brian edward ronald anthony daniel matthew christopher " +
		"bill barack joe vladimir sergei sergey dmitry alexei boris ivan igor mikhail nikolai emmanuel " +
		"francois pierre hans klaus wolfgang helmut giuseppe marco luca carlos jose juan luis miguel pedro " +
		"ahmed mohammed muhammad hassan hussein omar abdullah shinzo narendra recep benjamin yair volodymyr " +
		"justin tony gordon keir rishi mike mitt ted jeb newt rudy rand bernie tim chuck harry jim jeff ben " +
		"eric jared barron henry jack frank gary larry scott greg dennis roger walter arthur harold carl " +
		"ralph lawrence patrick sean kyle adam nathan zachary samuel jonathan nicholas timothy jason ryan " +
		"jacob tyler aaron bob dick ron ken steve dan rob reince rex rick sam hugh " +
		// More of the men's names of the places news reports on.
		"luke simon oliver liam noah ethan brandon jeremy travis derek bradley shawn philip phillip craig douglas keith " +
		"russell howard martin victor vincent alan allen louis eugene albert fred frederick wayne bruce billy randy jesse " +
		"neil nigel alistair hamish angus declan conor fergus tom anton markus stefan jurgen jürgen dieter uwe gerhard olaf " +
		"horst heinz friedrich karl lars sven nils anders erik magnus henrik johan pieter willem joost ruud geert antonio " +
		"francesco alessandro matteo lorenzo giovanni paolo sergio roberto mario fernando javier alejandro pablo manuel " +
		"rafael diego andres jorge ricardo eduardo rui joao joão tiago nuno jacques philippe nicolas olivier thierry laurent " +
		"michel andrei dmitri aleksandr alexander yuri oleg viktor pavel petr piotr tomasz jakub marek milan zoran dragan " +
		"goran ali mahmoud khalid yusuf ibrahim mustafa mehmet ahmet emre reza hamid karim rahul amit sanjay vijay arjun imran") {
		m[w] = 'm'
	}
	for _, w := range strings.Fields("mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret " +
		"sandra emily anna maria helen laura hillary kamala olga natalia tatiana angela marie jacinda " +
		"theresa liz michelle melania ivanka chelsea tiffany huma sheryl condoleezza madeleine nikki elaine " +
		"kellyanne hope sonia ruth dianne debbie donna tammy kirsten amy claire heidi jeanne susanna " +
		"catherine katherine kathleen christine carly meghan megyn oprah rosie janet carolyn deborah rebecca " +
		"rachel julie julia victoria diana anne ann jane joan judith alice grace dolores rosa teresa marine " +
		"ségolène segolene ursula federica nicolette " +
		// More of the women's names of the places news reports on.
		"clara emma olivia sophia isabella ava mia charlotte amelia evelyn abigail ella scarlett chloe lucy zoe hannah " +
		"hanna natalie samantha ashley brittany stephanie nicole melissa kimberly amanda heather christina erin megan lauren " +
		"danielle kathryn katie kate sabine annalena greta ingrid astrid birgit petra karin monika sigrid hanne lotte anneke " +
		"femke mette ebba elin frida giulia francesca chiara giorgia sofia valentina elena isabel lucia carmen pilar beatriz " +
		"ana ines inés catarina sophie isabelle brigitte nathalie valerie celine aurelie irina svetlana yulia oksana natasha " +
		"ekaterina yekaterina anastasia katarzyna agnieszka magdalena ewa marta zuzana jana milena vesna jelena fatima aisha " +
		"layla leila mariam maryam zeynep amira yasmin samira rania priya sunita indira benazir anjali nina ida mona ellen") {
		m[w] = 'f'
	}
	return m
}()

// nameGender is the gender a person's name mention gives its bearer: a
// gendered title before it or in it ("Mr. Obama", "First Lady Michelle
// Obama"), else its given name ("Michelle Obama"). A one-word name is read
// as a surname, which tells nothing ("Kerry", "Graham").
func (r *resolver) nameGender(s newsgraph.Span, text string, words []string) byte {
	a, _ := r.tokens(s)
	ro, _ := r.titleBefore(a)
	if g := genderOf(append(ro.words, nameWordsRaw(text)...)); g != 0 {
		return g
	}
	for _, w := range words[:max(len(words)-1, 0)] {
		if g := givenGender[w]; g != 0 {
			return g
		}
		if !r.isTitle(w) {
			break // the given name is the first word past any title
		}
	}
	return 0
}

// nameAfterTitles: a person's name starts at token i, or after
// capitalised titles of the gazetteer's from i on ("Sergeant Amy Roth"
// read as the name or "Amy Roth" after its title), looking at most three
// on.
func (r *resolver) nameAfterTitles(i int) bool {
	for k := i; k < len(r.d.Tokens) && k < i+3; k++ {
		if r.personNameAt(k) >= 0 {
			return true
		}
		if w := r.d.TokenText(k); w == "" || w[0] < 'A' || w[0] > 'Z' || !r.isTitle(w) {
			return false
		}
	}
	return false
}

// isTitle: the gazetteer knows the folded word as a title ("president").
func (r *resolver) isTitle(w string) bool {
	ms := r.gaz.Lookup([]string{w})
	return len(ms) == 1 && gazetteer.Has(ms[0], gazetteer.Title)
}

// agree: two genders, 0 for unknown, do not contradict each other.
func agree(a, b byte) bool { return a == 0 || b == 0 || a == b }
