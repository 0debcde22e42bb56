package model

import (
	_ "embed" // the supplement's text
	"strings"

	"github.com/newsgraph/newsgraph/internal/event/dict"
)

// SupplementFile is the name of newsgraph's own verb patterns, as errors
// and the manifest give it.
const SupplementFile = "internal/event/model/supplement.verbs.txt"

//go:embed supplement.verbs.txt
var supplement string

// Supplement reads newsgraph's own verb patterns.
func Supplement() (*dict.Verbs, error) {
	return dict.ReadVerbs(strings.NewReader(supplement), SupplementFile)
}

// SupplementText is the supplement as written, for a manifest's hash.
func SupplementText() string { return supplement }
