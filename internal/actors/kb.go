package actors

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Type is what kind of actor a record names.
type Type string

// The actor types.
const (
	Person       Type = "person"
	Organisation Type = "organisation"
	Country      Type = "country"
	Group        Type = "group" // armed, rebel and militant groups
)

// Actor is one actor of the knowledge base.
type Actor struct {
	// ID is the normalised primary name with '-' for spaces
	// ("vladimir-putin"), so it stays put when the dictionaries are
	// rebuilt or reordered.
	ID      string
	Name    string   // the primary name as the dictionary writes it
	Aliases []string // the other names, likewise
	Type    Type
	Country string   // the country code of its first role that has one
	Sectors []string // sector codes over all its roles, sorted
	Roles   []Role
	Sources []string // "file:line" of each dictionary record merged into it
}

// Match says how Lookup found its actors.
type Match int

// How a name matched.
const (
	NoMatch  Match = iota
	Exact          // the name or one of the aliases
	Untitled       // the name without its leading titles ("Mr. Putin" → "Putin")
	Surname        // one word, the surname of exactly one person
)

func (m Match) String() string {
	return [...]string{"none", "exact", "untitled", "surname"}[m]
}

// Agent is a role word or phrase and the code it gives an actor.
type Agent struct {
	Phrase string // normalised
	Code   string // "GOVMIL"
	Prefix bool   // the code goes before the actor's code (IGO~), not after (~GOV)
}

// KB is the seeded knowledge base. It is read-only once built, so one KB
// serves every goroutine.
type KB struct {
	actors    []Actor // sorted by ID
	byID      map[string]int32
	byName    names           // normalised name or alias → actors
	bySurname names           // persons only
	firstName map[string]bool // first words of persons' names
	agents    map[string]Agent
	countries map[string]bool
	starts    map[string]struct{} // first words of names and agent phrases (indexStarts)
}

// Len is the number of actors.
func (kb *KB) Len() int { return len(kb.actors) }

// Agents is the number of agent phrases, forms included.
func (kb *KB) Agents() int { return len(kb.agents) }

// Actors calls fn for each actor in ID order.
func (kb *KB) Actors(fn func(*Actor) bool) {
	for i := range kb.actors {
		if !fn(&kb.actors[i]) {
			return
		}
	}
}

// Actor returns the actor with an ID. The actor is shared: do not modify it.
func (kb *KB) Actor(id string) (*Actor, bool) {
	i, ok := kb.byID[id]
	if !ok {
		return nil, false
	}
	return &kb.actors[i], true
}

// Lookup finds the actors a name may refer to, in ID order: those with it
// as name or alias; failing that, those with it once its leading titles are
// gone; failing that, for one word, the one person whose surname it is.
// Several actors come back when the dictionaries give one name to several
// (a linker decides among them by date and context); a surname shared by
// two people gives none, because guessing between them would merge
// different people.
func (kb *KB) Lookup(name string) ([]*Actor, Match) {
	return kb.LookupKey(Normalize(name))
}

// LookupKey is Lookup of a name that Normalize has made a key already:
// a caller that asks for a name both as an actor and as an agent
// (AgentKey) normalises it once.
func (kb *KB) LookupKey(key string) ([]*Actor, Match) {
	ids, m := kb.lookupKey(key)
	out := make([]*Actor, len(ids))
	for i, id := range ids {
		out[i] = &kb.actors[id]
	}
	return out, m
}

func (kb *KB) lookup(name string) ([]int32, Match) { return kb.lookupKey(Normalize(name)) }

func (kb *KB) lookupKey(key string) ([]int32, Match) {
	if key == "" {
		return nil, NoMatch
	}
	if ids := kb.byName.get(key); len(ids) > 0 {
		return ids, Exact
	}
	bare := stripTitles(key)
	if bare != key {
		if ids := kb.byName.get(bare); len(ids) > 0 {
			return ids, Untitled
		}
	}
	if !strings.Contains(bare, " ") {
		// A word that begins someone's name may be a given name or, in
		// Korean and Chinese order, a family name ("Kim"): not unambiguous.
		if ids := kb.bySurname.get(bare); len(ids) == 1 && !kb.firstName[bare] {
			return ids, Surname
		}
	}
	return nil, NoMatch
}

