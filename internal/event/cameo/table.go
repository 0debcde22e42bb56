package cameo

// row is one code of the table. Every row is complete: a four-digit code
// repeats its parent's PLOVER type where it has no other, so that Lookup
// never has to guess which fields a row left out.
type row struct {
	code      string
	name      string
	goldstein float64
	plover    string
	mode      string
}

// rows is the whole table, by root; each block lives in its own file.
var rows = concat(verbalCooperation, materialCooperation, verbalConflict, materialConflict)

var byCode = index(rows)

func concat(blocks ...[]row) []row {
	var out []row
	for _, b := range blocks {
		out = append(out, b...)
	}
	return out
}

// index maps codes to rows; a code listed twice keeps its first row, and
// the table test fails on it.
func index(rs []row) map[string]row {
	m := make(map[string]row, len(rs))
	for _, r := range rs {
		if _, dup := m[r.code]; !dup {
			m[r.code] = r
		}
	}
	return m
}
