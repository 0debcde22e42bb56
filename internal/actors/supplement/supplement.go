// Package supplement holds newsgraph's own additions to the Phoenix actor
// dictionaries, which were made in 2014: the leaders and ministers who took
// office since, or whom Phoenix misses (Kim Jong Un, Volodymyr Zelensky,
// Sergei Shoigu). `newsgraph train actors` compiles them into the knowledge
// base with the Phoenix files. They are written in Phoenix's format, so
// that the one reader checks both.
package supplement

import (
	_ "embed" // the supplement's text
	"strings"

	"github.com/newsgraph/newsgraph/internal/actors"
)

// File is the supplement's name, as errors and the manifest give it.
const File = "internal/actors/supplement/leaders.actors.txt"

//go:embed leaders.actors.txt
var text string

// Text is the supplement as written, for hashing into a model's manifest.
func Text() string { return text }

// Entries reads the supplement.
func Entries() ([]actors.ActorEntry, error) {
	return actors.ReadActors(strings.NewReader(text), File)
}
