package coref

import "strings"

// The common nouns that name a person, an organisation or a place, by
// their lemma: the heads of the descriptions coreference gathers ("the
// city", "his wife", "the company"). A hand-made list of everyday English
// words, not learned from any corpus; a word missing from it only leaves
// its phrases out. Words whose sense is seldom one of the three ("party"
// is, "house" is often not) are left out.
var (
	personNouns = nounSet('P', 0, `person people individual adult man men woman women boy girl child children kid baby infant
		youngster teenager guy lady gentleman stranger friend boyfriend girlfriend partner colleague neighbour neighbor
		parent son daughter brother sister cousin nephew niece uncle aunt grandparent grandchild spouse
		owner leader president minister official spokesperson lawyer attorney judge prosecutor defendant
		plaintiff witness victim suspect officer soldier doctor nurse patient teacher student pupil professor
		researcher scientist author writer journalist reporter editor worker employee employer manager director
		executive boss founder member citizen resident voter farmer driver passenger player coach fan senator
		governor mayor candidate lawmaker legislator diplomat ambassador envoy activist protester refugee migrant
		immigrant survivor customer user consumer viewer reader listener speaker interviewer interviewee artist
		singer musician poet priest bishop monk expert analyst economist chairperson director lecturer librarian
		volunteer visitor tourist traveller traveler host guest opponent rival ally enemy hero villain character
		protagonist narrator stranger counsel respondent appellant petitioner applicant detective agent pilot
		sailor captain commander general emperor ruler monarch dictator tutor mentor adviser advisor assistant
		secretary clerk chef baker engineer designer developer programmer architect photographer
		kid grandma grandpa wizard soldier warrior king
		deputy aide negotiator strategist lobbyist pollster consultant campaigner organiser organizer commissioner
		inspector investigator chancellor premier treasurer trustee rabbi imam pastor sheriff sergeant lieutenant
		colonel commuter shopper motorist pensioner taxpayer participant delegate demonstrator striker rebel
		militant insurgent gunman fighter civilian hostage prisoner inmate detainee historian surgeon physician
		novelist comedian presenter correspondent columnist blogger banker investor trader entrepreneur
		counterpart predecessor successor chief observer`)
	// collectiveNouns name a group of people, which "they" or "it" may
	// take up but never "he" or "she": their gender 'n' agrees with none.
	collectiveNouns = nounSet('P', 'n', `audience crowd public population community staff crew family tribe`)
	maleNouns       = nounSet('P', 'm', `man men boy father dad daddy son brother husband uncle nephew grandfather grandson king prince
		gentleman sir monk lord businessman chairman spokesman congressman policeman fisherman actor emperor`)
	femaleNouns = nounSet('P', 'f', `woman women girl mother mom mum mommy mummy daughter sister wife aunt niece grandmother
		granddaughter queen princess lady madam nun businesswoman chairwoman spokeswoman congresswoman
		policewoman actress empress`)
	orgNouns = nounSet('O', 0, `company firm corporation business government administration ministry department agency
		authority party union court council committee commission parliament congress senate assembly
		university college school church team club bank army military navy police organisation organization
		board newspaper network institute foundation charity society association coalition alliance library
		hospital regime opposition cabinet legislature publisher broadcaster manufacturer supplier retailer
		bureau office agency startup chipmaker carmaker automaker drugmaker steelmaker lender insurer airline carrier
		regulator watchdog operator maker conglomerate brewer distiller shipbuilder refiner utility`)
	placeNouns = nounSet('L', 0, `city town village country nation state province region island area capital world continent
		district county neighbourhood neighborhood street road park lake river mountain sea ocean coast border
		territory kingdom empire republic place site camp port harbour harbor airport station building garden
		beach valley forest desert planet market square bridge shop store restaurant hotel campus municipality
		peninsula bay suburb homeland house home room apartment kitchen classroom farm factory plant mine
		zoo theatre theater cinema stadium arena prison jail embassy headquarters palace castle villa cottage cabin
		tower cathedral temple mosque mall laboratory lab studio gym bookstore clinic land`)
)

// noun is what the lists say of a head noun.
type noun struct {
	class  byte // 'P' a person, 'O' an organisation, 'L' a place
	gender byte // 'm', 'f', 'n' for a group of people, or 0
}

// PersonNoun reports whether lemma is a common noun of a person
// ("adviser", "mother", "spokesman"), as the descriptions coreference
// reads are.
func PersonNoun(lemma string) bool {
	n, ok := nouns[strings.ToLower(lemma)]
	return ok && n.class == 'P'
}

// nouns maps a lemma to its noun; built from the sets above, the gendered
// ones last, so that they win.
var nouns = func() map[string]noun {
	m := map[string]noun{}
	for _, set := range []map[string]noun{personNouns, collectiveNouns, orgNouns, placeNouns, maleNouns, femaleNouns} {
		for w, n := range set {
			m[w] = n
		}
	}
	return m
}()

func nounSet(class, gender byte, words string) map[string]noun {
	m := map[string]noun{}
	for _, w := range strings.Fields(words) {
		m[w] = noun{class: class, gender: gender}
	}
	return m
}

// typeOf is the entity type of a class of nouns.
func typeOf(class byte) string {
	switch class {
	case 'O':
		return "ORG"
	case 'L':
		return "LOC"
	}
	return "PER"
}