// RolesAt returns the roles actor id holds on day d: its dated roles that
// cover d or, when none does, its default (undated) roles, as PETRARCH reads
// the dictionaries. It returns nil for an unknown ID.
func (kb *KB) RolesAt(id string, d time.Time) []Role {
	a, ok := kb.Actor(id)
	if !ok {
		return nil
	}
	return rolesAt(a.Roles, d)
}

func rolesAt(roles []Role, d time.Time) []Role {
	var dated, def []Role
	for _, r := range roles {
		switch {
		case !r.Dated():
			def = append(def, r)
		case r.Covers(d):
			dated = append(dated, r)
		}
	}
	if len(dated) > 0 {
		return dated
	}
	return def
}

// Agent returns the agent for a role phrase exactly ("police",
// "foreign ministers").
func (kb *KB) Agent(phrase string) (Agent, bool) {
	return kb.AgentKey(Normalize(phrase))
}

// AgentKey is Agent of a phrase that Normalize has made a key already.
func (kb *KB) AgentKey(key string) (Agent, bool) {
	a, ok := kb.agents[key]
	return a, ok
}

// AgentOf codes a role description by its longest final words that are an
// agent: English puts the head of a role last, so "Russian defence
// minister" is coded as "defence minister" if that is an agent, else as
// "minister".
func (kb *KB) AgentOf(phrase string) (Agent, bool) {
	w := strings.Fields(Normalize(phrase))
	for i := range w {
		if a, ok := kb.agents[strings.Join(w[i:], " ")]; ok {
			return a, true
		}
	}
	return Agent{}, false
}

// SplitCode divides a CAMEO code into its country and its sectors, three
// letters each: "RUSGOVMIL" → RUS, [GOV MIL]; "NGOUSAHRI" → USA, [NGO HRI].
// The country is the first part, or the second after IGO, NGO, MNC or IMG
// (international actors name their base second); later parts are always
// sectors, since some sector codes (MUS, Muslim) are also country codes.
func (kb *KB) SplitCode(code string) (country string, sectors []string) {
	return splitCode(kb.countries, code)
}

var international = map[string]bool{"IGO": true, "NGO": true, "MNC": true, "IMG": true}

func splitCode(countries map[string]bool, code string) (string, []string) {
	var parts []string
	for i := 0; i < len(code); i += 3 {
		parts = append(parts, code[i:min(i+3, len(code))])
	}
	country := -1
	switch {
	case len(parts) > 0 && countries[parts[0]]:
		country = 0
	case len(parts) > 1 && international[parts[0]] && countries[parts[1]]:
		country = 1
	}
	var sectors []string
	for i, p := range parts {
		if i != country {
			sectors = append(sectors, p)
		}
	}
	if country < 0 {
		return "", sectors
	}
	return parts[country], sectors
}

// Build makes a knowledge base from dictionary records. Records whose
// normalised primary names are equal are one actor: the dictionaries repeat
// a person across files (a national leader who later led an international
// body) and within one, and give the same ID to both. The country codes
// are the bare three-letter codes the records carry ([AFG]).
func Build(entries []ActorEntry, agents []AgentEntry) *KB {
	kb := &KB{countries: map[string]bool{}}
	for _, e := range entries {
		for _, r := range e.Roles {
			if len(r.Code) == 3 && !r.Dated() && len(e.Roles) == 1 {
				kb.countries[r.Code] = true
			}
		}
	}
	// Sector codes that are three letters alone are no countries.
	for _, s := range []string{"ELI", "IGO", "NGO", "MNC", "IMG", "MED", "BAH", "MOS", "GOV", "MIL", "REB", "OPP", "BUS"} {
		delete(kb.countries, s)
	}
	entries = foldVariants(entries)
	byKey := map[string]int{}
	var acts []Actor
	var comments [][]string
	for _, e := range entries {
		key := Normalize(e.Name)
		if key == "" {
			continue
		}
		i, ok := byKey[key]
		if !ok {
			i = len(acts)
			byKey[key] = i
			acts = append(acts, Actor{ID: slug(key), Name: e.Name})
			comments = append(comments, nil)
		}
		a := &acts[i]
		for _, al := range e.Aliases {
			if !slices.Contains(a.Aliases, al) && al != a.Name {
				a.Aliases = append(a.Aliases, al)
			}
		}
		for _, r := range e.Roles {
			if !slices.Contains(a.Roles, r) {
				a.Roles = append(a.Roles, r)
			}
		}
		a.Sources = append(a.Sources, e.File+":"+strconv.Itoa(e.Line))
		comments[i] = append(comments[i], e.Comment)
	}
	for i := range acts {
		kb.classify(&acts[i], comments[i])
	}
	slices.SortFunc(acts, func(a, b Actor) int { return cmp.Compare(a.ID, b.ID) })
	kb.actors = acts
	kb.index()
	kb.agents = map[string]Agent{}
	for _, e := range agents {
		for _, f := range e.Forms {
			key := Normalize(f)
			// The first line to give a phrase a code keeps it, as in
			// PETRARCH, so the file's order decides a conflict.
			if _, dup := kb.agents[key]; key != "" && !dup {
				kb.agents[key] = Agent{Phrase: key, Code: e.Code, Prefix: e.Prefix}
			}
		}
	}
	kb.indexStarts()
	return kb
}

