// Package models embeds the trained models newsgraph ships, each in a
// directory with a manifest.json (see internal/modelfile). They are made by
// `newsgraph train ...` from the data in ../shared/data and committed, so
// nothing is downloaded at run time.
package models

import (
	"embed"
	"unsafe"
)

//go:embed all:clusters all:pos all:ner all:parse all:cues all:keeper all:boundaries all:confidence all:actors all:events
var files embed.FS

// The files used in place (see Dirs.InPlace): the perceptrons' weights
// and the actors' knowledge base. A file embedded both here and in files
// is stored in the program once.
var (
	//go:embed pos/weights.img
	posWeights string
	//go:embed ner/weights.img
	nerWeights string
	//go:embed parse/weights.img
	parseWeights string
	//go:embed cues/weights.img
	cuesWeights string
	//go:embed keeper/weights.img
	keeperWeights string
	//go:embed boundaries/weights.img
	boundariesWeights string
	//go:embed actors/actors.bin
	actorsKB string
)

// FS holds the model directories: clusters/, pos/, ner/, parse/, cues/,
// keeper/, boundaries/, confidence/, actors/, events/.
var FS = Dirs{FS: files, inPlace: map[string]string{
	"pos/weights.img":        posWeights,
	"ner/weights.img":        nerWeights,
	"parse/weights.img":      parseWeights,
	"cues/weights.img":       cuesWeights,
	"keeper/weights.img":     keeperWeights,
	"boundaries/weights.img": boundariesWeights,
	"actors/actors.bin":      actorsKB,
}}

// Dirs is the embedded model directories. Besides reading them as any
// file system, it hands out the perceptrons' weights and the actors'
// knowledge base in place (modelfile.InPlaceFS), so that loading them
// copies nothing.
type Dirs struct {
	embed.FS
	inPlace map[string]string
}

// InPlace returns the bytes of file name, embedded in the program, without
// a copy. That is safe because go:embed string data lies in the program's
// read-only memory for as long as the program runs: the slice stays valid,
// and the readers only read it (a write would fault, not corrupt).
func (d Dirs) InPlace(name string) ([]byte, bool) {
	s, ok := d.inPlace[name]
	if !ok || len(s) == 0 {
		return nil, false
	}
	return unsafe.Slice(unsafe.StringData(s), len(s)), true
}
