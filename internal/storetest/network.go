package storetest

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph"
)

// networkTests is the contract of the Store's part named in this file's name.
var networkTests = map[string]func(*testing.T, newsgraph.Store){
	"TimelineCountsByBucket":  testTimelineCountsByBucket,
	"NetworkOfCorpus":         testNetworkOfCorpus,
	"EgoNetwork":              testEgoNetwork,
	"NothingIsEmpty":          testNetworkNothingIsEmpty,
	"BadNetworkQueries":       testBadNetworkQueries,
	"NetworkFollowsRelinking": testNetworkFollowsRelinking,
}

// TellArticle builds by hand an article in which speaker tells addressee
// something about a place: "Ann Vale told Bo Rusk: “Norland must listen.”"
// The speaker and addressee are people, the place a LOC entity named
// inside the quote; a zero published date leaves it undated.
func TellArticle(hash, speaker, addressee, place string, published time.Time) *newsgraph.Article {
	text := speaker + " told " + addressee + ": “" + place + " must listen.”"
	d := newsgraph.NewDoc(newsgraph.Metadata{Published: published, URL: "https://example.org/" + hash},
		[]newsgraph.Block{{Kind: newsgraph.KindBody, Text: text}})
	from := 0
	at := func(s string) newsgraph.Span { // the first s after from
		i := from + strings.Index(text[from:], s)
		from = i + len(s)
		return newsgraph.Span{Start: i, End: i + len(s)}
	}
	src, cue, to := at(speaker), at("told"), at(addressee)
	content, about := newsgraph.Span{Start: to.End + 2, End: len(text)}, at(place)
	d.Mentions = []newsgraph.Mention{{Span: src, Kind: newsgraph.MentionName, Type: "PER", Entity: 0},
		{Span: to, Kind: newsgraph.MentionName, Type: "PER", Entity: 1}, {Span: about, Kind: newsgraph.MentionName, Type: "LOC", Entity: 2}}
	d.Entities = []newsgraph.Entity{{Type: "PER", Name: speaker, Mentions: []int{0}}, {Type: "PER", Name: addressee, Mentions: []int{1}},
		{Type: "LOC", Name: place, Mentions: []int{2}}}
	d.Attributions = []newsgraph.Attribution{{Kind: newsgraph.Direct, Source: &src, Cue: cue, Content: content,
		Speaker:   &newsgraph.Referent{Entity: 0, Name: speaker, Mention: src},
		Addressee: &newsgraph.Referent{Entity: 1, Name: addressee, Mention: to}}}
	return &newsgraph.Article{Hash: hash, Doc: d}
}

// NetworkCorpus stores the network tests' articles, for the stores' and
// the server's tests:
//
//   - Ann Vale tells Bo Rusk about Norland (2026-03-02) and about Vesta
//     (2026-03-03); Bo Rusk tells Ann Vale about Norland (2026-03-20);
//     Ann Vale tells Cy Moor about Port Lume in an undated article stored
//     on 2026-03-05;
//   - EventArticle twice: Norland shells Vesta (2026-03-02, 2026-04-06) and
//     Vesta hosts Norland (dated by the articles, 2026-03-04, 2026-04-10);
//   - Dee Holt speaks of talks with Lakeside, who is mentioned but neither
//     quoted nor told anything, nor in any event (2026-03-06).
//
// So the edges are: addresses Ann→Bo 2, Bo→Ann 1, Ann→Cy 1; mentions
// Ann→Norland 1, Ann→Vesta 1, Ann→Port Lume 1, Bo→Norland 1; acts
// Norland→Vesta 2 (ASSAULT), Vesta→Norland 2 (CONSULT).
func NetworkCorpus(t testing.TB, s newsgraph.Store) {
	t.Helper()
	undated := TellArticle("n4", "Ann Vale", "Cy Moor", "Port Lume", time.Time{})
	undated.Ingested = time.Date(2026, 3, 5, 10, 30, 0, 0, time.UTC)
	for _, a := range []*newsgraph.Article{
		TellArticle("n1", "Ann Vale", "Bo Rusk", "Norland", day("2026-03-02")),
		TellArticle("n2", "Ann Vale", "Bo Rusk", "Vesta", day("2026-03-03")),
		TellArticle("n3", "Bo Rusk", "Ann Vale", "Norland", day("2026-03-20")),
		undated,
		EventArticle("n5", day("2026-03-04"), "2026-03-02"),
		EventArticle("n6", day("2026-04-10"), "2026-04-06"),
		article("n7", "Lakeside talks", "Dee Holt", "We met", day("2026-03-06"), "Lakeside"),
	} {
		if _, added, err := s.Put(ctx, a); err != nil || !added {
			t.Fatalf("Put(%s): added %v, err %v", a.Hash, added, err)
		}
	}
}

