package actors

import (
	"bufio"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
)

// Evidence is the span of an article a fact was read from. Start and End
// count Unicode code points, as the article's JSON does.
type Evidence struct {
	Article string `json:"article"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
}

// Seen is how often and when a fact was read, with the first spans it was
// read from.
type Seen struct {
	First    time.Time  `json:"-"`
	Last     time.Time  `json:"-"`
	Count    int        `json:"count"`
	Evidence []Evidence `json:"evidence,omitempty"`
}

// maxEvidence bounds the spans kept per fact; Count goes on counting, so a
// name read in ten thousand articles costs no more than one read in eight.
const maxEvidence = 8

func (s *Seen) add(date time.Time, n int, ev ...Evidence) {
	if !date.IsZero() {
		date = day(date)
		if s.First.IsZero() || date.Before(s.First) {
			s.First = date
		}
		if date.After(s.Last) {
			s.Last = date
		}
	}
	s.Count += n
	for _, e := range ev {
		if len(s.Evidence) < maxEvidence {
			s.Evidence = append(s.Evidence, e)
		}
	}
}

// AliasFact is a name an actor was called by, learned from articles
// (Source "corpus") or given by a user ("user").
type AliasFact struct {
	Actor  string
	Alias  string
	Source string
	Seen
}

// RoleFact is a role an actor was described as holding ("defence
// minister"), with the code it maps to when known, and the days it was
// read on.
type RoleFact struct {
	Actor string
	Title string
	Code  string
	Seen
}

// The sources of an alias.
const (
	FromCorpus = "corpus"
	FromUser   = "user"
)

// Errors of corrections.
var (
	ErrUnknownActor = errors.New("unknown actor")
	ErrCycle        = errors.New("merge would create a cycle")
)

// Layer is what newsgraph learns over the seeded knowledge base: aliases
// and roles read in articles and users' corrections. It leaves the KB
// untouched, so one KB can serve several layers, and it is not safe for
// concurrent use.
type Layer struct {
	base    *KB
	actors  map[string]*Actor                // made by Split
	aliases map[string]map[string]*AliasFact // actor → normalised alias
	roles   map[string]map[string]*RoleFact  // actor → title and code
	byName  map[string][]string              // normalised name → actors given it here
	parent  map[string]string                // merged actor → the actor it was merged into
	removed map[string]map[string]bool       // actor → names Split moved away
	log     []record                         // merges, unmerges and splits, in order
}

// NewLayer starts an empty layer over base.
func NewLayer(base *KB) *Layer {
	return &Layer{base: base, actors: map[string]*Actor{}, aliases: map[string]map[string]*AliasFact{},
		roles: map[string]map[string]*RoleFact{}, byName: map[string][]string{}, parent: map[string]string{},
		removed: map[string]map[string]bool{}}
}

func (l *Layer) known(id string) bool {
	if _, ok := l.actors[id]; ok {
		return true
	}
	_, ok := l.base.byID[id]
	return ok
}

func (l *Layer) check(ids ...string) error {
	for _, id := range ids {
		if !l.known(id) {
			return fmt.Errorf("%w %q", ErrUnknownActor, id)
		}
	}
	return nil
}

// Resolve returns the actor id stands for after merges: itself, or the
// actor it was merged into (and so on).
func (l *Layer) Resolve(id string) string {
	for i := 0; i <= len(l.parent); i++ {
		p, ok := l.parent[id]
		if !ok {
			return id
		}
		id = p
	}
	return id // unreachable while Merge refuses cycles
}

// LearnAlias records that an article dated date calls actor id alias.
func (l *Layer) LearnAlias(id, alias string, date time.Time, ev Evidence) error {
	return l.addAlias(id, alias, FromCorpus, date, 1, ev)
}

// Alias is a user's correction: actor id is also called alias.
func (l *Layer) Alias(id, alias string) error {
	return l.addAlias(id, alias, FromUser, time.Time{}, 1)
}

func (l *Layer) addAlias(id, alias, source string, date time.Time, n int, ev ...Evidence) error {
	if err := l.check(id); err != nil {
		return err
	}
	key := Normalize(alias)
	if key == "" {
		return fmt.Errorf("alias %q has no letters or digits", alias)
	}
	m := l.aliases[id]
	if m == nil {
		m = map[string]*AliasFact{}
		l.aliases[id] = m
	}
	f := m[key]
	if f == nil {
		f = &AliasFact{Actor: id, Alias: alias, Source: source}
		m[key] = f
		if !slices.Contains(l.byName[key], id) {
			l.byName[key] = append(l.byName[key], id)
		}
	}
	if source == FromUser {
		f.Source = FromUser // a user's word outranks the corpus's
	}
	f.add(date, n, ev...)
	return nil
}

// LearnRole records that an article dated date describes actor id as
// holding a role: its words ("defence minister") and, when known, the
// CAMEO code they map to ("RUSGOVMIL").
func (l *Layer) LearnRole(id, title, code string, date time.Time, ev Evidence) error {
	return l.addRole(id, title, code, date, 1, ev)
}

func (l *Layer) addRole(id, title, code string, date time.Time, n int, ev ...Evidence) error {
	if err := l.check(id); err != nil {
		return err
	}
	t := Normalize(title)
	if t == "" && code == "" {
		return errors.New("role with neither title nor code")
	}
	if code != "" && !validCode(code) {
		return fmt.Errorf("role code %q is not upper-case letters and digits", code)
	}
	m := l.roles[id]
	if m == nil {
		m = map[string]*RoleFact{}
		l.roles[id] = m
	}
	k := t + "\x00" + code
	f := m[k]
	if f == nil {
		f = &RoleFact{Actor: id, Title: t, Code: code}
		m[k] = f
	}
	f.add(date, n, ev...)
	return nil
}

// Merge is a user's correction: actor from is the same as actor into, and
// is known as into from now on. A merge of an actor already merged
// elsewhere, or one that would make an actor its own ancestor, is refused.
func (l *Layer) Merge(into, from string) error {
	if err := l.merge(into, from); err != nil {
		return err
	}
	l.log = append(l.log, record{Kind: "merge", Into: into, From: from})
	return nil
}

func (l *Layer) merge(into, from string) error {
	if err := l.check(into, from); err != nil {
		return err
	}
	if p, ok := l.parent[from]; ok {
		return fmt.Errorf("%q is already merged into %q: unmerge it first", from, p)
	}
	if into == from || l.Resolve(into) == from {
		return fmt.Errorf("%w: %q is %q already", ErrCycle, into, from)
	}
	l.parent[from] = into
	return nil
}

// Unmerge undoes the merge of actor id.
func (l *Layer) Unmerge(id string) error {
	if err := l.check(id); err != nil {
		return err
	}
	if _, ok := l.parent[id]; !ok {
		return fmt.Errorf("%q is not merged into another actor", id)
	}
	delete(l.parent, id)
	l.log = append(l.log, record{Kind: "unmerge", Actor: id})
	return nil
}

// Split is a user's correction: the given names of actor from belong to
// another actor, named name, which is created (of from's type and country)
// and returned. Each name must be one of from's.
func (l *Layer) Split(from, name string, names ...string) (string, error) {
	id := slug(Normalize(name))
	if err := l.split(from, id, name, names, true); err != nil {
		return "", err
	}
	l.log = append(l.log, record{Kind: "split", From: from, Actor: id, Name: name, Aliases: names})
	return id, nil
}

func (l *Layer) split(from, id, name string, names []string, strict bool) error {
	if err := l.check(from); err != nil {
		return err
	}
	if id == "" {
		return fmt.Errorf("name %q has no letters or digits", name)
	}
	if l.known(id) {
		return fmt.Errorf("actor %q exists already: merge into it instead", id)
	}
	root := l.Resolve(from)
	a, _ := l.Actor(root)
	have := map[string]bool{}
	for _, n := range append([]string{a.Name}, a.Aliases...) {
		have[Normalize(n)] = true
	}
	for _, n := range names {
		if strict && !have[Normalize(n)] {
			return fmt.Errorf("%q is not a name of %q", n, from)
		}
	}
	na := &Actor{ID: id, Name: name, Aliases: slices.Clone(names), Type: a.Type, Country: a.Country}
	l.actors[id] = na
	if l.removed[root] == nil {
		l.removed[root] = map[string]bool{}
	}
	for _, n := range append([]string{name}, names...) {
		key := Normalize(n)
		l.removed[root][key] = true
		if !slices.Contains(l.byName[key], id) {
			l.byName[key] = append(l.byName[key], id)
		}
	}
	return nil
}

// Actor returns actor id as the layer sees it, after merges: its seeded
// record with the names and roles of the actors merged into it, the
// aliases learned for them, less the names split away. It is a copy.
func (l *Layer) Actor(id string) (*Actor, bool) {
	if !l.known(id) {
		return nil, false
	}
	root := l.Resolve(id)
	out := l.own(root)
	for _, m := range l.members(root) {
		if m == root {
			continue
		}
		o := l.own(m)
		out.Aliases = append(append(out.Aliases, o.Name), o.Aliases...)
		out.Roles = append(out.Roles, o.Roles...)
		out.Sources = append(out.Sources, o.Sources...)
	}
	seen := map[string]bool{Normalize(out.Name): true}
	var aliases []string
	for _, n := range out.Aliases {
		k := Normalize(n)
		if !seen[k] && !l.removed[root][k] {
			seen[k] = true
			aliases = append(aliases, n)
		}
	}
	out.Aliases = aliases
	return out, true
}

// own is one actor's record with its learned aliases, ignoring merges.
func (l *Layer) own(id string) *Actor {
	var a Actor
	if la, ok := l.actors[id]; ok {
		a = *la
	} else if b, ok := l.base.Actor(id); ok {
		a = *b
	}
	a.Aliases = slices.Clone(a.Aliases)
	a.Roles = slices.Clone(a.Roles)
	a.Sources = slices.Clone(a.Sources)
	for _, f := range sortedFacts(l.aliases[id]) {
		a.Aliases = append(a.Aliases, f.Alias)
	}
	return &a
}

// members lists the actors that resolve to root, root included, sorted.
func (l *Layer) members(root string) []string {
	out := []string{root}
	for from := range l.parent {
		if l.Resolve(from) == root {
			out = append(out, from)
		}
	}
	slices.Sort(out)
	return out
}

// Learned returns the aliases and roles learned for actor id and the
// actors merged into it, sorted.
func (l *Layer) Learned(id string) ([]AliasFact, []RoleFact) {
	var as []AliasFact
	var rs []RoleFact
	for _, m := range l.members(l.Resolve(id)) {
		for _, f := range sortedFacts(l.aliases[m]) {
			as = append(as, *f)
		}
		for _, f := range sortedFacts(l.roles[m]) {
			rs = append(rs, *f)
		}
	}
	return as, rs
}

func sortedFacts[F any](m map[string]*F) []*F {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	out := make([]*F, len(keys))
	for i, k := range keys {
		out[i] = m[k]
	}
	return out
}

// Lookup is KB.Lookup over the layer: names learned or given by users
// count as aliases, names split away no longer point to the actor they
// left, and merged actors come back as the actor they were merged into.
// It returns actor IDs, sorted.
func (l *Layer) Lookup(name string) ([]string, Match) {
	key := Normalize(name)
	if key == "" {
		return nil, NoMatch
	}
	if ids := l.candidates(key); len(ids) > 0 {
		return ids, Exact
	}
	if bare := stripTitles(key); bare != key {
		if ids := l.candidates(bare); len(ids) > 0 {
			return ids, Untitled
		}
	}
	if ids, m := l.base.lookup(key); m == Surname {
		if r := l.resolveAll(key, []string{l.base.actors[ids[0]].ID}); len(r) == 1 {
			return r, Surname
		}
	}
	return nil, NoMatch
}

func (l *Layer) candidates(key string) []string {
	var raw []string
	for _, i := range l.base.byName.get(key) {
		raw = append(raw, l.base.actors[i].ID)
	}
	raw = append(raw, l.byName[key]...)
	return l.resolveAll(key, raw)
}

func (l *Layer) resolveAll(key string, raw []string) []string {
	var out []string
	for _, id := range raw {
		r := l.Resolve(id)
		if l.removed[r][key] && l.actors[id] == nil {
			continue
		}
		if !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	slices.Sort(out)
	return out
}

// RolesAt is KB.RolesAt over the layer: the seeded roles of the actor and
// of those merged into it, plus the learned roles read on days from
// before to after d (a role seen only in 2023 says nothing of 2007).
func (l *Layer) RolesAt(id string, d time.Time) []Role {
	a, ok := l.Actor(id)
	if !ok {
		return nil
	}
	out := rolesAt(a.Roles, d)
	_, learned := l.Learned(id)
	for _, f := range learned {
		r := Role{Code: f.Code, Title: f.Title, From: f.First, To: f.Last}
		if !f.First.IsZero() && r.Covers(d) {
			out = append(out, r)
		}
	}
	return out
}

// record is one line of the layer's JSON Lines.
type record struct {
	Kind     string     `json:"kind"` // merge, unmerge, split, alias, role
	Into     string     `json:"into,omitempty"`
	From     string     `json:"from,omitempty"`
	Actor    string     `json:"actor,omitempty"`
	Name     string     `json:"name,omitempty"`
	Aliases  []string   `json:"aliases,omitempty"`
	Alias    string     `json:"alias,omitempty"`
	Source   string     `json:"source,omitempty"`
	Title    string     `json:"title,omitempty"`
	Code     string     `json:"code,omitempty"`
	Count    int        `json:"count,omitempty"`
	First    string     `json:"first,omitempty"` // YYYY-MM-DD
	Last     string     `json:"last,omitempty"`
	Evidence []Evidence `json:"evidence,omitempty"`
}

const dateLayout = "2006-01-02"

func dateString(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(dateLayout)
}

// Export writes the layer as JSON Lines: the corrections in the order they
// were made, then the learned aliases and roles sorted by actor. The same
// layer always gives the same bytes.
func (l *Layer) Export(w io.Writer) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, r := range l.log {
		if err := enc.Encode(r); err != nil {
			return err
		}
	}
	ids := make([]string, 0, len(l.aliases)+len(l.roles))
	for id := range l.aliases {
		ids = append(ids, id)
	}
	for id := range l.roles {
		if _, ok := l.aliases[id]; !ok {
			ids = append(ids, id)
		}
	}
	slices.SortFunc(ids, cmp.Compare)
	for _, id := range ids {
		for _, f := range sortedFacts(l.aliases[id]) {
			r := record{Kind: "alias", Actor: id, Alias: f.Alias, Source: f.Source, Count: f.Count,
				First: dateString(f.First), Last: dateString(f.Last), Evidence: f.Evidence}
			if err := enc.Encode(r); err != nil {
				return err
			}
		}
		for _, f := range sortedFacts(l.roles[id]) {
			r := record{Kind: "role", Actor: id, Title: f.Title, Code: f.Code, Count: f.Count,
				First: dateString(f.First), Last: dateString(f.Last), Evidence: f.Evidence}
			if err := enc.Encode(r); err != nil {
				return err
			}
		}
	}
	return bw.Flush()
}

// Import adds JSON Lines written by Export to the layer: corrections are
// made again, and learned facts add their counts, days and spans to those
// the layer has. It stops at the first bad line, saying which; the lines
// before it stay applied.
func (l *Layer) Import(r io.Reader) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 16<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var rec record
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&rec); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
		if err := l.apply(rec); err != nil {
			return fmt.Errorf("line %d: %w", n, err)
		}
	}
	return sc.Err()
}

func (l *Layer) apply(r record) error {
	switch r.Kind {
	case "merge":
		return l.Merge(r.Into, r.From)
	case "unmerge":
		return l.Unmerge(r.Actor)
	case "split":
		// The names a split moved may be aliases learned later in the
		// file, so they are not checked against the actor here.
		if r.Actor != slug(Normalize(r.Name)) {
			return fmt.Errorf("split actor %q is not named %q", r.Actor, r.Name)
		}
		if err := l.split(r.From, r.Actor, r.Name, r.Aliases, false); err != nil {
			return err
		}
		l.log = append(l.log, r)
		return nil
	case "alias", "role":
		if r.Count < 1 {
			return fmt.Errorf("%s with count %d", r.Kind, r.Count)
		}
		first, last, err := span(r.First, r.Last)
		if err != nil {
			return err
		}
		if r.Kind == "alias" {
			if r.Source != FromCorpus && r.Source != FromUser {
				return fmt.Errorf("alias source %q is neither %q nor %q", r.Source, FromCorpus, FromUser)
			}
			if err := l.addAlias(r.Actor, r.Alias, r.Source, first, r.Count, r.Evidence...); err != nil {
				return err
			}
			return l.addAlias(r.Actor, r.Alias, r.Source, last, 0)
		}
		if err := l.addRole(r.Actor, r.Title, r.Code, first, r.Count, r.Evidence...); err != nil {
			return err
		}
		return l.addRole(r.Actor, r.Title, r.Code, last, 0)
	}
	return fmt.Errorf("unknown record kind %q", r.Kind)
}

func span(first, last string) (time.Time, time.Time, error) {
	var f, t time.Time
	var err error
	if first != "" {
		if f, err = time.Parse(dateLayout, first); err != nil {
			return f, t, err
		}
	}
	if last != "" {
		if t, err = time.Parse(dateLayout, last); err != nil {
			return f, t, err
		}
	}
	if f.IsZero() != t.IsZero() || t.Before(f) {
		return f, t, fmt.Errorf("days %q to %q are not a span", first, last)
	}
	return f, t, nil
}