// groupSectors mark armed non-state actors: rebels, insurgents,
// separatists, unaligned armed forces, international militarised groups.
var groupSectors = map[string]bool{"REB": true, "INS": true, "SEP": true, "UAF": true, "IMG": true}

// personTitles, written before a surname in an alias, show that a record
// is a person ("MR_OBAMA" for BARACK_OBAMA).
var personTitles = map[string]bool{"mr": true, "mrs": true, "ms": true, "president": true, "senator": true,
	"prime minister": true, "king": true, "queen": true, "sheikh": true, "dr": true, "general": true,
	"minister": true, "secretary general": true, "chancellor": true, "premier": true}

// classify sets an actor's country, sectors and type from its codes, names
// and the comments of its records. The dictionaries have no type field, so
// each rule rests on what the files show: country records carry a bare
// country code; the rulers' lists (CountryInfo, IGOrulers) list people, and
// ELI marks an elite person; an alias that is a title and the surname
// ("PRESIDENT_PUTIN") is a person's; REB/INS/SEP/UAF/IMG are armed groups.
func (kb *KB) classify(a *Actor, comments []string) {
	sectors := map[string]bool{}
	onlyCountries := len(a.Roles) > 0
	for _, r := range a.Roles {
		c, s := splitCode(kb.countries, r.Code)
		if a.Country == "" {
			a.Country = c
		}
		for _, x := range s {
			sectors[x] = true
			if x != "UNR" && !kb.countries[x] {
				onlyCountries = false
			}
		}
		if c == "" {
			onlyCountries = false
		}
	}
	for s := range sectors {
		a.Sectors = append(a.Sectors, s)
	}
	slices.Sort(a.Sectors)
	switch {
	case onlyCountries:
		a.Type = Country
	case sectors["ELI"] || fromRulers(comments) || titledSurname(a) || titledName(a) || fromFile(a.Sources, supplementLeaders):
		a.Type = Person
	case anySector(sectors, groupSectors) || fromFile(a.Sources, "MilNonState"):
		a.Type = Group
	default:
		a.Type = Organisation
	}
}

// supplementLeaders names the project's own list of leaders and ministers
// (internal/actors/supplement): people all, whose records carry a
// government code and no title ("KIM_JONG_UN_ [PRKGOV …]") and were
// typed organisations.
const supplementLeaders = "leaders.actors.txt"

func fromRulers(comments []string) bool {
	for _, c := range comments {
		if strings.Contains(c, "CountryInfo") || strings.Contains(c, "IGOrulers") {
			return true
		}
	}
	return false
}

func fromFile(sources []string, part string) bool {
	for _, s := range sources {
		if strings.Contains(s, part) {
			return true
		}
	}
	return false
}

func anySector(have, want map[string]bool) bool {
	for s := range have {
		if want[s] {
			return true
		}
	}
	return false
}

func titledSurname(a *Actor) bool {
	last := surname(Normalize(a.Name))
	if last == "" {
		return false
	}
	for _, al := range a.Aliases {
		k := Normalize(al)
		if rest, ok := strings.CutSuffix(k, " "+last); ok && personTitles[rest] {
			return true
		}
	}
	return false
}