// point is a timeline bucket as the tests write it: start, then said,
// addressed, did and done to.
type point struct {
	start                        string
	said, addressed, did, doneTo int
}

func points(ps []newsgraph.TimelinePoint) []point {
	out := make([]point, len(ps))
	for i, p := range ps {
		out[i] = point{p.Start, p.Said, p.Addressed, p.Did, p.DoneTo}
	}
	return out
}

func timeline(t *testing.T, s newsgraph.Store, f newsgraph.TimelineFilter) []point {
	t.Helper()
	ps, err := s.Timeline(ctx, f)
	if err != nil {
		t.Fatalf("Timeline(%+v): %v", f, err)
	}
	for _, p := range ps {
		start, _ := time.Parse(time.DateOnly, p.Start)
		end, _ := time.Parse(time.DateOnly, p.End)
		if days := int(end.Sub(start).Hours()/24) + 1; days != 1 && days != 7 || f.Bucket == newsgraph.BucketWeek && start.Weekday() != time.Monday {
			t.Errorf("bucket %s–%s is not a day or a week from Monday", p.Start, p.End)
		}
	}
	return points(ps)
}

// Quotes count by their article's date, else the day it was stored;
// events by their own date, else their article's; the bucket is a day
// over a short span, a week over a long one or when asked.
func testTimelineCountsByBucket(t *testing.T, s newsgraph.Store) {
	NetworkCorpus(t, s)
	ann, norland := actorNamed(t, s, "Ann Vale"), actorNamed(t, s, "Norland")
	for _, c := range []struct {
		f    newsgraph.TimelineFilter
		want []point
	}{
		{newsgraph.TimelineFilter{Actor: ann.ID}, []point{{"2026-03-02", 1, 0, 0, 0}, {"2026-03-03", 1, 0, 0, 0}, {"2026-03-05", 1, 0, 0, 0}, {"2026-03-20", 0, 1, 0, 0}}},
		{newsgraph.TimelineFilter{Actor: ann.ID, Bucket: newsgraph.BucketWeek}, []point{{"2026-03-02", 3, 0, 0, 0}, {"2026-03-16", 0, 1, 0, 0}}},
		{newsgraph.TimelineFilter{Actor: ann.ID, From: day("2026-03-03"), To: day("2026-03-05")}, []point{{"2026-03-03", 1, 0, 0, 0}, {"2026-03-05", 1, 0, 0, 0}}},
		// A year asked for is too long to count by day.
		{newsgraph.TimelineFilter{Actor: ann.ID, From: day("2026-01-01"), To: day("2026-12-31")}, []point{{"2026-03-02", 3, 0, 0, 0}, {"2026-03-16", 0, 1, 0, 0}}},
		{newsgraph.TimelineFilter{Actor: norland.ID}, []point{{"2026-03-02", 0, 0, 1, 0}, {"2026-03-04", 0, 0, 0, 1}, {"2026-04-06", 0, 0, 1, 0}, {"2026-04-10", 0, 0, 0, 1}}},
		{newsgraph.TimelineFilter{Actor: norland.ID, Bucket: newsgraph.BucketWeek}, []point{{"2026-03-02", 0, 0, 1, 1}, {"2026-04-06", 0, 0, 1, 1}}},
		{newsgraph.TimelineFilter{Actor: norland.ID, To: day("2026-03-31"), Bucket: newsgraph.BucketDay}, []point{{"2026-03-02", 0, 0, 1, 0}, {"2026-03-04", 0, 0, 0, 1}}},
	} {
		if got := timeline(t, s, c.f); !slices.Equal(got, c.want) {
			t.Errorf("Timeline(%+v) = %v, want %v", c.f, got, c.want)
		}
	}
	// Each bar leads to a list holding what it counts.
	if _, n, err := s.Events(ctx, newsgraph.EventFilter{Actor: norland.ID, From: day("2026-04-06"), To: day("2026-04-12")}); err != nil || n != 1 {
		t.Errorf("the events list of the week of 2026-04-06 holds %d (%v), the timeline 1", n, err)
	}
}

