package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsgraph/newsgraph/internal/analyze"
	"github.com/newsgraph/newsgraph/internal/ingest"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/queue"
	"github.com/newsgraph/newsgraph/internal/segment"
	"github.com/newsgraph/newsgraph/internal/shareddata"
	"github.com/newsgraph/newsgraph/postgres"
)

// benchEnv asks for the throughput measurement, with how many articles.
const benchEnv = "NEWSGRAPH_QUEUE_BENCH"

// TestQueueThroughput measures, by hand, articles per second through an
// in-process ingest and through the queue with one and two worker
// processes, each into a fresh PostgreSQL database, on the same articles,
// and the queue's overhead at one worker. Each run is timed by the wall
// clock, model loading included, as a user would see it, and by its
// processes' CPU time; the queue's runs include queueing. The machine is
// shared, so the three are run in turn, rounds times
// (NEWSGRAPH_QUEUE_BENCH_ROUNDS, default 3), and compared by medians.
//
//	NEWSGRAPH_QUEUE_BENCH=500 NEWSGRAPH_TEST_POSTGRES=postgres://… go test ./cmd/newsgraph -run TestQueueThroughput -v -timeout 2h
func TestQueueThroughput(t *testing.T) {
	m := envInt(t, benchEnv, 0)
	if m == 0 {
		t.Skipf("skipping: a measurement run by hand; set %s to a number of articles", benchEnv)
	}
	base := os.Getenv(postgresEnv)
	if base == "" {
		t.Skipf("skipping: set %s to a PostgreSQL server the test may create databases on", postgresEnv)
	}
	rounds := envInt(t, benchEnv+"_ROUNDS", 3)
	bin := buildNewsgraph(t)
	dir, kind := benchArticles(t, m)
	t.Logf("%d articles (%s), %d cores, %d rounds", m, kind, runtime.NumCPU(), rounds)

	runs := map[string]func() cost{
		"in-process ingest": func() cost {
			return timed(t, bin, "ingest", "--relink=false", "--db", freshDatabase(t, base), dir)
		},
		"1 worker":  func() cost { return viaQueue(t, bin, freshDatabase(t, base), dir, 1) },
		"2 workers": func() cost { return viaQueue(t, bin, freshDatabase(t, base), dir, 2) },
	}
	order := []string{"in-process ingest", "1 worker", "2 workers"}
	times := map[string][]cost{}
	for r := range rounds {
		for _, name := range order {
			d := runs[name]()
			times[name] = append(times[name], d)
			report(t, fmt.Sprintf("round %d, %s", r+1, name), m, d)
		}
	}
	for _, name := range order {
		report(t, "median, "+name, m, median(times[name]))
	}
	inproc, one := median(times["in-process ingest"]), median(times["1 worker"])
	t.Logf("queue overhead at one worker: wall %+.1f%% (%+.1f ms per article), CPU %+.1f%% (%+.1f ms per article)",
		100*(one.wall.Seconds()/inproc.wall.Seconds()-1), float64((one.wall-inproc.wall).Milliseconds())/float64(m),
		100*(one.cpu.Seconds()/inproc.cpu.Seconds()-1), float64((one.cpu-inproc.cpu).Milliseconds())/float64(m))
}

// viaQueue queues the directory and drains it with workers processes.
func viaQueue(t *testing.T, bin, dsn, dir string, workers int) cost {
	enqueue := timed(t, bin, "ingest", "--queue", "--db", dsn, dir)
	return enqueue.plus(drain(t, bin, dsn, workers))
}

// median is the median wall time and the median CPU time.
func median(cs []cost) cost {
	var walls, cpus []time.Duration
	for _, c := range cs {
		walls, cpus = append(walls, c.wall), append(cpus, c.cpu)
	}
	slices.Sort(walls)
	slices.Sort(cpus)
	return cost{walls[len(walls)/2], cpus[len(cpus)/2]}
}

func report(t *testing.T, what string, n int, c cost) {
	t.Logf("%-36s wall %8s %6.1f articles/s   CPU %8s %6.1f ms/article", what, c.wall.Round(10*time.Millisecond),
		float64(n)/c.wall.Seconds(), c.cpu.Round(10*time.Millisecond), float64(c.cpu.Milliseconds())/float64(n))
}

// cost is a run's wall time and its processes' CPU time (user and
// system): the machine is shared, and CPU time varies less with what else
// runs on it. PostgreSQL's own CPU is in neither.
type cost struct{ wall, cpu time.Duration }

