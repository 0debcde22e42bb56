package web

import (
	"fmt"
	"math"
	"net/url"
	"slices"
	"strconv"

	"github.com/newsgraph/newsgraph"
)

// networkChart is what the "networkchart" template draws: actors as
// circles sized by weight, each a link to its page; edges as curved
// arrows coloured by kind, each with its count as a tooltip.
type networkChart struct {
	Width, Height int
	Small         bool // the actor page's panel: smaller, fewer labels
	Nodes         []chartNode
	Edges         []chartEdge
	Key           []chartKey // the kinds of edge
}

// chartNode is an actor drawn: its circle, its label and its link.
type chartNode struct {
	X, Y, R        float64
	LabelX, LabelY float64 // kept inside the drawing
	Label, Title   string
	Type, Href     string
	Ego            bool
}

// chartEdge is an edge drawn as a quadratic curve (D), so that A to B
// and B to A do not overlap; Href lists what it counts, when a list can.
type chartEdge struct {
	D, Kind, Title, Href string
	Width                float64
}

// edgeKind is a kind of edge as the key shows it.
type edgeKind struct{ Kind, Label string }

var edgeKinds = []edgeKind{{newsgraph.EdgeAddresses, "addresses"}, {newsgraph.EdgeMentions, "quoted about"}, {newsgraph.EdgeActs, "acts on"}}

// Network chart sizes: the full view and the actor page's panel.
const (
	networkWidth, networkHeight = 820, 620
	panelWidth, panelHeight     = 400, 300
)

// newNetworkChart lays n out; ego is the actor at the centre (0 for
// none), small the actor page's panel.
func newNetworkChart(n *newsgraph.Network, f newsgraph.NetworkFilter, small bool) *networkChart {
	if len(n.Nodes) == 0 {
		return nil
	}
	c := &networkChart{Width: networkWidth, Height: networkHeight, Small: small}
	for i, k := range edgeKinds {
		c.Key = append(c.Key, chartKey{X: 10 + float64(i)*140, Class: k.Kind, Label: k.Label})
	}
	if small {
		c.Width, c.Height = panelWidth, panelHeight
	}
	at := make(map[int64]int, len(n.Nodes))
	pinned := -1
	for i, node := range n.Nodes {
		at[node.ActorID] = i
		if node.ActorID == f.Actor {
			pinned = i
		}
	}
	var pairs [][2]int
	for _, e := range n.Edges {
		pairs = append(pairs, [2]int{at[e.From], at[e.To]})
	}
	spots := forceLayout(len(n.Nodes), pairs, pinned)
	c.Nodes = chartNodes(n.Nodes, spots, f.Actor, c)
	c.Edges = chartEdges(n, at, c.Nodes, f)
	return c
}

// chartNodes places the actors in the chart, leaving room for labels.
func chartNodes(nodes []newsgraph.NetworkNode, spots []spot, ego int64, c *networkChart) []chartNode {
	// The key takes the bottom line; a character of a label is about
	// charWidth wide.
	marginX, marginY, maxR, labelLen, charWidth := 80.0, 30.0, 18.0, 28, 6.8
	if c.Small {
		marginX, marginY, maxR, labelLen, charWidth = 56, 22, 11, 18, 6.2
	}
	heaviest := 1
	for _, n := range nodes {
		heaviest = max(heaviest, n.Weight)
	}
	out := make([]chartNode, len(nodes))
	for i, n := range nodes {
		r := maxR/3 + maxR*2/3*math.Sqrt(float64(n.Weight)/float64(heaviest))
		x := marginX + spots[i].X*(float64(c.Width)-2*marginX)
		y := marginY + spots[i].Y*(float64(c.Height)-2*marginY-30)
		label := clip(n.Name, labelLen)
		half := float64(len([]rune(label)))*charWidth/2 + 2
		out[i] = chartNode{X: round1(x), Y: round1(y), R: round1(r), LabelX: round1(clamp(x, half, float64(c.Width)-half)), LabelY: round1(y + r + 12), Label: label,
			Title: fmt.Sprintf("%s (%s): %d", n.Name, n.Type, n.Weight), Type: n.Type, Href: "/actors/" + strconv.FormatInt(n.ActorID, 10),
			Ego: n.ActorID == ego}
	}
	return out
}

// chartEdges draws each edge from the rim of one circle to the rim of the
// other, bent to its left (each kind a little more, so that kinds between
// the same pair part), as thick as its count allows.
func chartEdges(n *newsgraph.Network, at map[int64]int, nodes []chartNode, f newsgraph.NetworkFilter) []chartEdge {
	most := 1
	for _, e := range n.Edges {
		most = max(most, e.Count)
	}
	out := make([]chartEdge, 0, len(n.Edges))
	for _, e := range n.Edges {
		a, b := nodes[at[e.From]], nodes[at[e.To]]
		bend := 0.12 + 0.1*float64(slices.IndexFunc(edgeKinds, func(k edgeKind) bool { return k.Kind == e.Kind }))
		out = append(out, chartEdge{D: curve(a, b, bend), Kind: e.Kind, Width: round1(1 + 3*float64(e.Count)/float64(most)),
			Title: edgeTitle(n.Nodes[at[e.From]].Name, n.Nodes[at[e.To]].Name, e), Href: edgeLink(e, f)})
	}
	return out
}

// curve is the SVG path of a quadratic curve from a's rim to b's, bent
// by bend (of its length) to the left of its direction.
func curve(a, b chartNode, bend float64) string {
	dx, dy := b.X-a.X, b.Y-a.Y
	cx, cy := (a.X+b.X)/2-dy*bend, (a.Y+b.Y)/2+dx*bend
	toward := func(from chartNode, r float64) (float64, float64) { // from's rim, toward the control point
		ux, uy := cx-from.X, cy-from.Y
		d := math.Max(math.Hypot(ux, uy), 1)
		return round1(from.X + ux/d*r), round1(from.Y + uy/d*r)
	}
	sx, sy := toward(a, a.R)
	ex, ey := toward(b, b.R+1)
	return fmt.Sprintf("M%g %gQ%g %g %g %g", sx, sy, round1(cx), round1(cy), ex, ey)
}

// edgeTitle says what an edge counts: "Ann Vale addresses Bo Rusk: 2 quotes".
func edgeTitle(from, to string, e newsgraph.NetworkEdge) string {
	switch e.Kind {
	case newsgraph.EdgeAddresses:
		return fmt.Sprintf("%s addresses %s: %s", from, to, plural(e.Count, "quote"))
	case newsgraph.EdgeMentions:
		return fmt.Sprintf("%s is quoted about %s: %s", from, to, plural(e.Count, "quote"))
	}
	return fmt.Sprintf("%s acts on %s: %s, most often %s", from, to, plural(e.Count, "event"), e.Type)
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// edgeLink lists what an edge counts, in the network's dates: the quotes
// from one actor to the other, or the events; "" for quotes about an
// actor, which no list selects by actor.
func edgeLink(e newsgraph.NetworkEdge, f newsgraph.NetworkFilter) string {
	v := url.Values{}
	list := "/events"
	switch e.Kind {
	case newsgraph.EdgeAddresses:
		list = "/quotes"
		v.Set("to_actor", strconv.FormatInt(e.To, 10))
	case newsgraph.EdgeActs:
		v.Set("recipient", strconv.FormatInt(e.To, 10))
	default:
		return ""
	}
	v.Set("actor", strconv.FormatInt(e.From, 10))
	if dates := datesQuery(f.From, f.To); dates != "" {
		return list + "?" + v.Encode() + "&" + dates
	}
	return list + "?" + v.Encode()
}
