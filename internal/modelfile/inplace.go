package modelfile

import "io/fs"

// An InPlaceFS holds some of its files in memory that nothing writes and
// that lasts as long as the program, as go:embed data does (package
// models). InPlace hands out such a file's bytes themselves, not a copy,
// so that a model stored in the layout it is used in loads without
// reading it and the system brings in only the pages that are used.
type InPlaceFS interface {
	fs.FS
	// InPlace returns the bytes of file name, which must only be read,
	// and false when the file is not held in place.
	InPlace(name string) ([]byte, bool)
}

// ReadInPlace returns the contents of file name in fsys, which the caller
// must only read: the bytes themselves when fsys is an InPlaceFS holding
// the file in place, else a copy read from fsys.
func ReadInPlace(fsys fs.FS, name string) ([]byte, error) {
	if p, ok := fsys.(InPlaceFS); ok {
		if b, ok := p.InPlace(name); ok {
			return b, nil
		}
	}
	return fs.ReadFile(fsys, name)
}
