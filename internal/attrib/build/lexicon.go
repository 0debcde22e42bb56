package build

import (
	"github.com/newsgraph/newsgraph/internal/attrib/cue"
	"github.com/newsgraph/newsgraph/internal/attrib/view"
)

// tellLemmas take the hearer as object: "told reporters that".
var tellLemmas = view.Set("tell ask assure inform warn urge remind promise thank")

// isCoreCue is cue.IsCore under a name the rules' cue spans do not hide.
var isCoreCue = cue.IsCore
