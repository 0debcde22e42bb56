package actors

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"
)

// fixtureActors is an invented dictionary in the Phoenix format: a country,
// a person with dated roles and a default code, two people sharing a
// surname, an NGO, a rebel group, and two spelling variants written
// without their '+'.
const fixtureActors = `# invented actors for tests
BRAKMOR_  [BRK]
+BRAKMORIAN_
+REPUBLIC_OF_BRAKMOR

ANJA_LIND_  # CountryInfo.txt
+MINISTER_LIND_
+ANJA_K._LIND
	[BRKELI 19700101-050310]
	[BRKGOV 050311-120630]
	[BRKGOV >150101]
	[BRKELI]
OSKAR_VENN_  # CountryInfo.txt
	[BRKGOVMIL 100101-141231]
PETRA_VENN_ [BRKELI]

HARBOUR_WATCH_ [NGOBRKHRI]
TIDE_FRONT_ [BRKREB]
+TIDE_FRONT_FIGHTERS

TOMAS_REINHOLT_  # CountryInfo.txt
TOMAS_J._REINHOLT
	[BRKMED <20200101]
`

// fixtureAgents is an invented agent dictionary.
const fixtureAgents = `# invented agents
!PERSON! = MAN, MEN, WOMAN, WOMEN
!MINIST! = MINISTER, MINISTRY

HARBOUR_POLICE {} [~COP]
FERRY!PERSON! [~BUS]
DEFENCE_!MINIST! [~GOVMIL]
!MINIST! [~GOV]
PORT_AUTHORITY [~GOV]
WATCHDOG_GROUP [NGO~]
SKIPPER {SKIPPERS_OF_THE_FLEET} [~BUS]
`

func fixtureKB(t testing.TB) *KB {
	t.Helper()
	es, err := ReadActors(strings.NewReader(fixtureActors), "fixture.actors.txt")
	if err != nil {
		t.Fatal(err)
	}
	ags, err := ReadAgents(strings.NewReader(fixtureAgents), "fixture.agents.txt")
	if err != nil {
		t.Fatal(err)
	}
	return Build(es, ags)
}

func date(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestReadActors(t *testing.T) {
	es, err := ReadActors(strings.NewReader(fixtureActors), "f")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name)
	}
	want := "BRAKMOR|ANJA LIND|OSKAR VENN|PETRA VENN|HARBOUR WATCH|TIDE FRONT|TOMAS REINHOLT|TOMAS J. REINHOLT"
	if got := strings.Join(names, "|"); got != want {
		t.Fatalf("records %s, want %s", got, want)
	}
	lind := es[1]
	if lind.Line != 6 || strings.Join(lind.Aliases, "|") != "MINISTER LIND|ANJA K. LIND" || lind.Comment != "CountryInfo.txt" {
		t.Errorf("Anja Lind read as %+v", lind)
	}
	wantRoles := []Role{
		{Code: "BRKELI", From: date("1970-01-01"), To: date("2005-03-10")}, // YYMMDD 05 is 2005
		{Code: "BRKGOV", From: date("2005-03-11"), To: date("2012-06-30")},
		{Code: "BRKGOV", From: date("2015-01-01")},
		{Code: "BRKELI"},
	}
	if len(lind.Roles) != len(wantRoles) {
		t.Fatalf("roles %+v", lind.Roles)
	}
	for i, r := range wantRoles {
		if lind.Roles[i] != r {
			t.Errorf("role %d = %+v, want %+v", i, lind.Roles[i], r)
		}
	}
	if es[3].Follows != true || es[4].Follows != false || es[7].Follows != true {
		t.Errorf("Follows: Petra %v, Harbour Watch %v, Tomas J. %v", es[3].Follows, es[4].Follows, es[7].Follows)
	}
	if r := es[7].Roles[0]; !r.From.IsZero() || r.To != date("2020-01-01") {
		t.Errorf("<date read as %+v", r)
	}
}

