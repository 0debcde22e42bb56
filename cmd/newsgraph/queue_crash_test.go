package main

import (
	"context"
	"database/sql"
	"fmt"
	"math/rand/v2"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib"

	"github.com/newsgraph/newsgraph/internal/analyze"
	"github.com/newsgraph/newsgraph/internal/queue"
)

// Environment of the crash test: the PostgreSQL it may create databases
// on (.ci/run sets it), and how many articles to queue.
const (
	postgresEnv = "NEWSGRAPH_TEST_POSTGRES"
	articlesEnv = "NEWSGRAPH_QUEUE_ARTICLES"
)

// TestWorkersKilledAndRestarted queues invented articles on PostgreSQL,
// works them with three worker processes of which random ones are killed
// (SIGKILL, mid-job) and restarted, and checks that the queue drains with
// every article stored once, with the quotes ingesting it alone gives.
func TestWorkersKilledAndRestarted(t *testing.T) {
	base := os.Getenv(postgresEnv)
	if base == "" {
		t.Skipf("skipping: set %s to a PostgreSQL server the test may create databases on (.ci/run does)", postgresEnv)
	}
	n := envInt(t, articlesEnv, 200)
	dsn := freshDatabase(t, base)
	bin := buildNewsgraph(t)
	dir := writeInventedArticles(t, n)
	out, err := exec.Command(bin, "ingest", "--queue", "--db", dsn, dir).CombinedOutput()
	if err != nil || !strings.Contains(string(out), fmt.Sprintf("%d queued", n)) {
		t.Fatalf("ingest --queue: %v\n%s", err, out)
	}

	start := time.Now()
	crew := newCrew(t, bin, dsn, 3)
	kills := crew.killUntilDrained(t, dsn, n, time.Duration(n)*time.Second/2+2*time.Minute)
	crew.stopAll(t)
	if kills == 0 {
		t.Error("the queue drained before any worker was killed: the test proved nothing (more articles?)")
	}
	t.Logf("%d articles drained by 3 workers in %s, %d of them killed with SIGKILL and restarted",
		n, time.Since(start).Round(time.Second), kills)

	checkDrained(t, dsn, n)
	queued := quotesByHash(t, "pgx", dsn)
	for i := range n {
		if _, ok := queued[analyze.HashRaw([]byte(inventedArticle(i)))]; !ok {
			t.Errorf("article %d was not stored", i)
		}
	}
	alone := filepath.Join(t.TempDir(), "alone.db")
	if out, err := exec.Command(bin, "ingest", "--relink=false", "--db", alone, dir).CombinedOutput(); err != nil {
		t.Fatalf("ingest alone: %v\n%s", err, out)
	}
	sameQuotes(t, queued, quotesByHash(t, "sqlite", alone))
}

