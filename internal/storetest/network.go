package storetest

import (
	"testing"

	"github.com/newsgraph/newsgraph"
)

// networkTests is the contract of the Store's part named in this file's name.
var networkTests = map[string]func(*testing.T, newsgraph.Store){}
