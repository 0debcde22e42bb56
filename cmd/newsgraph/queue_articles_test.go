package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Invented news for the queue's tests and benchmark: names, places and
// words made up here, combined so that every index gives another article,
// each with a few quotes for the attribution stages to find.
var (
	inventedPlaces  = []string{"Lowmere", "Brackwater", "Oskel", "Fenholt", "Tarrow Bay", "Kellin", "Aldmoor", "Ruswick", "Pellan", "Strathy"}
	inventedBodies  = []string{"harbour board", "city council", "water authority", "school trust", "transit agency", "health board", "port union", "farmers' league"}
	inventedPeople  = []string{"Ilse Varga", "Tom Reyes", "Marta Quell", "Jonas Brandt", "Amara Osei", "Lena Sorvik", "Pavel Hruda", "Nadia Ferreira", "Owen Maddox", "Sunita Rao", "Karl Ebner"}
	inventedRoles   = []string{"chair", "spokeswoman", "treasurer", "director", "mayor", "chief engineer"}
	inventedPlans   = []string{"rebuild the old pier", "close two night routes", "raise fees by a tenth", "open a new clinic", "repair the flood wall", "buy six electric buses", "sell the depot"}
	inventedReasons = []string{"the budget is already stretched", "residents asked for it twice", "the winter storms did more damage than expected", "the lease runs out in March", "no bank would lend the money"}
	inventedDays    = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}
)

func pick(list []string, i int) string { return list[i%len(list)] }

// inventedArticle is article number i, as plain text: a title, then
// paragraphs.
func inventedArticle(i int) string {
	place, body := pick(inventedPlaces, i), pick(inventedBodies, i/3)
	a, b := pick(inventedPeople, i/7), pick(inventedPeople, i/7+1+i%5)
	plan, reason := pick(inventedPlans, i/11), pick(inventedReasons, i/13)
	var s strings.Builder
	fmt.Fprintf(&s, "%s %s votes to %s (report %d)\n\n", place, body, plan, i)
	fmt.Fprintf(&s, "The %s of %s voted on %s to %s, after a meeting that ran past midnight.\n\n",
		body, place, pick(inventedDays, i), plan)
	fmt.Fprintf(&s, "\"We had no better choice, because %s,\" said %s, the %s of the %s.\n\n",
		reason, a, pick(inventedRoles, i/5), body)
	fmt.Fprintf(&s, "%s, who voted against, said the decision was rushed. \"Nobody has seen the figures for item %d,\" %s told reporters.\n\n",
		b, i, b)
	fmt.Fprintf(&s, "The %s will meet again in %d weeks to review the cost, which %s put at %d thousand.\n",
		body, 2+i%6, a, 40+i%97)
	return s.String()
}

// writeInventedArticles writes articles 0..n-1 as .txt files in a new
// directory and returns it.
func writeInventedArticles(t testing.TB, n int) string {
	t.Helper()
	dir := t.TempDir()
	for i := range n {
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%05d.txt", i)), []byte(inventedArticle(i)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestInventedArticlesDiffer(t *testing.T) {
	seen := map[string]int{}
	for i := range 3000 {
		text := inventedArticle(i)
		if j, ok := seen[text]; ok {
			t.Fatalf("articles %d and %d are the same", j, i)
		}
		seen[text] = i
	}
}
