package postgres_test

import (
	"context"
	"database/sql"
	"os"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/storetest"
	"github.com/newsgraph/newsgraph/postgres"
)

// DSNEnv names a PostgreSQL database the tests may wipe; .ci/run sets it.
const DSNEnv = "NEWSGRAPH_TEST_POSTGRES"

func TestStoreContract(t *testing.T) {
	dsn := os.Getenv(DSNEnv)
	if dsn == "" {
		t.Skipf("skipping: set %s to a PostgreSQL database the tests may wipe (.ci/run does)", DSNEnv)
	}
	storetest.Run(t, func(t *testing.T) newsgraph.Store {
		reset(t, dsn)
		s, err := postgres.Open(context.Background(), dsn)
		if err != nil {
			t.Fatal(err)
		}
		s.RankWindow = storetest.SearchRankWindow
		t.Cleanup(func() { s.Close() })
		return s
	})
}

// reset empties the test database's public schema.
func reset(t *testing.T, dsn string) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(`DROP SCHEMA public CASCADE; CREATE SCHEMA public`); err != nil {
		t.Fatal(err)
	}
}

// A database written at migration 001 is upgraded when opened.
func TestUpgradeFromVersion1(t *testing.T) {
	dsn := os.Getenv(DSNEnv)
	if dsn == "" {
		t.Skipf("skipping: set %s to a PostgreSQL database the tests may wipe (.ci/run does)", DSNEnv)
	}
	reset(t, dsn)
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	v1, err := os.ReadFile("migration/001_initial.sql")
	if err != nil {
		t.Fatal(err)
	}
	storetest.WriteVersion1(t, db, v1, `SELECT setval('articles_id_seq', 2), setval('entities_id_seq', 3), setval('quotes_id_seq', 2)`)
	db.Close()
	s, err := postgres.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	storetest.CheckUpgraded(t, s)
}

// Workers starting together on a new database each open the store: one
// migrates, the others wait for it and find the work done.
func TestConcurrentOpensMigrateOnce(t *testing.T) {
	dsn := os.Getenv(DSNEnv)
	if dsn == "" {
		t.Skipf("skipping: set %s to a PostgreSQL database the tests may wipe (.ci/run does)", DSNEnv)
	}
	reset(t, dsn)
	const n = 4
	errs := make(chan error, n)
	for range n {
		go func() {
			s, err := postgres.Open(context.Background(), dsn)
			if err == nil {
				err = s.Close()
			}
			errs <- err
		}()
	}
	for range n {
		if err := <-errs; err != nil {
			t.Errorf("open at the same time as others: %v", err)
		}
	}
}