// edge is a network edge as the tests write it, actors by name.
type edge struct {
	from, to, kind, typ string
	count               int
}

// networkOf reads a network and checks what every network must hold:
// edges between listed nodes only, nodes heaviest first, weights the sums
// of the listed edges.
func networkOf(t *testing.T, s newsgraph.Store, f newsgraph.NetworkFilter) (nodes []string, edges []edge, total int) {
	t.Helper()
	n, err := s.Network(ctx, f)
	if err != nil {
		t.Fatalf("Network(%+v): %v", f, err)
	}
	names, weights := map[int64]string{}, map[int64]int{}
	for i, node := range n.Nodes {
		names[node.ActorID] = node.Name
		nodes = append(nodes, node.Name)
		if i > 0 && node.Weight > n.Nodes[i-1].Weight {
			t.Errorf("nodes not heaviest first: %+v", n.Nodes)
		}
	}
	for _, e := range n.Edges {
		if names[e.From] == "" || names[e.To] == "" {
			t.Errorf("edge %+v has an end that is no node", e)
		}
		weights[e.From] += e.Count
		weights[e.To] += e.Count
		edges = append(edges, edge{names[e.From], names[e.To], e.Kind, e.Type, e.Count})
	}
	for _, node := range n.Nodes {
		if node.Weight != weights[node.ActorID] {
			t.Errorf("%s weighs %d, its edges %d", node.Name, node.Weight, weights[node.ActorID])
		}
	}
	slices.Sort(nodes)
	slices.SortFunc(edges, func(a, b edge) int { return strings.Compare(a.from+a.to+a.kind, b.from+b.to+b.kind) })
	return nodes, edges, n.Total
}

func testNetworkOfCorpus(t *testing.T, s newsgraph.Store) {
	NetworkCorpus(t, s)
	nodes, edges, total := networkOf(t, s, newsgraph.NetworkFilter{})
	want := []edge{
		{"Ann Vale", "Bo Rusk", "addresses", "", 2}, {"Ann Vale", "Cy Moor", "addresses", "", 1},
		{"Ann Vale", "Norland", "mentions", "", 1}, {"Ann Vale", "Port Lume", "mentions", "", 1}, {"Ann Vale", "Vesta", "mentions", "", 1},
		{"Bo Rusk", "Ann Vale", "addresses", "", 1}, {"Bo Rusk", "Norland", "mentions", "", 1},
		{"Norland", "Vesta", "acts", "ASSAULT", 2}, {"Vesta", "Norland", "acts", "CONSULT", 2},
	}
	if !slices.Equal(edges, want) || len(nodes) != 6 || total != 6 {
		t.Errorf("whole network: %d of %d nodes %q, edges\n%v\nwant\n%v", len(nodes), total, nodes, edges, want)
	}
	// Bounded to the three heaviest: Ann Vale (7), Norland (6), Vesta (5).
	nodes, edges, total = networkOf(t, s, newsgraph.NetworkFilter{Limit: 3})
	want = []edge{{"Ann Vale", "Norland", "mentions", "", 1}, {"Ann Vale", "Vesta", "mentions", "", 1},
		{"Norland", "Vesta", "acts", "ASSAULT", 2}, {"Vesta", "Norland", "acts", "CONSULT", 2}}
	if !slices.Equal(nodes, []string{"Ann Vale", "Norland", "Vesta"}) || !slices.Equal(edges, want) || total != 6 {
		t.Errorf("three nodes: %q of %d, edges %v", nodes, total, edges)
	}
	// Bounded to one: the heaviest alone, with no edge to draw.
	nodes, edges, total = networkOf(t, s, newsgraph.NetworkFilter{Limit: 1})
	if !slices.Equal(nodes, []string{"Ann Vale"}) || len(edges) != 0 || total != 6 {
		t.Errorf("one node: %q of %d, edges %v", nodes, total, edges)
	}
	// From 2026-03-10: Bo's quote of the 20th and the second article's events.
	_, edges, _ = networkOf(t, s, newsgraph.NetworkFilter{From: day("2026-03-10")})
	want = []edge{{"Bo Rusk", "Ann Vale", "addresses", "", 1}, {"Bo Rusk", "Norland", "mentions", "", 1},
		{"Norland", "Vesta", "acts", "ASSAULT", 1}, {"Vesta", "Norland", "acts", "CONSULT", 1}}
	if !slices.Equal(edges, want) {
		t.Errorf("from 2026-03-10: %v", edges)
	}
	// To 2026-03-05 takes in the undated article stored that day.
	_, edges, _ = networkOf(t, s, newsgraph.NetworkFilter{From: day("2026-03-05"), To: day("2026-03-05"), Kinds: []string{newsgraph.EdgeAddresses}})
	if !slices.Equal(edges, []edge{{"Ann Vale", "Cy Moor", "addresses", "", 1}}) {
		t.Errorf("addresses on 2026-03-05: %v", edges)
	}
	nodes, edges, _ = networkOf(t, s, newsgraph.NetworkFilter{Kinds: []string{newsgraph.EdgeActs}})
	if !slices.Equal(nodes, []string{"Norland", "Vesta"}) || len(edges) != 2 {
		t.Errorf("acts only: %q, %v", nodes, edges)
	}
}

