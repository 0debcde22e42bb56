package web

import "math"

// The network is laid out in Go, not in the browser: a force-directed
// layout (Fruchterman and Reingold's: nodes repel, edges pull, the moves
// shrink as it cools) run a fixed number of steps from a fixed start, so
// the same network is drawn the same way every time and a test can check
// it. Networks are bounded to MaxNetworkNodes, and at up to 150 nodes the
// O(n²) steps cost a few milliseconds. A circle ordered by weight would
// be cheaper but puts the most connected actors side by side and draws
// every edge across the middle; forces put the actors that deal with
// each other close together, which is what a reader looks for.

// spot is a position in the unit square.
type spot struct{ X, Y float64 }

// layoutSteps is how many steps the layout runs: enough for 50 nodes to
// settle (their moves are tiny well before), few enough to stay cheap.
const layoutSteps = 300

// forceLayout places n nodes, linked by edges (pairs of node indexes),
// in the unit square. Nodes start on a circle in index order (heaviest
// first); a pinned node (the actor of an ego network; -1 for none)
// stays at the centre.
func forceLayout(n int, edges [][2]int, pinned int) []spot {
	pos := make([]spot, n)
	if n == 0 {
		return pos
	}
	for i := range pos {
		angle := 2 * math.Pi * float64(i) / float64(n)
		pos[i] = spot{0.5 + 0.4*math.Cos(angle), 0.5 + 0.4*math.Sin(angle)}
	}
	if pinned >= 0 && pinned < n {
		pos[pinned] = spot{0.5, 0.5}
	}
	k := math.Sqrt(1 / float64(n)) // the distance at which pull and push balance
	for step := range layoutSteps {
		temperature := 0.1 * (1 - float64(step)/layoutSteps)
		move := forces(pos, edges, k)
		for i := range pos {
			if i == pinned {
				continue
			}
			d := math.Hypot(move[i].X, move[i].Y)
			if d == 0 {
				continue
			}
			limit := math.Min(d, temperature)
			pos[i].X = clamp(pos[i].X+move[i].X/d*limit, 0, 1)
			pos[i].Y = clamp(pos[i].Y+move[i].Y/d*limit, 0, 1)
		}
	}
	return separate(spread(pos), pinned)
}

// separate pushes apart nodes nearer each other than a label's room
// (forces balance on average, and a heavy neighbour can still end on top
// of the actor it is pulled to), a few passes over every pair, the
// pinned node staying put.
func separate(pos []spot, pinned int) []spot {
	room := math.Min(0.16, 0.6/math.Sqrt(float64(len(pos))))
	for range 40 {
		moved := false
		for i := range pos {
			for j := i + 1; j < len(pos); j++ {
				dx, dy := pos[j].X-pos[i].X, pos[j].Y-pos[i].Y
				d := math.Hypot(dx, dy)
				if d >= room {
					continue
				}
				if d < 1e-9 { // on top of each other: part them sideways
					dx, dy, d = 1, 0, 1
				}
				push := (room - d) / 2
				ux, uy := dx/d*push, dy/d*push
				if i != pinned {
					pos[i] = spot{clamp(pos[i].X-ux, 0, 1), clamp(pos[i].Y-uy, 0, 1)}
				}
				if j != pinned {
					pos[j] = spot{clamp(pos[j].X+ux, 0, 1), clamp(pos[j].Y+uy, 0, 1)}
				}
				moved = true
			}
		}
		if !moved {
			break
		}
	}
	return pos
}

// forces is each node's pull and push: every pair repels (k²/d), each edge
// attracts its ends (d²/k), and a weak pull to the centre keeps actors
// with no edge among the rest from drifting to the edges of the square.
func forces(pos []spot, edges [][2]int, k float64) []spot {
	move := make([]spot, len(pos))
	for i := range pos {
		for j := i + 1; j < len(pos); j++ {
			dx, dy := pos[i].X-pos[j].X, pos[i].Y-pos[j].Y
			d := math.Max(math.Hypot(dx, dy), 0.001)
			f := k * k / d
			move[i].X, move[i].Y = move[i].X+dx/d*f, move[i].Y+dy/d*f
			move[j].X, move[j].Y = move[j].X-dx/d*f, move[j].Y-dy/d*f
		}
	}
	for _, e := range edges {
		a, b := e[0], e[1]
		dx, dy := pos[a].X-pos[b].X, pos[a].Y-pos[b].Y
		d := math.Max(math.Hypot(dx, dy), 0.001)
		f := d * d / k
		move[a].X, move[a].Y = move[a].X-dx/d*f, move[a].Y-dy/d*f
		move[b].X, move[b].Y = move[b].X+dx/d*f, move[b].Y+dy/d*f
	}
	for i := range pos {
		move[i].X += (0.5 - pos[i].X) * k
		move[i].Y += (0.5 - pos[i].Y) * k
	}
	return move
}

// spread stretches the layout to fill the unit square, keeping its
// proportions, so that a small cluster is not drawn small.
func spread(pos []spot) []spot {
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range pos {
		minX, minY, maxX, maxY = math.Min(minX, p.X), math.Min(minY, p.Y), math.Max(maxX, p.X), math.Max(maxY, p.Y)
	}
	size := math.Max(maxX-minX, maxY-minY)
	if size < 1e-9 {
		for i := range pos {
			pos[i] = spot{0.5, 0.5}
		}
		return pos
	}
	offX, offY := (1-(maxX-minX)/size)/2, (1-(maxY-minY)/size)/2
	for i, p := range pos {
		pos[i] = spot{offX + (p.X-minX)/size, offY + (p.Y-minY)/size}
	}
	return pos
}

func clamp(v, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, v)) }
