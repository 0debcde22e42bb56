package storetest

import (
	"testing"

	"github.com/newsgraph/newsgraph"
)

// storyTests is the contract of the Store's part named in this file's name.
var storyTests = map[string]func(*testing.T, newsgraph.Store){}
