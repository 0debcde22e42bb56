package sample

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"
)

// Meta is what PolNeAR's metadata.tsv says of an article.
type Meta struct {
	Compartment string // train, dev or test: the folder its text is in
	Publisher   string
	Published   time.Time
}

// columns are the metadata.tsv columns read, found by their header names.
var columns = []string{"compartment", "filename", "publisher", "publication_date"}

// ReadMetadata reads metadata.tsv: a header line naming the columns, then
// one tab-separated line per article. A missing column, a short line, a
// bad date, a compartment that is not a plain folder name or an article
// listed twice is an error naming the line.
func ReadMetadata(r io.Reader) (map[string]Meta, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	if !sc.Scan() {
		if err := sc.Err(); err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("empty metadata: no header line")
	}
	at, err := headerIndex(sc.Text())
	if err != nil {
		return nil, err
	}
	out := map[string]Meta{}
	for n := 2; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			continue
		}
		name, m, err := parseLine(strings.Split(line, "\t"), at)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
		if _, dup := out[name]; dup {
			return nil, fmt.Errorf("line %d: article %q listed twice", n, name)
		}
		out[name] = m
	}
	return out, sc.Err()
}

func headerIndex(header string) (map[string]int, error) {
	at := map[string]int{}
	for i, h := range strings.Split(strings.TrimRight(header, "\r"), "\t") {
		at[strings.TrimSpace(h)] = i
	}
	for _, c := range columns {
		if _, ok := at[c]; !ok {
			return nil, fmt.Errorf("header has no %q column", c)
		}
	}
	return at, nil
}

func parseLine(f []string, at map[string]int) (string, Meta, error) {
	for _, c := range columns {
		if at[c] >= len(f) {
			return "", Meta{}, fmt.Errorf("%d fields, no %q", len(f), c)
		}
	}
	name, comp := f[at["filename"]], f[at["compartment"]]
	if name == "" || strings.ContainsAny(name, `/\`) || name == ".." {
		return "", Meta{}, fmt.Errorf("bad file name %q", name)
	}
	if comp == "" || strings.ContainsAny(comp, `/\.`) {
		return "", Meta{}, fmt.Errorf("bad compartment %q", comp)
	}
	date, err := time.Parse("2006-01-02", f[at["publication_date"]])
	if err != nil {
		return "", Meta{}, fmt.Errorf("article %q: %w", name, err)
	}
	return name, Meta{Compartment: comp, Publisher: f[at["publisher"]], Published: date}, nil
}