// titledName reports whether the primary name is a person's title and a
// name of two words or more ("SECRETARY-GENERAL_BAN_KI-MOON").
func titledName(a *Actor) bool {
	key := Normalize(a.Name)
	for t := range personTitles {
		if rest, ok := strings.CutPrefix(key, t+" "); ok && strings.Count(rest, " ") >= 1 && !strings.HasPrefix(rest, "of ") {
			return true
		}
	}
	return false
}

// foldVariants joins a record without codes to the record right after it
// (no blank line between) when their names share a word: the dictionaries
// list spelling variants that way, with the '+' forgotten (LEONID_BREZHNEV_,
// LEONID_ILYICH_BREZHNEV, ..., then the codes). PETRARCH reads each as an
// actor without a code; unrelated neighbours (two armed groups listed
// one after the other) share no word and stay apart.
func foldVariants(entries []ActorEntry) []ActorEntry {
	var out []ActorEntry
	for i := 0; i < len(entries); i++ {
		e := entries[i]
		e.Aliases = slices.Clone(e.Aliases)
		for len(e.Roles) == 0 && i+1 < len(entries) && entries[i+1].Follows &&
			entries[i+1].File == e.File && shareWord(e.Name, entries[i+1].Name) {
			n := entries[i+1]
			e.Aliases = append(append(e.Aliases, n.Name), n.Aliases...)
			e.Roles = n.Roles
			i++
		}
		out = append(out, e)
	}
	return out
}

// weakWords are too common in names to show two names are one.
var weakWords = map[string]bool{"the": true, "of": true, "and": true, "for": true, "al": true, "el": true,
	"de": true, "la": true, "wa": true, "abu": true, "bin": true, "ibn": true, "president": true,
	"former": true, "national": true, "united": true, "states": true, "party": true}

func shareWord(a, b string) bool {
	words := map[string]bool{}
	for _, w := range strings.Fields(Normalize(a)) {
		if len(w) >= 3 && !weakWords[w] {
			words[w] = true
		}
	}
	for _, w := range strings.Fields(Normalize(b)) {
		if words[w] {
			return true
		}
	}
	return false
}

// names maps keys to actors without a slice per key: most keys name one
// actor, held in one, and the few shared keys point into many.
type names struct {
	one  map[string]int32 // ≥ 0: the actor; < 0: -1-index into many
	many [][]int32
}

func newNames(n int) names { return names{one: make(map[string]int32, n)} }

func (ns *names) add(key string, id int32) {
	if key == "" {
		return
	}
	v, ok := ns.one[key]
	switch {
	case !ok:
		ns.one[key] = id
	case v >= 0:
		if v != id {
			ns.one[key] = int32(-1 - len(ns.many))
			ns.many = append(ns.many, []int32{v, id})
		}
	default:
		if l := &ns.many[-1-v]; !slices.Contains(*l, id) {
			*l = append(*l, id)
		}
	}
}

// get returns the actors of key; the slice is shared.
func (ns *names) get(key string) []int32 {
	v, ok := ns.one[key]
	switch {
	case !ok:
		return nil
	case v >= 0:
		return []int32{v}
	}
	return ns.many[-1-v]
}

// keys are the index keys of actor a: its normalised names, and for a
// person the surnames and first words of them.
func keys(a *Actor) (names, surnames, firsts []string) {
	for j := -1; j < len(a.Aliases); j++ {
		n := a.Name
		if j >= 0 {
			n = a.Aliases[j]
		}
		key := Normalize(n)
		names = append(names, key)
		if a.Type == Person {
			key = stripTitles(key)
			surnames = append(surnames, surname(key))
			if first, _, ok := strings.Cut(key, " "); ok {
				firsts = append(firsts, first)
			}
		}
	}
	return names, surnames, firsts
}

// index builds the lookup maps from the sorted actors.
func (kb *KB) index() {
	kb.byID = make(map[string]int32, len(kb.actors))
	kb.byName = newNames(len(kb.actors) * 3)
	kb.bySurname = newNames(len(kb.actors))
	kb.firstName = map[string]bool{}
	for i := range kb.actors {
		a := &kb.actors[i]
		kb.byID[a.ID] = int32(i)
		names, surnames, firsts := keys(a)
		for _, k := range names {
			kb.byName.add(k, int32(i))
		}
		for _, k := range surnames {
			kb.bySurname.add(k, int32(i))
		}
		for _, k := range firsts {
			kb.firstName[k] = true
		}
	}
}
