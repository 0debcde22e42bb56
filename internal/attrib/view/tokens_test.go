package view

import "testing"

// Describe drops a leading article and a relative clause that only asks
// not to be named; a relative clause that says who the source is stays.
func TestDescribe(t *testing.T) {
	for src, want := range map[string]string{
		"the South Korean military": "South Korean military",
		"one owner of a shop who declined to be named for fear of reprisals":        "one owner of a shop",
		"A nurse, who spoke on condition of anonymity,":                             "nurse",
		"people who attended the meeting":                                           "people who attended the meeting",
		"an official who asked not to be identified":                                "official",
		"a person who attended and described her remarks on condition of anonymity": "person who attended and described her remarks on condition of anonymity",
		"an İzmir official who declined to be named":                                "İzmir official",
		"an official who spoke on condition of anonymity and a diplomat":            "official who spoke on condition of anonymity and a diplomat",
		"The WHO": "WHO",
	} {
		if got := Describe(src); got != want {
			t.Errorf("Describe(%q) = %q, want %q", src, got, want)
		}
	}
}
