package validate

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/internal/event"
	"github.com/newsgraph/newsgraph/internal/event/dict"
	"github.com/newsgraph/newsgraph/internal/shareddata"
)

// BenchmarkCodeGSR times the coder alone over PETRARCH-2's GSR records
// with their own parses and the Phoenix dictionaries: one op codes every
// record once.
func BenchmarkCodeGSR(b *testing.B) {
	dir := shareddata.Path(b, "events", "universal-petrarch")
	fh, err := os.Open(filepath.Join(dir, "text", "PETR2_GSR_validation.xml"))
	if err != nil {
		b.Fatal(err)
	}
	f, err := corpus.ReadPetrarch(fh)
	fh.Close()
	if err != nil {
		b.Fatal(err)
	}
	var files dict.Files
	for _, key := range []string{"Verbfile", "Actorfile", "Agentfile", "Discardfile", "PICOfile"} {
		for _, name := range f.Env[key] {
			files.Add(filepath.Join(dir, "dictionaries", name))
		}
	}
	set, _ := dict.Load(files) // malformed lines are skipped, as eval does
	if set == nil {
		b.Fatal("no dictionaries")
	}
	c := &event.Coder{Verbs: set.Verbs, Actors: event.DictCoder{KB: set.KB()}, Discards: dict.IndexDiscards(set.Discards),
		KeepNonCAMEO: true, Ontology: set.Ontology}
	var docs []*newsgraph.Doc
	for _, rec := range f.Records {
		if d, err := GoldDoc(rec); err == nil {
			docs = append(docs, d)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			c.Code(d)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(docs)), "ns/record")
}
