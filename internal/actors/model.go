package actors

import (
	"bytes"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unsafe"

	"github.com/newsgraph/newsgraph/internal/modelfile"
)

// FeatureSet versions the compiled form and how it is read: the record
// layout, Normalize and the type rules. Change it when any of them changes.
const FeatureSet = "actors.v1"

// File is the compiled knowledge base inside its model directory. It is
// not compressed: inflating it was half the time loading it took, and the
// shipped one is read in place, its strings left where they lie.
const File = "actors.bin"

// magic starts the file.
const magic = "newsgraph actors v1\n"

// The file is magic; every string once, in one table; then the
// countries, source files, actors, agents and index keys, each a count
// and records of unsigned varints, strings as (offset, length) into the
// table. Loading makes every string a slice of one table string and
// fills the maps from stored keys without normalising anything, which is
// what keeps it fast (gob took twice the time). Nothing comes from a map
// in iteration order, so one knowledge base always gives the same bytes.
type encoder struct {
	strs  map[string][2]int
	table []byte
	body  []byte
}

func (e *encoder) num(n int)        { e.body = binary.AppendUvarint(e.body, uint64(n)) }
func (e *encoder) date(t time.Time) { e.num(int(dateNum(t))) }
func (e *encoder) str(s string) {
	r, ok := e.strs[s]
	if !ok {
		r = [2]int{len(e.table), len(s)}
		e.strs[s] = r
		e.table = append(e.table, s...)
	}
	e.num(r[0])
	e.num(r[1])
}
func (e *encoder) strs2(ss []string) {
	e.num(len(ss))
	for _, s := range ss {
		e.str(s)
	}
}

func dateNum(t time.Time) int32 {
	if t.IsZero() {
		return 0
	}
	return int32(t.Year()*10000 + int(t.Month())*100 + t.Day())
}

func numDate(n int) time.Time {
	if n == 0 {
		return time.Time{}
	}
	return time.Date(n/10000, time.Month(n/100%100), n%100, 0, 0, 0, 0, time.UTC)
}

var typeCodes = []Type{Person, Organisation, Country, Group}

// Encode writes the compiled knowledge base to w.
func (kb *KB) Encode(w io.Writer) error {
	e := &encoder{strs: map[string][2]int{}}
	countries := make([]string, 0, len(kb.countries))
	for k := range kb.countries {
		countries = append(countries, k)
	}
	slices.Sort(countries)
	e.strs2(countries)
	var files []string
	fileNo := map[string]int{}
	for _, a := range kb.actors {
		for _, src := range a.Sources {
			f := src[:strings.LastIndexByte(src, ':')]
			if _, ok := fileNo[f]; !ok {
				fileNo[f] = len(files)
				files = append(files, f)
			}
		}
	}
	e.strs2(files)
	e.num(len(kb.actors))
	var names, surnames, firsts []string
	var nameOf, surnameOf []int
	for i := range kb.actors {
		a := &kb.actors[i]
		e.str(a.ID)
		e.str(a.Name)
		e.num(slices.Index(typeCodes, a.Type))
		e.str(a.Country)
		e.strs2(a.Aliases)
		e.strs2(a.Sectors)
		e.num(len(a.Roles))
		for _, r := range a.Roles {
			e.str(r.Code)
			e.date(r.From)
			e.date(r.To)
		}
		e.num(len(a.Sources))
		for _, src := range a.Sources {
			k := strings.LastIndexByte(src, ':')
			line, _ := strconv.Atoi(src[k+1:])
			e.num(fileNo[src[:k]])
			e.num(line)
		}
		n, sn, fs := keys(a)
		for _, k := range n {
			names, nameOf = append(names, k), append(nameOf, i)
		}
		for _, k := range sn {
			surnames, surnameOf = append(surnames, k), append(surnameOf, i)
		}
		firsts = append(firsts, fs...)
	}
	agents := make([]Agent, 0, len(kb.agents))
	for _, a := range kb.agents {
		agents = append(agents, a)
	}
	slices.SortFunc(agents, func(a, b Agent) int { return cmp.Compare(a.Phrase, b.Phrase) })
	e.num(len(agents))
	for _, a := range agents {
		e.str(a.Phrase)
		e.str(a.Code)
		e.num(map[bool]int{false: 0, true: 1}[a.Prefix])
	}
	for _, idx := range []struct {
		keys []string
		of   []int
	}{{names, nameOf}, {surnames, surnameOf}} {
		e.num(len(idx.keys))
		for j, k := range idx.keys {
			e.str(k)
			e.num(idx.of[j])
		}
	}
	slices.Sort(firsts)
	e.strs2(slices.Compact(firsts))

	out := append([]byte(magic), binary.AppendUvarint(nil, uint64(len(e.table)))...)
	for _, b := range [][]byte{out, e.table, e.body} {
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	return nil
}

// decoder reads what encoder wrote; the first error sticks and every read
// after it gives zeros, so Decode checks once per record.
type decoder struct {
	table string
	body  []byte
	err   error
}

func (d *decoder) num() int {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.body)
	if n <= 0 || v > 1<<31 {
		d.err = errors.New("truncated or corrupt")
		return 0
	}
	d.body = d.body[n:]
	return int(v)
}

