package storetest

import (
	"testing"

	"github.com/newsgraph/newsgraph"
)

// feedTests is the contract of the Store's part named in this file's name.
var feedTests = map[string]func(*testing.T, newsgraph.Store){}
