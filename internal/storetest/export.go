package storetest

import (
	"testing"

	"github.com/newsgraph/newsgraph"
)

// exportTests is the contract of the Store's part named in this file's name.
var exportTests = map[string]func(*testing.T, newsgraph.Store){}
