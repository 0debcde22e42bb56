package sqlstore

import (
	"context"
	"database/sql"
	"errors"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsgraph/newsgraph/internal/gazetteer"
)

// A speaker filter matches any part of the speaker's name, case-insensitively
// (newsgraph.QuoteFilter). Testing every quote's speaker with LIKE '%…%'
// reads every quote, so speakers are kept once each in their own table,
// with keys: every suffix of every word of the lower-cased name, cut to
// keyRunes characters. Any piece of a word is a prefix of one of its
// suffixes, so the quotes of "Vladimir Putin" are found for "putin", "PUT"
// or "dimir" by a range scan over the keys; the words of a query with
// several ("jong un") must each find a key, and the lower-cased name must
// then contain the query as typed, so the answer is exactly that of the
// substring test, only without the scan. Lower-casing is Go's, in both
// databases, which also makes names outside ASCII match case-insensitively
// in SQLite, where LIKE does not.
const keyRunes = 16

// nameWords splits a lower-cased name into words (runs of letters and
// digits).
func nameWords(folded string) []string {
	return strings.FieldsFunc(folded, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
}

// cut shortens s to at most keyRunes characters.
func cut(s string) string {
	n := 0
	for i := range s {
		if n == keyRunes {
			return s[:i]
		}
		n++
	}
	return s
}

// speakerKeys lists the keys of a speaker's name, sorted and without
// repeats.
func speakerKeys(name string) []string {
	seen := map[string]bool{}
	var keys []string
	for _, w := range nameWords(strings.ToLower(name)) {
		for i := 0; i < len(w); {
			k := cut(w[i:])
			if !seen[k] {
				seen[k] = true
				keys = append(keys, k)
			}
			_, n := utf8.DecodeRuneInString(w[i:])
			i += n
		}
	}
	sort.Strings(keys)
	return keys
}

// speakerID returns the id of the speaker with this name, adding the
// speaker and their keys if they are new.
func (s *Store) speakerID(ctx context.Context, tx *sql.Tx, name string) (int64, error) {
	var id int64
	err := tx.QueryRowContext(ctx, s.q(`INSERT INTO speakers (name, folded) VALUES (?, ?)
		ON CONFLICT (name) DO NOTHING RETURNING id`), name, strings.ToLower(name)).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		err = tx.QueryRowContext(ctx, s.q(`SELECT id FROM speakers WHERE name = ?`), name).Scan(&id)
		return id, err
	}
	if err != nil {
		return 0, err
	}
	for _, k := range speakerKeys(name) {
		if _, err := tx.ExecContext(ctx, s.q(`INSERT INTO speaker_keys (key, speaker_id) VALUES (?, ?)`), k, id); err != nil {
			return 0, err
		}
	}
	return id, nil
}

// fillSpeakers gives the quotes stored before speakers had a table their
// speaker's row (part of migration 002).
func (s *Store) fillSpeakers(ctx context.Context, tx *sql.Tx) error {
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT speaker FROM quotes WHERE speaker IS NOT NULL AND speaker <> ''`)
	if err != nil {
		return err
	}
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return err
		}
		names = append(names, n)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, n := range names {
		if _, err := s.speakerID(ctx, tx, n); err != nil {
			return err
		}
	}
	_, err = tx.ExecContext(ctx, `UPDATE quotes SET speaker_id = (SELECT s.id FROM speakers s WHERE s.name = quotes.speaker)
		WHERE speaker IS NOT NULL AND speaker <> ''`)
	return err
}

// speakerMatch returns a condition on quotes "q" selecting those whose
// speaker's name contains what the user typed, case-insensitively, less
// the titles it opens with.
func speakerMatch(typed string) (string, []any) {
	folded := strings.ToLower(untitled(typed))
	like := "%" + escapeLike(folded) + "%"
	words := nameWords(folded)
	if len(words) == 0 {
		// Only punctuation: few names have any, and there is no word to
		// look up, so test every speaker's name (one row per speaker, not
		// per quote).
		return `q.speaker_id IN (SELECT id FROM speakers WHERE folded LIKE ? ESCAPE '\')`, []any{like}
	}
	// The longest word is likely the rarest: start from its keys.
	sort.SliceStable(words, func(i, j int) bool { return len(words[i]) > len(words[j]) })
	var b strings.Builder
	b.WriteString(`q.speaker_id IN (SELECT k.speaker_id FROM speaker_keys k JOIN speakers s ON s.id = k.speaker_id
		WHERE k.key >= ? AND k.key < ? AND s.folded LIKE ? ESCAPE '\'`)
	lo, hi := keyRange(words[0])
	args := []any{lo, hi, like}
	for _, w := range words[1:] {
		b.WriteString(` AND k.speaker_id IN (SELECT speaker_id FROM speaker_keys WHERE key >= ? AND key < ?)`)
		lo, hi := keyRange(w)
		args = append(args, lo, hi)
	}
	b.WriteString(`)`)
	return b.String(), args
}

// untitled drops the titles a typed name opens with when a full name of
// two words or more is left: speakers are stored by their names, their
// titles kept as roles, so "Mayor Ola Lind" finds Ola Lind. A title before
// one word is left as typed: "Justice Department", "General Motors" and
// "Prince Harry" are names whole.
func untitled(typed string) string {
	words := strings.Fields(typed)
	ms := gazetteer.Default().Lookup(words)
	k := 0
	for k < len(words) && gazetteer.Has(ms[k], gazetteer.Title) {
		k++
	}
	if k == 0 || len(words)-k < 2 {
		return typed
	}
	return strings.Join(words[k:], " ")
}

// keyRange gives the bounds of the keys that begin with word: in byte
// order (SQLite's, and the "C" collation of the PostgreSQL column), they
// lie from the word itself up to the word followed by the last code point.
func keyRange(word string) (string, string) {
	w := cut(word)
	return w, w + string(unicode.MaxRune)
}