func (c cost) plus(d cost) cost { return cost{c.wall + d.wall, c.cpu + d.cpu} }

func cpuTime(p *exec.Cmd) time.Duration {
	return p.ProcessState.UserTime() + p.ProcessState.SystemTime()
}

// timed runs the command and returns its cost.
func timed(t *testing.T, bin string, args ...string) cost {
	t.Helper()
	start := time.Now()
	cmd := exec.Command(bin, args...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("%s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return cost{time.Since(start), cpuTime(cmd)}
}

// drain starts workers processes with --drain and waits for all to exit.
func drain(t *testing.T, bin, dsn string, workers int) cost {
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
	var cpu time.Duration
	for _, p := range procs {
		if err := p.Wait(); err != nil {
			t.Fatalf("worker: %v", err)
		}
		cpu += cpuTime(p)
	}
	return cost{time.Since(start), cpu}
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

// TestQueueCostPerJob measures, by hand, what the queue adds to each
// article apart from analysis: the same articles go through ingest.Run
// and through Enqueue and Work (one at a time each), in this process,
// with a pipeline that only segments, into fresh PostgreSQL databases.
// The difference per article is the queue's own cost, to be set against
// the full pipeline's cost per article that TestQueueThroughput measures.
//
//	NEWSGRAPH_QUEUE_BENCH=500 NEWSGRAPH_TEST_POSTGRES=postgres://… go test ./cmd/newsgraph -run TestQueueCostPerJob -v
func TestQueueCostPerJob(t *testing.T) {
	m := envInt(t, benchEnv, 0)
	base := os.Getenv(postgresEnv)
	if m == 0 || base == "" {
		t.Skipf("skipping: a measurement run by hand; set %s and %s", benchEnv, postgresEnv)
	}
	p, err := pipeline.New(segment.Stage{})
	if err != nil {
		t.Fatal(err)
	}
	a := &analyze.Analyzer{Pipeline: p}
	ctx := context.Background()
	var direct, queued []cost
	for range envInt(t, benchEnv+"_ROUNDS", 3) {
		store, err := postgres.Open(ctx, freshDatabase(t, base))
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		stats, err := ingest.Run(ctx, store, a, inventedItems(m), 1, nil)
		if err != nil || stats.Added != m {
			t.Fatalf("ingest.Run: %+v, %v", stats, err)
		}
		direct = append(direct, cost{wall: time.Since(start)})
		store.Close()
		queued = append(queued, cost{wall: throughQueue(t, base, a, m)})
	}
	d, q := median(direct).wall, median(queued).wall
	t.Logf("%d articles, segmenting only: ingest.Run %s (%.2f ms/article), queue %s (%.2f ms/article): the queue adds %.2f ms per article",
		m, d.Round(time.Millisecond), ms(d)/float64(m), q.Round(time.Millisecond), ms(q)/float64(m), (ms(q)-ms(d))/float64(m))
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

// inventedItems sends invented articles 0..m-1, as ingest reads files.
func inventedItems(m int) <-chan analyze.Item {
	items := make(chan analyze.Item, m)
	for i := range m {
		items <- analyze.Item{Source: fmt.Sprint(i), Raw: []byte(inventedArticle(i)), Format: analyze.FormatText}
	}
	close(items)
	return items
}

// throughQueue enqueues invented articles 0..m-1 and works them one at a
// time until all are done, returning the time from enqueueing on.
func throughQueue(t *testing.T, base string, a *analyze.Analyzer, m int) time.Duration {
	ctx := context.Background()
	dsn := freshDatabase(t, base)
	store, err := postgres.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	q, err := queue.Open(ctx, dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	items := make([]queue.Item, m)
	for i := range items {
		items[i] = queue.Item{Text: inventedArticle(i), Source: fmt.Sprint(i)}
	}
	start := time.Now()
	if n, err := q.Enqueue(ctx, items); n != m || err != nil {
		t.Fatalf("enqueue: %d, %v", n, err)
	}
	workCtx, stop := context.WithCancel(ctx)
	var done atomic.Int64
	finished := make(chan time.Duration, 1)
	worked := make(chan error)
	go func() {
		worked <- q.Work(workCtx, store, a, queue.WorkOptions{Concurrency: 1, Done: func(o queue.Outcome) {
			if done.Add(1) == int64(m) {
				finished <- time.Since(start)
			}
		}})
	}()
	elapsed := <-finished
	stop()
	if err := <-worked; err != nil {
		t.Fatal(err)
	}
	return elapsed
}
