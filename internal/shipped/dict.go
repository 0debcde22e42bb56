package shipped

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/newsgraph/newsgraph/internal/actors"
	"github.com/newsgraph/newsgraph/internal/event/dict"
	"github.com/newsgraph/newsgraph/internal/event/model"
)

// UserDictionaries are the event dictionaries a user adds with --dict:
// verb patterns tried before the shipped ones, actors and agents looked up
// before the knowledge base's, and more discards.
type UserDictionaries struct {
	Verbs    []*dict.Verbs
	KB       *actors.KB // the user's actors and agents; nil when none
	Discards []dict.Discard
}

// ReadDictionaries reads the dictionaries in dirs, each file's kind told
// by its name as PETRARCH names them (dict.Find). Unlike training, which
// skips the published files' few bad lines, a user's malformed line is an
// error naming file and line: a dictionary someone is writing should be
// fixed, not half read.
func ReadDictionaries(dirs ...string) (*UserDictionaries, error) {
	var files dict.Files
	for _, dir := range dirs {
		f, err := dict.Find(dir)
		if err != nil {
			return nil, fmt.Errorf("--dict: %w", err)
		}
		files = files.Over(f)
	}
	u := &UserDictionaries{}
	var entries []actors.ActorEntry
	var agents []actors.AgentEntry
	steps := []struct {
		paths []string
		read  func(io.Reader, string) error
	}{
		{files.Verbs, func(r io.Reader, n string) error {
			v, err := dict.ReadVerbs(r, n)
			u.Verbs = append(u.Verbs, v)
			return err
		}},
		{files.Actors, func(r io.Reader, n string) error {
			es, err := actors.ReadActors(r, n)
			entries = append(entries, es...)
			return err
		}},
		{files.Agents, func(r io.Reader, n string) error {
			as, err := actors.ReadAgents(r, n)
			agents = append(agents, as...)
			return err
		}},
		{files.Discards, func(r io.Reader, n string) error {
			ds, err := dict.ReadDiscards(r, n)
			u.Discards = append(u.Discards, ds...)
			return err
		}},
	}
	for _, st := range steps {
		for _, p := range st.paths {
			if err := readPath(p, st.read); err != nil {
				return nil, err
			}
		}
	}
	if len(u.Verbs)+len(entries)+len(agents)+len(u.Discards) == 0 {
		return nil, fmt.Errorf("--dict: no dictionary in %v (files named *verbs*.txt or CAMEO*.txt, *actors*.txt, *agents*.txt, *discards*.txt)", dirs)
	}
	if len(entries)+len(agents) > 0 {
		u.KB = actors.Build(entries, agents)
	}
	return u, nil
}

func readPath(path string, read func(io.Reader, string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("--dict: %w", err)
	}
	defer f.Close()
	return read(f, path)
}

// WithDictionaries returns a copy of m whose event coder uses u over the
// shipped dictionaries: a user's verb file named as one the shipped
// patterns came from ("CAMEO.2.0.txt") replaces it, the others are tried
// first.
func (m *Models) WithDictionaries(u *UserDictionaries) *Models {
	c := *m
	c.User = u
	b := model.Bundle{}
	if m.Events != nil {
		b = *m.Events
	}
	b.Verbs = slices.DeleteFunc(slices.Clone(b.Verbs), func(v *dict.Verbs) bool {
		return slices.ContainsFunc(u.Verbs, func(w *dict.Verbs) bool { return filepath.Base(w.File) == filepath.Base(v.File) })
	})
	b.Verbs = append(slices.Clone(u.Verbs), b.Verbs...)
	b.Discards = append(slices.Clone(u.Discards), b.Discards...)
	c.Events = &b
	return &c
}