// An ego network holds the actor, the neighbours most tied to it and the
// edges among them all, neighbours' edges to each other included.
func testEgoNetwork(t *testing.T, s newsgraph.Store) {
	NetworkCorpus(t, s)
	bo := actorNamed(t, s, "Bo Rusk")
	nodes, edges, total := networkOf(t, s, newsgraph.NetworkFilter{Actor: bo.ID})
	want := []edge{{"Ann Vale", "Bo Rusk", "addresses", "", 2}, {"Ann Vale", "Norland", "mentions", "", 1},
		{"Bo Rusk", "Ann Vale", "addresses", "", 1}, {"Bo Rusk", "Norland", "mentions", "", 1}}
	if !slices.Equal(nodes, []string{"Ann Vale", "Bo Rusk", "Norland"}) || !slices.Equal(edges, want) || total != 3 {
		t.Errorf("Bo's network: %q of %d, edges\n%v\nwant\n%v", nodes, total, edges, want)
	}
	nodes, edges, total = networkOf(t, s, newsgraph.NetworkFilter{Actor: bo.ID, Limit: 2})
	if !slices.Equal(nodes, []string{"Ann Vale", "Bo Rusk"}) || len(edges) != 2 || total != 3 {
		t.Errorf("Bo's network, two nodes: %q of %d, %v", nodes, total, edges)
	}
	nodes, _, _ = networkOf(t, s, newsgraph.NetworkFilter{Actor: bo.ID, To: day("2026-03-10")})
	if !slices.Equal(nodes, []string{"Ann Vale", "Bo Rusk"}) {
		t.Errorf("Bo's network to 2026-03-10: %q", nodes)
	}
}

