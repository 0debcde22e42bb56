package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/shareddata"
)

// benchEnv asks for the throughput measurement, with how many articles.
const benchEnv = "NEWSGRAPH_QUEUE_BENCH"

// TestQueueThroughput measures, by hand, articles per second through an
// in-process ingest and through the queue with one and two worker
// processes, each into a fresh PostgreSQL database, on the same articles,
// and the queue's overhead at one worker. Each figure is a process's wall
// time, model loading included, as a user would see it.
//
//	NEWSGRAPH_QUEUE_BENCH=500 NEWSGRAPH_TEST_POSTGRES=postgres://… go test ./cmd/newsgraph -run TestQueueThroughput -v -timeout 1h
func TestQueueThroughput(t *testing.T) {
	m := envInt(t, benchEnv, 0)
	if m == 0 {
		t.Skipf("skipping: a measurement run by hand; set %s to a number of articles", benchEnv)
	}
	base := os.Getenv(postgresEnv)
	if base == "" {
		t.Skipf("skipping: set %s to a PostgreSQL server the test may create databases on", postgresEnv)
	}
	bin := buildNewsgraph(t)
	dir, kind := benchArticles(t, m)
	t.Logf("%d articles (%s), %d cores", m, kind, runtime.NumCPU())

	inproc := timed(t, bin, "ingest", "--relink=false", "--db", freshDatabase(t, base), dir)
	report(t, "in-process ingest", m, inproc)
	var one time.Duration
	for _, workers := range []int{1, 2} {
		dsn := freshDatabase(t, base)
		enqueue := timed(t, bin, "ingest", "--queue", "--db", dsn, dir)
		work := drain(t, bin, dsn, workers)
		report(t, fmt.Sprintf("%d worker(s), working", workers), m, work)
		report(t, fmt.Sprintf("%d worker(s), queueing + working", workers), m, enqueue+work)
		if workers == 1 {
			one = enqueue + work
		}
	}
	t.Logf("queue overhead at one worker (queueing included): %+.1f%%", 100*(one.Seconds()/inproc.Seconds()-1))
}

func report(t *testing.T, what string, n int, d time.Duration) {
	t.Logf("%-40s %8s  %6.1f articles/s", what, d.Round(10*time.Millisecond), float64(n)/d.Seconds())
}

// timed runs the command and returns its wall time.
func timed(t *testing.T, bin string, args ...string) time.Duration {
	t.Helper()
	start := time.Now()
	if out, err := exec.Command(bin, args...).CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return time.Since(start)
}

// drain starts workers processes with --drain and waits for all to exit.
func drain(t *testing.T, bin, dsn string, workers int) time.Duration {
	t.Helper()
	start := time.Now()
	var procs []*exec.Cmd
	for range workers {
		cmd := exec.Command(bin, "worker", "--drain", "--db", dsn)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		procs = append(procs, cmd)
	}
	for _, p := range procs {
		if err := p.Wait(); err != nil {
			t.Fatalf("worker: %v", err)
		}
	}
	return time.Since(start)
}

// benchArticles writes m articles to a new directory: PolNeAR's dev texts
// (real news, read from the shared data at run time), each copy marked
// with its number so that every file is a new article, or invented ones
// when the shared data is absent.
func benchArticles(t *testing.T, m int) (dir, kind string) {
	t.Helper()
	data, ok := shareddata.Dir()
	texts, _ := filepath.Glob(filepath.Join(data, "polnear", "dev", "text", "*.txt"))
	if !ok || len(texts) == 0 {
		return writeInventedArticles(t, m), "invented"
	}
	dir = t.TempDir()
	for i := range m {
		raw, err := os.ReadFile(texts[i%len(texts)])
		if err != nil {
			t.Fatal(err)
		}
		text := fmt.Sprintf("%s\n\n(Copy %d.)\n", raw, i/len(texts))
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("b%05d.txt", i)), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir, fmt.Sprintf("PolNeAR dev texts, %d distinct, copies numbered", len(texts))
}