func envInt(t *testing.T, name string, def int) int {
	v := os.Getenv(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n <= 0 {
		t.Fatalf("%s=%q is not a positive number", name, v)
	}
	return n
}

// freshDatabase creates an empty database beside the one base names, for
// this test alone (other packages' tests wipe that one as they run), and
// drops it afterwards.
func freshDatabase(t *testing.T, base string) string {
	t.Helper()
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { admin.Close() })
	name := fmt.Sprintf("ngqueue_%d_%d", os.Getpid(), rand.IntN(1e6))
	if _, err := admin.Exec("CREATE DATABASE " + name); err != nil {
		t.Fatalf("create a database for the test (the role needs CREATEDB): %v", err)
	}
	t.Cleanup(func() {
		if _, err := admin.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)"); err != nil {
			t.Logf("drop database %s: %v", name, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

// buildNewsgraph builds this command into the test's directory.
func buildNewsgraph(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "newsgraph")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// crew is a set of worker processes, each slot restarted after a kill.
type crew struct {
	bin, dsn, logs string
	procs          []*exec.Cmd
	since          []time.Time // when each slot's worker was started
	started        int
}

func newCrew(t *testing.T, bin, dsn string, size int) *crew {
	c := &crew{bin: bin, dsn: dsn, logs: t.TempDir(), procs: make([]*exec.Cmd, size), since: make([]time.Time, size)}
	for i := range c.procs {
		c.start(t, i)
	}
	return c
}

// start runs a worker in slot i. Timeouts are short so that a killed
// worker's jobs are rescued within the test: a job may take 5s+15s, it is
// taken for dead after 25s, and River's rescuer looks every 30s.
func (c *crew) start(t *testing.T, i int) {
	t.Helper()
	c.started++
	log, err := os.Create(filepath.Join(c.logs, fmt.Sprintf("worker-%d.log", c.started)))
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(c.bin, "worker", "--db", c.dsn, "--concurrency", "2", "--article-timeout", "5",
		"--rescue-after", "25s", "--retry-backoff", "1s", "--poll", "100ms", "--stop-timeout", "20s")
	cmd.Stdout, cmd.Stderr = log, log
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	log.Close() // the child has its own descriptor
	c.procs[i], c.since[i] = cmd, time.Now()
}

// killUntilDrained kills a random worker every half second to two seconds while
// jobs run, for the first two thirds of the work, restarting each after up
// to two seconds, and waits for the queue to drain; it returns the kills.
func (c *crew) killUntilDrained(t *testing.T, dsn string, n int, limit time.Duration) int {
	t.Helper()
	q, err := queue.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	deadline := time.Now().Add(limit)
	nextKill := time.Now().Add(jitter(time.Second/2, 2*time.Second))
	kills := 0
	for {
		s, err := q.Status(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if s.Done+s.Failed == n && s.Queued+s.Running == 0 {
			return kills
		}
		if time.Now().After(deadline) {
			t.Fatalf("the queue did not drain in %s: %+v (worker logs in %s)", limit, s, c.logs)
		}
		if time.Now().After(nextKill) && s.Running > 0 && s.Done < 2*n/3 {
			i := rand.IntN(len(c.procs))
			c.procs[i].Process.Signal(syscall.SIGKILL)
			c.procs[i].Wait()
			kills++
			time.Sleep(jitter(0, 2*time.Second))
			c.start(t, i)
			nextKill = time.Now().Add(jitter(time.Second/2, 2*time.Second))
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func jitter(least, most time.Duration) time.Duration {
	return least + rand.N(most-least+1)
}

// stopAll stops the workers as an operator would, with SIGTERM, and checks
// that each stops cleanly.
func (c *crew) stopAll(t *testing.T) {
	t.Helper()
	// A worker restarted just before the queue drained may not have set
	// up its signal handling yet (CI saw one end by the bare signal):
	// give each a few seconds of life first, as an operator's would have.
	for _, at := range c.since {
		time.Sleep(time.Until(at.Add(3 * time.Second)))
	}
	for _, p := range c.procs {
		p.Process.Signal(syscall.SIGTERM)
	}
	for i, p := range c.procs {
		if err := p.Wait(); err != nil {
			t.Errorf("worker %d did not stop cleanly on SIGTERM: %v (logs in %s)", i, err, c.logs)
		}
	}
}

// checkDrained checks River's table: every job completed, none lost or
// given up, and each article's row there once.
func checkDrained(t *testing.T, dsn string, n int) {
	t.Helper()
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var jobs, completed, retried, articles, hashes int
	err = db.QueryRow(`SELECT count(*), count(*) FILTER (WHERE state = 'completed'), count(*) FILTER (WHERE attempt > 1) FROM river_job`).Scan(&jobs, &completed, &retried)
	if err != nil {
		t.Fatal(err)
	}
	if err := db.QueryRow(`SELECT count(*), count(DISTINCT hash) FROM articles`).Scan(&articles, &hashes); err != nil {
		t.Fatal(err)
	}
	if jobs != n || completed != n {
		t.Errorf("%d jobs, %d completed; want %d of each", jobs, completed, n)
	}
	if articles != n || hashes != n {
		t.Errorf("%d article rows with %d distinct hashes; want %d of each", articles, hashes, n)
	}
	t.Logf("%d jobs ran more than once (taken from a killed worker, or stopped by a kill mid-write)", retried)
}
