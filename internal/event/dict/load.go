package dict

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/internal/actors"
)

// Files lists the dictionary files of a set by kind, in the order they
// are tried: an earlier verb file's pattern wins a tie, an earlier agent
// line keeps its phrase.
type Files struct {
	Verbs, Actors, Agents, Discards, Issues []string
	// Ontology is PETRARCH-2's internal coding ontology: one is used, the
	// first named (a user's, layered over the default).
	Ontology []string
}

// kindOf says which dictionary a file name is, by the names PETRARCH's
// files have ("CAMEO.2.0.txt", "PETR.Validate.verbs.txt",
// "Phoenix.Countries.actors.txt", "Phoenix.agents.txt",
// "Phoenix.discards.txt", "Phoenix.IssueCoding.txt",
// "PETR.Internal.Coding.Ontology.txt"); other files (prepositions) are
// none.
func kindOf(name string) string {
	n := strings.ToLower(name)
	if !strings.HasSuffix(n, ".txt") {
		return ""
	}
	switch {
	case strings.Contains(n, "verbs") || strings.HasPrefix(n, "cameo"):
		return "verbs"
	case strings.Contains(n, "actors"):
		return "actors"
	case strings.Contains(n, "agents"):
		return "agents"
	case strings.Contains(n, "discards"):
		return "discards"
	case strings.Contains(n, "issue"):
		return "issues"
	case strings.Contains(n, "ontology"):
		return "ontology"
	}
	return ""
}

func (f *Files) list(kind string) *[]string {
	return map[string]*[]string{"verbs": &f.Verbs, "actors": &f.Actors, "agents": &f.Agents,
		"discards": &f.Discards, "issues": &f.Issues, "ontology": &f.Ontology}[kind]
}

// Add puts a file in the list of its kind, by its name; it reports false
// for a name of no kind.
func (f *Files) Add(path string) bool {
	k := kindOf(filepath.Base(path))
	if k == "" {
		return false
	}
	l := f.list(k)
	*l = append(*l, path)
	return true
}

// Find lists the dictionaries of a directory by their names, sorted.
func Find(dir string) (Files, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return Files{}, err
	}
	var f Files
	for _, e := range ents {
		if !e.IsDir() {
			f.Add(filepath.Join(dir, e.Name()))
		}
	}
	return f, nil
}

// Over layers a user's files over f: a user file with the name of one of
// f's replaces it, the others are added, and the user's files come first
// so that their patterns and agents win ties.
func (f Files) Over(user Files) Files {
	var out Files
	for _, k := range []string{"verbs", "actors", "agents", "discards", "issues", "ontology"} {
		mine, theirs := *user.list(k), *f.list(k)
		l := out.list(k)
		*l = append(*l, mine...)
		for _, p := range theirs {
			if !slices.ContainsFunc(mine, func(u string) bool { return filepath.Base(u) == filepath.Base(p) }) {
				*l = append(*l, p)
			}
		}
	}
	return out
}

// Set is a loaded dictionary set.
type Set struct {
	Files    Files
	Verbs    *Compiled
	Actors   []actors.ActorEntry
	Agents   []actors.AgentEntry
	Discards []Discard
	Issues   []*Issues
	Ontology *Ontology // nil when the set has none
}

// KB builds the actor knowledge base of the set's actors and agents.
func (s *Set) KB() *actors.KB { return actors.Build(s.Actors, s.Agents) }

// LoadDir loads the dictionaries found in dir, with each user directory
// layered over them in turn by Files.Over: a user's file replaces the
// default file of the same name and adds to the rest, and is tried
// first. A set needs a verb dictionary.
func LoadDir(dir string, user ...string) (*Set, error) {
	f, err := Find(dir)
	if err != nil {
		return nil, err
	}
	for _, u := range user {
		uf, err := Find(u)
		if err != nil {
			return nil, err
		}
		f = f.Over(uf)
	}
	return Load(f)
}

// Load reads every file of f. Malformed lines do not stop it: it returns
// the set with an actors.LineErrors of every file's bad lines. A file
// that cannot be read, or a set without verbs, is an error and no set.
func Load(f Files) (*Set, error) {
	if len(f.Verbs) == 0 {
		return nil, errors.New("dict: no verb dictionary (a file named *verbs*.txt or CAMEO*.txt)")
	}
	s := &Set{Files: f}
	var bad actors.LineErrors
	var verbs []*Verbs
	steps := []struct {
		files []string
		read  func(io.Reader, string) error
	}{
		{f.Verbs, func(r io.Reader, n string) error { v, err := ReadVerbs(r, n); verbs = append(verbs, v); return err }},
		{f.Actors, func(r io.Reader, n string) error {
			a, err := actors.ReadActors(r, n)
			s.Actors = append(s.Actors, a...)
			return err
		}},
		{f.Agents, func(r io.Reader, n string) error {
			a, err := actors.ReadAgents(r, n)
			s.Agents = append(s.Agents, a...)
			return err
		}},
		{f.Discards, func(r io.Reader, n string) error {
			d, err := ReadDiscards(r, n)
			s.Discards = append(s.Discards, d...)
			return err
		}},
		{f.Issues, func(r io.Reader, n string) error {
			i, err := ReadIssues(r, n)
			s.Issues = append(s.Issues, i)
			return err
		}},
		{f.Ontology, func(r io.Reader, n string) error {
			o, err := ReadOntology(r, n)
			if s.Ontology == nil {
				s.Ontology = o
			}
			return err
		}},
	}
	for _, st := range steps {
		for _, p := range st.files {
			err := readFile(p, st.read)
			var le actors.LineErrors
			switch {
			case errors.As(err, &le):
				bad = append(bad, le...)
			case err != nil:
				return nil, err
			}
		}
	}
	s.Verbs = Compile(verbs...)
	if len(bad) > 0 {
		return s, bad
	}
	return s, nil
}

func readFile(path string, read func(io.Reader, string) error) error {
	fh, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("dict: %w", err)
	}
	defer fh.Close()
	return read(fh, filepath.Base(path))
}