func TestReadActorsMalformed(t *testing.T) {
	for _, c := range []struct {
		name, text string
		line       int
		msg        string
	}{
		{"bad month", "A_\n\t[BRKGOV 051301-060101]\n", 2, "does not exist"},
		{"seven digits", "A_\n\t[BRKGOV 2005011-060101]\n", 2, "not YYMMDD"},
		{"bare date", "A_\n\t[BRKGOV 20050101]\n", 2, "not <date, >date or date-date"},
		{"reversed", "A_\n\t[BRKGOV 060101-050101]\n", 2, "ends before"},
		{"lower-case code", "A_ [brk]\n", 1, "not upper-case"},
		{"unclosed", "A_ [BRK\n", 1, "without ']'"},
		{"trailing text", "A_ [BRK] Extra words\n", 1, "after the codes"},
		{"code first", "\t[BRK]\n", 1, "before any actor"},
		{"synonym first", "+A_\n", 1, "before any actor"},
		{"empty synonym", "A_\n+_\n", 2, "empty phrase"},
		{"control char", "AN\x1aJA_\n", 1, "control character"},
		{"invalid utf8", "AN\xffJA_\n", 1, "UTF-8"},
		{"indented phrase", "A_\n\tB_ [BRK]\n", 2, "neither a code"},
		{"unclosed xml comment", "<!-- no end\nA_\n", 1, "never closed"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ReadActors(strings.NewReader(c.text), "x.txt")
			var le LineErrors
			if !errors.As(err, &le) || len(le) != 1 {
				t.Fatalf("error %v, want one line error", err)
			}
			if le[0].File != "x.txt" || le[0].Line != c.line || !strings.Contains(le[0].Msg, c.msg) {
				t.Errorf("got %v, want x.txt:%d: …%s…", le[0], c.line, c.msg)
			}
		})
	}
}

// A refused record takes its synonyms and codes with it instead of
// handing them to the record before.
func TestReadActorsDropsBadRecord(t *testing.T) {
	es, err := ReadActors(strings.NewReader("GOOD_ [BRK]\nBA\x00D_\n+BAD_ALIAS\n\t[BRKGOV]\nNEXT_ [BRKBUS]\n"), "x")
	if err == nil {
		t.Fatal("no error for a NUL in a name")
	}
	if len(es) != 2 || len(es[0].Aliases) != 0 || len(es[0].Roles) != 1 || es[1].Name != "NEXT" {
		t.Errorf("records %+v", es)
	}
}

