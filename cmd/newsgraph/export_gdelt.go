package main

import (
	"bufio"
	"cmp"
	"io"
	"strconv"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// gdeltColumns are the columns of GDELT 2.0's event table, in its order;
// `export events --format tsv` writes one row of them per event, with no
// header, as GDELT's own files are.
//
// newsgraph fills: GLOBALEVENTID (the stored event's id), SQLDATE,
// MonthYear, Year and FractionDate (from the event's date, else its
// article's day), Actor1Code and Actor2Code (the first actor's and the
// first recipient's first dictionary code), Actor1Name and Actor2Name
// (their actors' names, else the article's words), IsRootEvent (1 for an
// event of the article's first sentence), EventCode, EventBaseCode and
// EventRootCode (the CAMEO code and its first three and two digits),
// QuadClass, GoldsteinScale, NumMentions, NumSources and NumArticles (1:
// a row is one event read in one article; newsgraph does not merge
// reports of one event across articles), ActionGeo_FullName (the place's
// entity name, else its words), DATEADDED (when the article was stored,
// YYYYMMDDHHMMSS UTC) and SOURCEURL (the article's URL).
//
// Empty, because newsgraph has no value for them: the actors' country,
// known group, ethnic, religion and type codes (its dictionary codes are
// not split into CAMEO's parts), AvgTone, every Actor1Geo_ and Actor2Geo_
// column, and ActionGeo_ other than its full name (places are not
// geocoded). Tabs and line breaks in names become spaces.
var gdeltColumns = []string{
	"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
	"Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
	"Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
	"Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
	"Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
	"IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
	"GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
	"Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
	"Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
	"Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
	"Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
	"ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
	"ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
	"DATEADDED", "SOURCEURL",
}

type gdeltEvents struct{ w *bufio.Writer }

func newGDELTEvents(w io.Writer) rowWriter[newsgraph.EventRecord] {
	return gdeltEvents{bufio.NewWriter(w)}
}

func (g gdeltEvents) Write(e newsgraph.EventRecord) error {
	row := gdeltRow(e)
	for i, v := range row {
		if i > 0 {
			g.w.WriteByte('\t')
		}
		g.w.WriteString(v)
	}
	return g.w.WriteByte('\n')
}

func (g gdeltEvents) Flush() error { return g.w.Flush() }

// gdeltRow is e's values for gdeltColumns, in their order.
func gdeltRow(e newsgraph.EventRecord) []string {
	v := map[string]string{
		"GLOBALEVENTID": strconv.FormatInt(e.ID, 10),
		"EventCode":     e.CAMEO, "EventBaseCode": prefix(e.CAMEO, 3), "EventRootCode": prefix(e.CAMEO, 2),
		"QuadClass":      strconv.Itoa(e.QuadClass),
		"GoldsteinScale": strconv.FormatFloat(e.Goldstein, 'f', -1, 64),
		"NumMentions":    "1", "NumSources": "1", "NumArticles": "1",
		"SOURCEURL": e.Article.URL,
	}
	if e.Sentence == 0 {
		v["IsRootEvent"] = "1"
	} else {
		v["IsRootEvent"] = "0"
	}
	if d := strings.ReplaceAll(e.Dated, "-", ""); len(d) == 8 {
		v["SQLDATE"], v["MonthYear"], v["Year"], v["FractionDate"] = d, d[:6], d[:4], fractionDate(d)
	}
	for prefix, side := range map[string][]newsgraph.EventParticipant{"Actor1": e.Actor, "Actor2": e.Recipient} {
		if len(side) > 0 {
			if len(side[0].Codes) > 0 {
				v[prefix+"Code"] = side[0].Codes[0]
			}
			v[prefix+"Name"] = side[0].Name()
		}
	}
	if p := e.Place; p != nil {
		v["ActionGeo_FullName"] = cmp.Or(p.Name, p.Text)
	}
	if !e.Article.Ingested.IsZero() {
		v["DATEADDED"] = e.Article.Ingested.UTC().Format("20060102150405")
	}
	row := make([]string, len(gdeltColumns))
	for i, c := range gdeltColumns {
		row[i] = strings.Join(strings.Fields(v[c]), " ") // no tab or line break ends a field early
	}
	return row
}

// fractionDate is GDELT's YYYY.FFFF of a YYYYMMDD day: the year plus
// (month × 30 + day) / 365, to four places.
func fractionDate(d string) string {
	year, _ := strconv.Atoi(d[:4])
	month, _ := strconv.Atoi(d[4:6])
	day, _ := strconv.Atoi(d[6:])
	return strconv.FormatFloat(float64(year)+float64(month*30+day)/365, 'f', 4, 64)
}

// prefix is the first n bytes of s, or s when shorter.
func prefix(s string, n int) string { return s[:min(n, len(s))] }