func (d *decoder) count(max int) int {
	n := d.num()
	if n > max {
		d.err = fmt.Errorf("count %d is more than the file can hold", n)
		return 0
	}
	return n
}

func (d *decoder) str() string {
	off, n := d.num(), d.num()
	if d.err != nil || off+n > len(d.table) {
		if d.err == nil {
			d.err = errors.New("string out of the table")
		}
		return ""
	}
	return d.table[off : off+n]
}

func (d *decoder) strs() []string {
	n := d.count(len(d.body))
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = d.str()
	}
	return out
}

// Decode reads a knowledge base written by Encode.
func Decode(r io.Reader) (*KB, error) {
	data, err := io.ReadAll(io.LimitReader(r, 1<<30))
	if err != nil {
		return nil, err
	}
	return decode(data)
}

// decode reads a knowledge base from data, which must not change while
// the knowledge base is in use: its strings are data's own bytes.
func decode(data []byte) (*KB, error) {
	rest, ok := bytes.CutPrefix(data, []byte(magic))
	if !ok {
		return nil, errors.New("not a compiled actor knowledge base")
	}
	size, n := binary.Uvarint(rest)
	if n <= 0 || size > uint64(len(rest)-n) {
		return nil, errors.New("string table truncated")
	}
	table := rest[n : n+int(size)]
	// No copy: data does not change (see decode), so strings over it are
	// as immutable as Go strings must be.
	d := &decoder{table: unsafe.String(unsafe.SliceData(table), len(table)), body: rest[n+int(size):]}
	kb := &KB{countries: map[string]bool{}}
	for _, c := range d.strs() {
		kb.countries[c] = true
	}
	files := d.strs()
	kb.actors = make([]Actor, d.count(len(d.body)))
	kb.byID = make(map[string]int32, len(kb.actors))
	for i := range kb.actors {
		a := &kb.actors[i]
		a.ID, a.Name = d.str(), d.str()
		if t := d.num(); t < len(typeCodes) {
			a.Type = typeCodes[t]
		} else if d.err == nil {
			d.err = fmt.Errorf("actor %q: type %d", a.ID, t)
		}
		a.Country = d.str()
		a.Aliases, a.Sectors = d.strs(), d.strs()
		if nr := d.count(len(d.body)); nr > 0 {
			a.Roles = make([]Role, nr)
			for j := range a.Roles {
				a.Roles[j] = Role{Code: d.str(), From: numDate(d.num()), To: numDate(d.num())}
			}
		}
		if ns := d.count(len(d.body)); ns > 0 {
			a.Sources = make([]string, ns)
			for j := range a.Sources {
				f, line := d.num(), d.num()
				if f >= len(files) {
					d.err = fmt.Errorf("actor %q: source file %d of %d", a.ID, f, len(files))
					break
				}
				a.Sources[j] = files[f] + ":" + strconv.Itoa(line)
			}
		}
		if d.err != nil {
			return nil, d.err
		}
		if i > 0 && kb.actors[i-1].ID >= a.ID {
			return nil, fmt.Errorf("actor %q out of order", a.ID)
		}
		kb.byID[a.ID] = int32(i)
	}
	na := d.count(len(d.body))
	kb.agents = make(map[string]Agent, na)
	for range na {
		a := Agent{Phrase: d.str(), Code: d.str(), Prefix: d.num() == 1}
		kb.agents[a.Phrase] = a
	}
	for _, idx := range []*names{&kb.byName, &kb.bySurname} {
		n := d.count(len(d.body))
		*idx = newNames(n)
		for range n {
			k, i := d.str(), d.num()
			if i >= len(kb.actors) {
				return nil, fmt.Errorf("index key %q: actor %d of %d", k, i, len(kb.actors))
			}
			idx.add(k, int32(i))
		}
	}
	firsts := d.strs()
	kb.firstName = make(map[string]bool, len(firsts))
	for _, f := range firsts {
		kb.firstName[f] = true
	}
	if d.err != nil {
		return nil, d.err
	}
	if len(d.body) > 0 {
		return nil, fmt.Errorf("%d bytes after the end", len(d.body))
	}
	kb.indexStarts()
	return kb, nil
}

// Save writes the knowledge base and its manifest to dir.
func (kb *KB) Save(dir string, m *modelfile.Manifest) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	var b bytes.Buffer
	if err := kb.Encode(&b); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, File), b.Bytes(), 0o644); err != nil {
		return err
	}
	m.FeatureSet = FeatureSet
	return modelfile.WriteJSON(dir, modelfile.ManifestFile, m)
}

// Load reads the knowledge base in directory dir of fsys (models.FS,
// "actors" for the shipped one), refusing one built for another FeatureSet.
func Load(fsys fs.FS, dir string) (*KB, error) {
	if _, err := modelfile.ReadManifest(fsys, dir, FeatureSet); err != nil {
		return nil, err
	}
	data, err := modelfile.ReadInPlace(fsys, path.Join(dir, File))
	if err != nil {
		return nil, err
	}
	kb, err := decode(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path.Join(dir, File), err)
	}
	return kb, nil
}
