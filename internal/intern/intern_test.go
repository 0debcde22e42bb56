package intern

import (
	"testing"
	"unsafe"
)

// Equal bytes give one string; a nil Strings still gives the bytes.
func TestOf(t *testing.T) {
	in := Strings{}
	a, b := in.Of([]byte("Xxx")), in.Of([]byte("Xxx"))
	if a != "Xxx" || unsafe.StringData(a) != unsafe.StringData(b) {
		t.Errorf("Of gave %q at %p and %q at %p, want one string", a, unsafe.StringData(a), b, unsafe.StringData(b))
	}
	var none Strings
	if got := none.Of([]byte("dd")); got != "dd" {
		t.Errorf("nil Strings: %q, want \"dd\"", got)
	}
}
