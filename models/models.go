// Package models embeds the trained models newsgraph ships, each in a
// directory with a manifest.json (see internal/modelfile). They are made by
// `newsgraph train ...` from the data in ../shared/data and committed, so
// nothing is downloaded at run time.
package models

import "embed"

// FS holds the model directories: clusters/, pos/, ner/, parse/, cues/,
// keeper/, boundaries/, confidence/, actors/, events/.
//
//go:embed all:clusters all:pos all:ner all:parse all:cues all:keeper all:boundaries all:confidence all:actors all:events
var FS embed.FS
