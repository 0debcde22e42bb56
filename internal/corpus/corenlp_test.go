package corpus

import (
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeGzip(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "silver.jsonl.gz")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	gz := gzip.NewWriter(f)
	gz.Write([]byte(text))
	if err := gz.Close(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	return path
}

func TestReadCoreNLPTags(t *testing.T) {
	path := writeGzip(t, `{"doc":"a","tokens":[[[0,4,"Port","Port","NN","O"],[5,11,"closes","close","VBZ","O"]],[[12,14,"It","it","PRP","O"]]]}
{"doc":"b","tokens":[[[0,3,"Yes","yes","UH","O"]]]}
`)
	got, err := ReadCoreNLPTags(path)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, s := range got {
		for i := range s.Words {
			b.WriteString(s.Words[i] + "/" + s.Tags[i] + " ")
		}
		b.WriteString("| ")
	}
	if want := "Port/NN closes/VBZ | It/PRP | Yes/UH | "; b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
	parsed := writeGzip(t, `{"doc":"c","tokens":[[[0,4,"Port","Port","NN","O"],[5,11,"closes","close","VBZ","O"]]],"deps":[[[2,"nsubj"],[0,"root"]]]}`)
	sents, err := ReadCoreNLP(parsed)
	if err != nil || len(sents) != 1 {
		t.Fatalf("parsed file: %v, %d sentences", err, len(sents))
	}
	if s := sents[0]; s.Heads[0] != 1 || s.Heads[1] != -1 || s.Rels[0] != "nsubj" || s.NER[1] != "O" {
		t.Errorf("parsed sentence %+v", s)
	}
	bad := writeGzip(t, `{"doc":"a","tokens":[[[0,4,"Port"]]]}`)
	if _, err := ReadCoreNLPTags(bad); err == nil || !strings.Contains(err.Error(), ":1:") {
		t.Errorf("short token: err = %v, want one naming line 1", err)
	}
}
