package kind

import (
	"strings"

	"github.com/newsgraph/newsgraph"
)

// verbs types a cue by its verb's lemma. The lemmatiser sometimes clips a
// final e ("endors", "pledg"); lookup tries the lemma with it restored.
var verbs = typed(map[newsgraph.AttributionType]string{
	newsgraph.Statement: "read conclude paraphrase sing bring focus say tell add write state announce explain claim insist deny confirm acknowledge admit " +
		"agree argue note ask reply respond answer comment declare report tweet retweet post email testify assert affirm " +
		"reaffirm allege contend maintain counter concede remark mention cite quote refer reference recall recount " +
		"repeat reiterate echo invoke allude stress emphasize emphasise highlight underscore point " +
		"warn caution remind assure reassure advise urge demand order plead recommend advocate persuade " +
		"express voice articulate utter proclaim pronounce broadcast publicize trumpet spotlight headline " +
		"describe detail outline list document unveil issue disclose clarify interject joke tease shout yell " +
		"cry chant boast brag complain lament bemoan discuss recite coin author observe " +
		"nod wink reveal suggest indicate imply hint signal predict speculate estimate counsel lecture " +
		// The manner of saying: "“It was a change,” she laughed."
		"laugh chuckle quip exclaim whisper murmur mutter scream snap gush muse sigh smile grin",
	newsgraph.Stance: "support oppose approve disapprove back favor favour stand needle opine pitch polarize criticize criticise praise accuse condemn blame attack slam blast mock denounce applaud " +
		"hail thank welcome congratulate credit endorse defend vouch side dismiss reject rebuff rebuke rebut " +
		"dispute challenge question repudiate renounce distance brush shrug downplay underplay decry rail " +
		"lash jab spar taunt insult scoff deride chide lambast savage eviscerate satirize assail revile " +
		"call label dub brand portray characterize characterise depict liken tout celebrate charge " +
		"disparage ridicule belittle berate scold fault knock pan",
	newsgraph.Belief: "relish horrify mystify recognize recognise rankle stupefy satisfy share think believe consider deem suspect doubt know feel understand realize realise assume " +
		"expect fear worry wonder ponder interpret sense reckon guess imagine suppose presume trust " +
		"anticipate envision",
	newsgraph.Perception: "witness represent see hear watch notice find show learn discover seem appear look sound prove " +
		"demonstrate",
	newsgraph.Intention: "decline want plan intend vow pledge promise threaten hope seek aim try decide refuse offer " +
		"propose prefer wish desire contemplate explore devote mean resolve commit",
	newsgraph.OtherType: " name title rename void veto quash polish finesse pierce surface dwell single " +
		"shoot anger dismay puzzle impress revel bristle dislike balk resist acquiesce mislead like love",
})

// nouns types a cue that is a noun: "in a statement", "his accusation".
var nouns = typed(map[newsgraph.AttributionType]string{
	newsgraph.Statement: "statement statements comment comments remark remarks interview interviews letter tweet " +
		"tweets post speech testimony announcement claim claims allegation allegations word words message " +
		"briefing release report reports account argument assertion warning question answer response reply " +
		"email memo note request appeal call demand proposal proposals",
	newsgraph.Stance: "accusation accusations criticism criticisms praise attack attacks condemnation rebuke " +
		"endorsement defense defence denunciation",
	newsgraph.Belief: "view views belief beliefs opinion opinions assessment estimate estimates expectation " +
		"expectations fear fears concern concerns suspicion doubt doubts conclusion prediction sense",
	newsgraph.Perception: "poll polls survey surveys study studies data analysis finding findings evidence " +
		"research record records figures numbers footage video",
	newsgraph.Intention: "plan plans pledge promise vow threat threats intention goal aim offer hope",
})

// typed inverts a type → words table into word → type.
func typed(words map[newsgraph.AttributionType]string) map[string]newsgraph.AttributionType {
	m := map[string]newsgraph.AttributionType{}
	for _, t := range newsgraph.AttributionTypes {
		for _, w := range strings.Fields(words[t]) {
			if _, dup := m[w]; !dup {
				m[w] = t
			}
		}
	}
	return m
}

// lookup finds a lemma in table, also as the lemma with a clipped final e
// or doubled consonant restored ("endors" → endorse, "rebuf" → rebuff).
func lookup(table map[string]newsgraph.AttributionType, lemma string) (newsgraph.AttributionType, bool) {
	lemma = strings.ToLower(lemma)
	if t, ok := table[lemma]; ok {
		return t, true
	}
	if lemma == "" {
		return "", false
	}
	for _, w := range []string{lemma + "e", lemma + lemma[len(lemma)-1:]} {
		if t, ok := table[w]; ok {
			return t, true
		}
	}
	return "", false
}
