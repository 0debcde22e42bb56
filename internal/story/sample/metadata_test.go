package sample

import (
	"strings"
	"testing"
	"time"
)

const header = "compartment\tfilename\tpublisher\tpublication_date\ttitle\n"

func TestReadMetadata(t *testing.T) {
	m, err := ReadMetadata(strings.NewReader(header + "dev\torra-post_2031-03-02_strike\torra-post\t2031-03-02\tA title\n\n"))
	if err != nil {
		t.Fatal(err)
	}
	got := m["orra-post_2031-03-02_strike"]
	if got.Compartment != "dev" || got.Publisher != "orra-post" || !got.Published.Equal(time.Date(2031, 3, 2, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("read %+v", got)
	}
	for _, c := range []struct{ in, want string }{
		{"", "no header"},
		{"compartment\tfilename\n", `no "publisher"`},
		{header + "dev\tx\n", "line 2"},
		{header + "dev\tx\tp\t2031-13-40\n", "x"},
		{header + "../etc\tx\tp\t2031-03-02\n", "bad compartment"},
		{header + "dev\t../x\tp\t2031-03-02\n", "bad file name"},
		{header + "dev\tx\tp\t2031-03-02\ndev\tx\tp\t2031-03-02\n", "listed twice"},
	} {
		if _, err := ReadMetadata(strings.NewReader(c.in)); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want one saying %q", c.in, err, c.want)
		}
	}
}

func FuzzReadMetadata(f *testing.F) {
	f.Add(header + "dev\tx\tp\t2031-03-02\tt\n")
	f.Add("filename\tcompartment\tpublication_date\tpublisher\nx\n")
	f.Fuzz(func(t *testing.T, in string) {
		m, err := ReadMetadata(strings.NewReader(in))
		if err != nil {
			return
		}
		for name, meta := range m {
			if name == "" || strings.ContainsAny(name, `/\`) || strings.ContainsAny(meta.Compartment, `/\.`) {
				t.Fatalf("accepted a path-like name %q / %q", name, meta.Compartment)
			}
		}
	})
}
