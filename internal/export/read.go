package export

import (
	"encoding/csv"
	"fmt"
	"io"
)

// ReadCSV reads back a CSV export: its header, and each row as a map by
// column name. A row of another width than the header is an error, as
// encoding/csv reports it.
func ReadCSV(r io.Reader) (columns []string, rows []map[string]string, err error) {
	cr := csv.NewReader(r)
	if columns, err = cr.Read(); err != nil {
		return nil, nil, fmt.Errorf("the header: %w", err)
	}
	for {
		cells, err := cr.Read()
		if err == io.EOF {
			return columns, rows, nil
		}
		if err != nil {
			return nil, nil, err
		}
		row := make(map[string]string, len(columns))
		for i, c := range columns {
			row[c] = cells[i]
		}
		rows = append(rows, row)
	}
}
