package newsgraph

// TimexType is the kind of a time expression, as TIMEX3 names them.
type TimexType string

// Time expression types (TimeML's TIMEX3).
const (
	TimexDate     TimexType = "DATE"     // "Wednesday", "last year", "September 2023"
	TimexTime     TimexType = "TIME"     // "3 p.m. Tuesday", "this morning"
	TimexDuration TimexType = "DURATION" // "two weeks", "three years"
	TimexSet      TimexType = "SET"      // "every winter", "weekly"
)

// Timex is a time expression and its normalised TIMEX3 value: "2023-09-13",
// "2023-W37", "P2W", "XXXX-WI", "PRESENT_REF". A relative expression ("on
// Wednesday", "last year") is resolved against the article's publication
// date; without one it keeps a value with its unknown parts as X
// ("XXXX-WXX-3") and Unresolved says so.
type Timex struct {
	Span
	Type       TimexType
	Value      string
	Unresolved bool
}

// EventModality says how the article puts an event: as a fact, as a fact
// denied, as a possibility or as something still to come.
type EventModality string

// Event modalities.
const (
	Asserted     EventModality = "asserted"     // "Pyongyang fired two missiles"
	Negated      EventModality = "negated"      // "Russia did not attack"
	Hypothetical EventModality = "hypothetical" // "Moscow could help", "if talks fail"
	Future       EventModality = "future"       // "will likely use", "plans to visit"
)

// EventModalities lists the modalities, asserted first.
var EventModalities = []EventModality{Asserted, Negated, Hypothetical, Future}

// Participant is one actor or recipient of an event: the article's entity
// (NoEntity when the dictionary knew a phrase no entity covers, "the
// government"), the corpus actor it is linked to, its dictionary codes
// ("RUSGOV") and the mention that names it in the event's sentence.
type Participant struct {
	Entity  int
	ActorID string
	Codes   []string
	Mention Span
}

// Place is where an event happened, when its sentence names the place.
type Place struct {
	Span
	Entity int // NoEntity when the place is no entity of the article
}

// NoAttribution is the ReportedBy of an event the article asserts itself.
const NoAttribution = -1

// NoTimex is the Timex of an event dated by the article's date, or by none.
const NoTimex = -1

// Event is who did what to whom, coded in CAMEO and PLOVER. Actor and
// Recipient are lists because PLOVER codes compound actors ("Russia and
// China") as one event; Recipient is empty for an event that needs none (a
// missile test, a protest).
type Event struct {
	Type      string  // PLOVER event type: CONSULT, SUPPORT, MOBILIZE, ASSAULT...
	Mode      string  // PLOVER mode where the CAMEO code names one, else empty
	CAMEO     string  // CAMEO event code: "043", "051", "138"
	QuadClass int     // 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
	Goldstein float64 // the Goldstein scale's value for the CAMEO code, -10 to +10
	Actor     []Participant
	Recipient []Participant
	Verb      Span   // the verb phrase that codes it: "hosted", "fired", "took part in talks"
	Sentence  int    // index into Doc.Sentences
	Place     *Place // nil when the sentence names no place
	Date      string // "2023-09-13" from a time expression, else the article's date, else empty
	Timex     int    // index into Doc.Times of the expression that dates it, or NoTimex
	Modality  EventModality
	// ReportedBy is the attribution whose content carries the event (the
	// article only reports that someone claims it), or NoAttribution.
	ReportedBy int
}