func TestReadAgents(t *testing.T) {
	ags, err := ReadAgents(strings.NewReader(fixtureAgents), "a")
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, a := range ags {
		got[strings.Join(a.Forms, "|")] = a.Code
		if a.Code == "NGO" && !a.Prefix {
			t.Error("[NGO~] not read as a prefix code")
		}
	}
	for forms, code := range map[string]string{
		"HARBOUR POLICE": "COP", // {}: no plural
		"FERRYMAN|FERRYMEN|FERRYWOMAN|FERRYWOMEN": "BUS",    // a set, no extra plural
		"DEFENCE MINISTER|DEFENCE MINISTRY":       "GOVMIL", // set inside a phrase
		"PORT AUTHORITY|PORT AUTHORITIES":         "GOV",    // consonant + y
		"WATCHDOG GROUP|WATCHDOG GROUPS":          "NGO",
		"SKIPPER|SKIPPERS OF THE FLEET":           "BUS", // given plural
	} {
		if got[forms] != code {
			t.Errorf("forms %s: code %q, want %q (have %v)", forms, got[forms], code, got)
		}
	}
	for _, c := range []struct{ text, msg string }{
		{"COAST_GUARD\n", "without a [code]"},
		{"COAST_GUARD [GOV]\n", "not [~CODE]"},
		{"!CREW!_CHIEF [~BUS]\n", "not defined"},
		{"COAST_GUARD {GUARDS [~GOV]\n", "plural"},
		{"!SET = A, B\n", "not of the form !NAME!"},
	} {
		_, err := ReadAgents(strings.NewReader("# c\n"+c.text), "a.txt")
		var le LineErrors
		if !errors.As(err, &le) || le[0].Line != 2 || !strings.Contains(le[0].Msg, c.msg) {
			t.Errorf("%q: error %v, want a.txt:2: …%s…", c.text, err, c.msg)
		}
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"ANJA_K._LIND":      "anja k lind",
		"  Anja   K. Lind ": "anja k lind",
		"U.S.":              "us",
		"The Republic of X": "republic of x",
		"Zéroual":           "zeroual",
		"O'Neil":            "oneil",
		"Ban Ki-moon":       "ban ki moon",
		"Procter & Gamble":  "procter and gamble",
		"“Brakmor”":         "brakmor",
		"theatre":           "theatre",
		"...":               "",
	} {
		if got := Normalize(in); got != want {
			t.Errorf("Normalize(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLookup(t *testing.T) {
	kb := fixtureKB(t)
	for _, c := range []struct {
		name string
		ids  string
		m    Match
	}{
		{"Anja Lind", "anja-lind", Exact},
		{"ANJA_LIND", "anja-lind", Exact},
		{"anja k. lind", "anja-lind", Exact},
		{"Minister Lind", "anja-lind", Exact},     // the dictionary's own titled alias
		{"Mrs. Anja Lind", "anja-lind", Untitled}, // a title the dictionary lacks
		{"Lind", "anja-lind", Surname},            // one person called Lind
		{"Ms Lind", "anja-lind", Surname},
		{"Venn", "", NoMatch}, // two people called Venn
		{"the Republic of Brakmor", "brakmor", Exact},
		{"Brakmorian", "brakmor", Exact},
		{"Tomas J. Reinholt", "tomas-reinholt", Exact}, // folded variant
		{"Watch", "", NoMatch},                         // not a person: no surname
		{"", "", NoMatch},
	} {
		as, m := kb.Lookup(c.name)
		var ids []string
		for _, a := range as {
			ids = append(ids, a.ID)
		}
		if strings.Join(ids, ",") != c.ids || m != c.m {
			t.Errorf("Lookup(%q) = %v %v, want %s %v", c.name, ids, m, c.ids, c.m)
		}
	}
}

func TestTypesAndCodes(t *testing.T) {
	kb := fixtureKB(t)
	for id, want := range map[string]Type{"brakmor": Country, "anja-lind": Person, "petra-venn": Person,
		"harbour-watch": Organisation, "tide-front": Group, "tomas-reinholt": Person} {
		a, ok := kb.Actor(id)
		if !ok || a.Type != want {
			t.Errorf("%s: %v, want %s", id, a, want)
		}
	}
	h, _ := kb.Actor("harbour-watch")
	if h.Country != "BRK" || strings.Join(h.Sectors, ",") != "HRI,NGO" {
		t.Errorf("NGOBRKHRI gave country %q sectors %v", h.Country, h.Sectors)
	}
	if c, s := kb.SplitCode("BRKGOVMIL"); c != "BRK" || strings.Join(s, ",") != "GOV,MIL" {
		t.Errorf("SplitCode(BRKGOVMIL) = %q %v", c, s)
	}
	// BRK is a country first, but a later part is always a sector.
	if c, s := kb.SplitCode("GOVBRK"); c != "" || strings.Join(s, ",") != "GOV,BRK" {
		t.Errorf("SplitCode(GOVBRK) = %q %v", c, s)
	}
}

func TestRolesAt(t *testing.T) {
	kb := fixtureKB(t)
	for _, c := range []struct {
		day  string
		want string
	}{
		{"1980-05-01", "BRKELI"},
		{"2005-03-10", "BRKELI"}, // both ends are included
		{"2005-03-11", "BRKGOV"},
		{"2012-06-30", "BRKGOV"},
		{"2013-07-01", "BRKELI"}, // no dated role: the default code
		{"2030-01-01", "BRKGOV"}, // open-ended
	} {
		var codes []string
		for _, r := range kb.RolesAt("anja-lind", date(c.day)) {
			codes = append(codes, r.Code)
		}
		if strings.Join(codes, ",") != c.want {
			t.Errorf("RolesAt(anja-lind, %s) = %v, want %s", c.day, codes, c.want)
		}
	}
	if rs := kb.RolesAt("oskar-venn", date("2016-01-01")); len(rs) != 0 {
		t.Errorf("Oskar Venn after his only role: %v", rs)
	}
	if rs := kb.RolesAt("nobody", date("2016-01-01")); rs != nil {
		t.Errorf("unknown actor has roles %v", rs)
	}
}

func TestAgents(t *testing.T) {
	kb := fixtureKB(t)
	for phrase, want := range map[string]string{
		"harbour police":                  "COP",
		"Defence Minister":                "GOVMIL",
		"the Brakmorian defence ministry": "GOVMIL", // longest final words
		"deputy minister":                 "GOV",
		"ferrywomen":                      "BUS",
		"port authorities":                "GOV",
	} {
		a, ok := kb.AgentOf(phrase)
		if !ok || a.Code != want {
			t.Errorf("AgentOf(%q) = %+v %v, want %s", phrase, a, ok, want)
		}
	}
	if _, ok := kb.AgentOf("harbour polices"); ok {
		t.Error("{} should give no plural")
	}
	if _, ok := kb.Agent("deputy minister"); ok {
		t.Error("Agent is exact, yet matched a longer phrase")
	}
}

func TestEncodeDecode(t *testing.T) {
	kb := fixtureKB(t)
	var a, b strings.Builder
	if err := kb.Encode(&a); err != nil {
		t.Fatal(err)
	}
	if err := fixtureKB(t).Encode(&b); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Fatal("two builds of one dictionary encode differently")
	}
	back, err := Decode(strings.NewReader(a.String()))
	if err != nil {
		t.Fatal(err)
	}
	if back.Len() != kb.Len() || back.Agents() != kb.Agents() {
		t.Fatalf("decoded %d actors %d agents, want %d %d", back.Len(), back.Agents(), kb.Len(), kb.Agents())
	}
	as, m := back.Lookup("Lind")
	if m != Surname || as[0].ID != "anja-lind" || len(as[0].Roles) != 4 || as[0].Sources[0] != "fixture.actors.txt:6" {
		t.Errorf("decoded Lind: %v %+v", m, as)
	}
	if rs := back.RolesAt("anja-lind", date("2006-01-01")); len(rs) != 1 || rs[0].Code != "BRKGOV" {
		t.Errorf("decoded roles at 2006: %v", rs)
	}
	if _, err := Decode(strings.NewReader("not a knowledge base")); err == nil {
		t.Error("Decode accepted garbage")
	}
	// Every truncation of the file is an error, not a panic or a short KB.
	raw := a.String()
	for cut := 0; cut < len(raw); cut += 7 {
		if _, err := Decode(strings.NewReader(raw[:cut])); err == nil {
			t.Fatalf("file cut at %d of %d bytes decoded", cut, len(raw))
		}
	}
}

// FuzzDecode feeds compiled knowledge bases, valid and mangled, to
// Decode: it must refuse what it cannot read, never panic, and a
// knowledge base it accepts must answer lookups.
func FuzzDecode(f *testing.F) {
	var b strings.Builder
	if err := fixtureKB(f).Encode(&b); err != nil {
		f.Fatal(err)
	}
	f.Add([]byte(b.String()))
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, raw []byte) {
		kb, err := Decode(bytes.NewReader(raw))
		if err != nil {
			return
		}
		kb.Lookup("Lind")
		kb.RolesAt("anja-lind", date("2006-01-01"))
	})
}
