package queue

import (
	"context"
	"database/sql"
	"log/slog"

	"github.com/riverqueue/river/riverdriver"
	"github.com/riverqueue/river/rivermigrate"
)

// migrateLockKey names the PostgreSQL advisory lock held while River's
// tables are migrated (any fixed number; "ngqueue" in ASCII).
const migrateLockKey = 0x6e6771756575

// migrate applies River's pending migrations. rivermigrate takes no lock of
// its own, and several workers started at once would each try to create the
// same tables, so on PostgreSQL an advisory lock lets one migrate while the
// others wait and then find nothing to do. SQLite's write lock does the
// same for a file.
func migrate(ctx context.Context, db *sql.DB, driver riverdriver.Driver[*sql.Tx], sqlite bool, logger *slog.Logger) error {
	if !sqlite {
		conn, err := db.Conn(ctx)
		if err != nil {
			return err
		}
		defer conn.Close()
		if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, migrateLockKey); err != nil {
			return err
		}
		// Unlocked on a fresh context: a cancelled ctx must not leave the
		// lock held by a pooled connection.
		defer conn.ExecContext(context.Background(), `SELECT pg_advisory_unlock($1)`, migrateLockKey)
	}
	m, err := rivermigrate.New(driver, &rivermigrate.Config{Logger: logger})
	if err != nil {
		return err
	}
	_, err = m.Migrate(ctx, rivermigrate.DirectionUp, nil)
	return err
}
