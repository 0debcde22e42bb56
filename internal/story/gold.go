package story

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Gold is a hand-grouped sample: which story each article is in, and a
// line saying what each story is about. testdata/README.md describes the
// files and the guideline they were grouped by.
type Gold struct {
	Articles []GoldArticle     // in file order
	Stories  map[string]string // story → description
}

// GoldArticle is one article of a sample and its story.
type GoldArticle struct {
	Name  string // the corpus file name without its extension
	Story string
}

// Labels maps each article to its story.
func (g Gold) Labels() map[string]string {
	m := make(map[string]string, len(g.Articles))
	for _, a := range g.Articles {
		m[a.Name] = a.Story
	}
	return m
}

// ReadGold reads a sample directory: gold.tsv (article, story) and
// stories.tsv (story, description).
func ReadGold(dir string) (Gold, error) {
	af, err := os.Open(filepath.Join(dir, "gold.tsv"))
	if err != nil {
		return Gold{}, err
	}
	defer af.Close()
	sf, err := os.Open(filepath.Join(dir, "stories.tsv"))
	if err != nil {
		return Gold{}, err
	}
	defer sf.Close()
	g, err := ParseGold(af, sf)
	if err != nil {
		return Gold{}, fmt.Errorf("%s: %w", dir, err)
	}
	return g, nil
}

// ParseGold reads the two files of a sample. Blank lines and lines
// starting with '#' are skipped; every other line must have two
// tab-separated fields. An article listed twice, a story without a
// description, or a description of no story is an error.
func ParseGold(articles, stories io.Reader) (Gold, error) {
	g := Gold{Stories: map[string]string{}}
	err := eachPair(stories, "stories.tsv", func(story, desc string) error {
		if _, dup := g.Stories[story]; dup {
			return fmt.Errorf("story %q described twice", story)
		}
		g.Stories[story] = desc
		return nil
	})
	if err != nil {
		return Gold{}, err
	}
	seen, used := map[string]bool{}, map[string]bool{}
	err = eachPair(articles, "gold.tsv", func(name, story string) error {
		if seen[name] {
			return fmt.Errorf("article %q listed twice", name)
		}
		if _, ok := g.Stories[story]; !ok {
			return fmt.Errorf("article %q: story %q has no description in stories.tsv", name, story)
		}
		seen[name], used[story] = true, true
		g.Articles = append(g.Articles, GoldArticle{Name: name, Story: story})
		return nil
	})
	if err != nil {
		return Gold{}, err
	}
	for story := range g.Stories {
		if !used[story] {
			return Gold{}, fmt.Errorf("stories.tsv: story %q has no article", story)
		}
	}
	return g, nil
}

// eachPair calls fn with the two fields of each line of r.
func eachPair(r io.Reader, file string, fn func(a, b string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 2 || strings.TrimSpace(f[0]) == "" || strings.TrimSpace(f[1]) == "" {
			return fmt.Errorf("%s:%d: want two non-empty tab-separated fields, got %q", file, n, line)
		}
		if err := fn(strings.TrimSpace(f[0]), strings.TrimSpace(f[1])); err != nil {
			return fmt.Errorf("%s:%d: %w", file, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	return nil
}