// Edges are counted as articles are stored; when re-linking changes the
// actors (here a user merges Bo Rusk into Ann Vale), the counts follow:
// Ann and Bo's exchanges become one actor's and drop out, and their
// mentions of Norland add up. An article stored afterwards adds its own.
func testNetworkFollowsRelinking(t *testing.T, s newsgraph.Store) {
	NetworkCorpus(t, s)
	ann, bo := actorNamed(t, s, "Ann Vale"), actorNamed(t, s, "Bo Rusk")
	if _, err := s.Correct(ctx, newsgraph.CorrectMerge, ann.ID, bo.ID, ""); err != nil {
		t.Fatal(err)
	}
	relink(t, s)
	_, edges, total := networkOf(t, s, newsgraph.NetworkFilter{Kinds: []string{newsgraph.EdgeAddresses, newsgraph.EdgeMentions}})
	want := []edge{{"Ann Vale", "Cy Moor", "addresses", "", 1},
		{"Ann Vale", "Norland", "mentions", "", 2}, {"Ann Vale", "Port Lume", "mentions", "", 1}, {"Ann Vale", "Vesta", "mentions", "", 1}}
	if !slices.Equal(edges, want) || total != 5 {
		t.Errorf("after merging Bo into Ann: %d actors, edges\n%v\nwant\n%v", total, edges, want)
	}
	mustPut(t, s, TellArticle("n8", "Cy Moor", "Bo Rusk", "Vesta", day("2026-03-21")))
	_, edges, _ = networkOf(t, s, newsgraph.NetworkFilter{Actor: ann.ID, From: day("2026-03-21"), Kinds: []string{newsgraph.EdgeAddresses}})
	if want := []edge{{"Cy Moor", "Ann Vale", "addresses", "", 1}}; !slices.Equal(edges, want) {
		t.Errorf("a new article after the merge: %v, want %v", edges, want)
	}
}

// An actor with nothing to count has an empty timeline and network.
func testNetworkNothingIsEmpty(t *testing.T, s newsgraph.Store) {
	NetworkCorpus(t, s)
	lake := actorNamed(t, s, "Lakeside")
	if ps, err := s.Timeline(ctx, newsgraph.TimelineFilter{Actor: lake.ID}); err != nil || ps == nil || len(ps) != 0 {
		t.Errorf("Lakeside's timeline: %v, %v", ps, err)
	}
	if n, err := s.Network(ctx, newsgraph.NetworkFilter{Actor: lake.ID}); err != nil || n.Nodes == nil || n.Edges == nil || len(n.Nodes)+len(n.Edges)+n.Total != 0 {
		t.Errorf("Lakeside's network: %+v, %v", n, err)
	}
	ann := actorNamed(t, s, "Ann Vale")
	if ps, err := s.Timeline(ctx, newsgraph.TimelineFilter{Actor: ann.ID, From: day("2027-01-01")}); err != nil || len(ps) != 0 {
		t.Errorf("Ann's timeline in 2027: %v, %v", ps, err)
	}
	if n, err := s.Network(ctx, newsgraph.NetworkFilter{From: day("2027-01-01")}); err != nil || len(n.Nodes) != 0 || len(n.Edges) != 0 {
		t.Errorf("the network in 2027: %+v, %v", n, err)
	}
}

func testBadNetworkQueries(t *testing.T, s newsgraph.Store) {
	NetworkCorpus(t, s)
	ann := actorNamed(t, s, "Ann Vale")
	for name, err := range map[string]error{
		"timeline of no actor": second(s.Timeline(ctx, newsgraph.TimelineFilter{Actor: 9999})),
		"network of no actor":  second(s.Network(ctx, newsgraph.NetworkFilter{Actor: 9999})),
	} {
		if newsgraph.ErrorCode(err) != newsgraph.ENOTFOUND {
			t.Errorf("%s: %v, want not found", name, err)
		}
	}
	for name, err := range map[string]error{
		"bucket month":        second(s.Timeline(ctx, newsgraph.TimelineFilter{Actor: ann.ID, Bucket: "month"})),
		"timeline backwards":  second(s.Timeline(ctx, newsgraph.TimelineFilter{Actor: ann.ID, From: day("2026-03-05"), To: day("2026-03-01")})),
		"network backwards":   second(s.Network(ctx, newsgraph.NetworkFilter{From: day("2026-03-05"), To: day("2026-03-01")})),
		"kind of edge":        second(s.Network(ctx, newsgraph.NetworkFilter{Kinds: []string{"likes"}})),
		"negative node limit": second(s.Network(ctx, newsgraph.NetworkFilter{Limit: -1})),
	} {
		if newsgraph.ErrorCode(err) != newsgraph.EINVALID {
			t.Errorf("%s: %v, want invalid", name, err)
		}
	}
	if n, err := s.Network(ctx, newsgraph.NetworkFilter{Limit: 1 << 30}); err != nil || len(n.Nodes) != 6 {
		t.Errorf("a huge limit: %+v, %v", n, err)
	}
}

// second is the error of a two-valued call.
func second[T any](_ T, err error) error { return err }
