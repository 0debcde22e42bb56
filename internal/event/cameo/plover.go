package cameo

// PLOVER's sixteen event types (manual draft 0.8).
const (
	Agree     = "AGREE"
	Consult   = "CONSULT"
	Support   = "SUPPORT"
	Concede   = "CONCEDE"
	Cooperate = "COOPERATE"
	Aid       = "AID"
	Retreat   = "RETREAT"
	Request   = "REQUEST"
	Accuse    = "ACCUSE"
	Reject    = "REJECT"
	Threaten  = "THREATEN"
	Protest   = "PROTEST"
	Sanction  = "SANCTION"
	Mobilize  = "MOBILIZE"
	Coerce    = "COERCE"
	Assault   = "ASSAULT"
)

// Where this table departs from PLOVER's CAMEO conversion table (2021),
// and why:
//   - 0813, 0814 (lift a curfew, a state of emergency): CONCEDE, not
//     RETREAT; the manual names lifting curfews as a concession and maps
//     all of 081-083 to CONCEDE.
//   - 163 (sanctions, embargo): SANCTION "discontinue", not COERCE; the
//     manual codes international sanctions so, and 16 is SANCTION.
//   - 105, 124, 1241, 1242 (demand or refuse that someone yield): mode
//     "yield", not "change"; their sibling codes use "yield", and "change"
//     excludes concessions.
//   - Modes the table names but the manual no longer lists are replaced by
//     the manual's nearest mode, or dropped when none fits: "return" and
//     "ease" (0842, 085) dropped; "ban" and "political" become "restrict"
//     (132, 1321, 1322, 1722); "assassinate" and "massacre" become
//     "targeted" (185, 186, 202) or are dropped (200); "cleansing" dropped
//     (201, 203); 1712's "seize" becomes ASSAULT's "destroy"; 175's mode
//     column held a context and is dropped.
//   - 195 (air attack): "aerial", not "heavy-weapons", a mode the manual
//     added since; its children 1951 and 1952 get "aerial" and "drone".
//   - 183 (bombing outside war): "explosives", the general mode; only its
//     child 1831 is a suicide attack.
//   - 176 (cyber attack, a PETRARCH extension): COERCE "cyber".
//   - Roots 01 and 02 stay dropped (PLOVER ""): the manual mentions 015
//     as AGREE and 016 as REJECT only as options it does not recommend.

// Types lists PLOVER's event types, in the manual's order.
var Types = []string{
	Agree, Consult, Support, Concede,
	Cooperate, Aid, Retreat,
	Request, Accuse, Reject, Threaten,
	Protest, Sanction, Mobilize, Coerce, Assault,
}

// modes lists each type's modes from the manual; types without modes have
// no entry.
var modes = map[string][]string{
	Consult:  {"visit", "third-party", "multilateral", "phone"},
	Retreat:  {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
	Request:  {"assist", "change", "yield", "meet"},
	Reject:   {"assist", "change", "yield", "meet"},
	Accuse:   {"disapprove", "investigate", "allege"},
	Threaten: {"restrict", "arrest", "relations", "expel", "territory", "violence"},
	Protest:  {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
	Sanction: {"convict", "expel", "withdraw", "discontinue"},
	Mobilize: {"troops", "weapons", "police", "militia"},
	Coerce:   {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold", "misinformation", "cyber"},
	Assault: {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
		"explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional"},
}

// IsType reports whether t is one of PLOVER's sixteen event types.
func IsType(t string) bool {
	for _, x := range Types {
		if x == t {
			return true
		}
	}
	return false
}

// Modes returns the modes PLOVER defines for type t, nil for a type with
// none. The slice is new on each call.
func Modes(t string) []string {
	return append([]string(nil), modes[t]...)
}

// ValidMode reports whether mode is allowed for type t; the empty mode
// always is.
func ValidMode(t, mode string) bool {
	if mode == "" {
		return IsType(t)
	}
	for _, m := range modes[t] {
		if m == mode {
			return true
		}
	}
	return false
}

// oneSided marks the types an actor can do alone, with no recipient, and
// says why. The PLOVER manual makes a recipient optional for all but
// COOPERATE, AID and SANCTION; we follow it.
var oneSided = map[string]string{
	Agree:    "a pledge or accord can bind all its parties, listed together as actors",
	Consult:  "a meeting with no clear host lists every participant as actor",
	Support:  "an endorsement or signature can name no addressee",
	Concede:  "lifting a curfew or easing bans is addressed to no one in particular",
	Retreat:  "resigning, disarming or observing a ceasefire needs no counterpart",
	Request:  "a call for change is often made publicly, to no named party",
	Accuse:   "condemning an act or opening an inquiry can name no culprit",
	Reject:   "defying a law or refusing to yield can name no counterpart",
	Threaten: "a warning can be issued to no named party",
	Protest:  "a demonstration or strike can target no named party",
	Mobilize: "a missile test or troop build-up can aim at no stated enemy",
	Coerce:   "a curfew or internet shutdown reaches a public too broad to name",
	Assault:  "two-sided fighting lists both sides as actors; a bombing's victims may go unnamed",
	// COOPERATE (mutual exchange), AID (benefits its recipient) and
	// SANCTION (cuts existing relations with someone) need a recipient.
}

// TypeAllowsOneSided reports whether PLOVER type t can be coded with no
// recipient.
func TypeAllowsOneSided(t string) bool {
	_, ok := oneSided[t]
	return ok
}

// AllowsOneSided reports whether an event of this CAMEO code can be coded
// with no recipient, judged by its PLOVER type. Codes PLOVER drops (roots
// 01 and 02) and codes Lookup refuses report false.
func AllowsOneSided(code string) bool {
	info, ok := Lookup(code)
	return ok && TypeAllowsOneSided(info.PLOVER)
}
