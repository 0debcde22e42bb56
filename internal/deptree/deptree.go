// Package deptree lists the dependents of a parse's tokens, which several
// stages walk down from a head.
package deptree

import "github.com/newsgraph/newsgraph"

// Children gives each token i of [lo, hi) its dependents in that range,
// in text order, at children[i-lo]; a token that is its own head is no
// dependent of itself. The lists are slices of one array, each capped at
// its end so that no append reaches a neighbour's: counted, then filled,
// instead of an append-grown slice per head, an allocation or two each.
func Children(d *newsgraph.Doc, lo, hi int) [][]int {
	in := func(i, h int) bool { return h >= lo && h < hi && h != i }
	n := hi - lo
	counts := make([]int, n)
	edges := 0
	for i := lo; i < hi; i++ {
		if h := d.Tokens[i].Head; in(i, h) {
			counts[h-lo]++
			edges++
		}
	}
	all := make([]int, edges)
	children := make([][]int, n)
	at := 0
	for k, c := range counts {
		children[k] = all[at : at : at+c]
		at += c
	}
	for i := lo; i < hi; i++ {
		if h := d.Tokens[i].Head; in(i, h) {
			children[h-lo] = append(children[h-lo], i)
		}
	}
	return children
}
