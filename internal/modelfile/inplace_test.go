package modelfile

import (
	"errors"
	"io/fs"
	"testing"
	"testing/fstest"
)

// inPlace holds "held" in place, and every file also in its MapFS.
type inPlace struct {
	fstest.MapFS
	held []byte
}

func (p inPlace) InPlace(name string) ([]byte, bool) {
	if name == "m/held" {
		return p.held, true
	}
	return nil, false
}

// ReadInPlace hands out an InPlaceFS's own bytes for a file it holds in
// place, and reads the rest, and any plain FS's files, as fs.ReadFile does.
func TestReadInPlace(t *testing.T) {
	held := []byte("the bytes themselves")
	fsys := inPlace{MapFS: fstest.MapFS{"m/held": {Data: []byte("a copy")}, "m/other": {Data: []byte("other")}}, held: held}
	got, err := ReadInPlace(fsys, "m/held")
	if err != nil || &got[0] != &held[0] {
		t.Errorf("held file: %q, %v; want the held bytes themselves", got, err)
	}
	if got, err := ReadInPlace(fsys, "m/other"); err != nil || string(got) != "other" {
		t.Errorf("file not held in place: %q, %v; want it read", got, err)
	}
	if got, err := ReadInPlace(fsys.MapFS, "m/held"); err != nil || string(got) != "a copy" {
		t.Errorf("plain FS: %q, %v; want the file read", got, err)
	}
	if _, err := ReadInPlace(fsys, "m/missing"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing file: %v, want fs.ErrNotExist", err)
	}
}
