package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/feeds"
	"github.com/newsgraph/newsgraph/internal/fetch"
	"github.com/newsgraph/newsgraph/internal/queue"
)

func newWatch() *cobra.Command {
	var db, contact string
	var allowPrivate, once bool
	var timeout int
	var p feeds.Policy
	cmd := &cobra.Command{
		Use:   "watch --db PATH|postgres://... [--once] FEED_URL|OPML...",
		Short: "Follow news feeds and queue their new articles",
		Long: "watch polls RSS, Atom and JSON Feed feeds, each on its own schedule (the feed's\n" +
			"TTL or sy:updatePeriod within 5 minutes and a day, else --interval, with jitter),\n" +
			"and queues each item it has not seen before for `newsgraph worker`. An OPML\n" +
			"file or URL adds the feeds it lists (and the lists it includes). It polls\n" +
			"politely: conditional GETs, at most --per-host requests to one host at once and\n" +
			"--host-gap between them, backoff after errors, Retry-After honoured on 429 and\n" +
			"503. Each feed's state (validators, when it is due, errors, the items seen) is\n" +
			"kept in the store, so a restart changes none of this. --once polls every feed\n" +
			"once and exits. Give --contact so that a site's operator can reach you.",
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
			defer stop()
			store, q, err := openStoreAndQueue(ctx, db)
			if err != nil {
				return err
			}
			defer store.Close()
			defer q.Close()
			client := feeds.NewClient(feeds.ClientOptions{AllowPrivate: allowPrivate, Timeout: secs(timeout), UserAgent: feeds.UserAgent(contact)})
			log := slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), nil))
			urls, err := feedArgs(ctx, args, client, log)
			if err != nil {
				return err
			}
			if len(urls) == 0 {
				return fmt.Errorf("no feeds to watch: the lists given name none")
			}
			w := &feeds.Watcher{Store: store, Queue: queueFeedItems{q}, Client: client, Policy: p, Log: log}
			log.Info("watching", "feeds", len(urls), "db", redact(db), "once", once)
			err = w.Run(ctx, urls, once)
			s := w.Stats()
			fmt.Fprintf(cmd.ErrOrStderr(), "watch: %d polls (%d unchanged, %d failed), %d new items queued\n",
				s.Polls, s.NotModified, s.Failures, s.NewItems)
			return err
		},
	}
	f := cmd.Flags()
	f.StringVar(&db, "db", "newsgraph.db", "SQLite file, or postgres:// URL")
	f.BoolVar(&once, "once", false, "poll every feed once, then exit")
	f.BoolVar(&allowPrivate, "allow-private", false, "allow fetching loopback, private and link-local addresses")
	f.StringVar(&contact, "contact", "", "an e-mail address or URL for the User-Agent, so that sites can reach you")
	f.IntVar(&timeout, "timeout", 20, "seconds allowed to fetch one feed")
	f.DurationVar(&p.Interval, "interval", 15*time.Minute, "wait between polls of a feed that does not say how often it changes")
	f.DurationVar(&p.HostGap, "host-gap", 2*time.Second, "least time between two requests to one host")
	f.IntVar(&p.PerHost, "per-host", 2, "requests to one host at once")
	f.IntVar(&p.Workers, "workers", 8, "polls at once, all hosts together")
	f.IntVar(&p.MaxItems, "max-items", 200, "items read from a feed per poll, the newest")
	return cmd
}

// openStoreAndQueue opens the store first, so that its tables exist
// before the queue's, and closes it again if the queue cannot be opened.
func openStoreAndQueue(ctx context.Context, db string) (newsgraph.Store, *queue.Queue, error) {
	store, err := openStore(ctx, db)
	if err != nil {
		return nil, nil, err
	}
	q, err := queue.Open(ctx, db)
	if err != nil {
		store.Close()
		return nil, nil, err
	}
	return store, q, nil
}

// maxListBytes caps an OPML file read from disk.
const maxListBytes = 8 << 20

// feedArgs turns the arguments into feed URLs: a URL stands for itself
// (an OPML list served at one is found when it is polled), a file is an
// OPML list, read with the lists it includes.
func feedArgs(ctx context.Context, args []string, client *feeds.Client, log *slog.Logger) ([]string, error) {
	load := func(ctx context.Context, ref string) ([]byte, error) {
		if fetch.IsURL(ref) {
			return client.Load(ctx, ref)
		}
		return readCapped(ref, maxListBytes)
	}
	var urls []string
	for _, arg := range args {
		if fetch.IsURL(arg) {
			urls = append(urls, arg)
			continue
		}
		list, err := feeds.ReadOPML(ctx, arg, load)
		if err != nil {
			return nil, fmt.Errorf("%s: %w (give a feed's http(s) URL or an OPML file)", arg, err)
		}
		for _, p := range list.Problems {
			log.Warn("OPML list", "list", arg, "problem", p)
		}
		urls = append(urls, list.Feeds...)
	}
	return urls, nil
}

func readCapped(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err == nil && int64(len(b)) > limit {
		return nil, fmt.Errorf("larger than %d bytes", limit)
	}
	return b, err
}

// queueFeedItems queues feed items as articles for workers: by URL, or,
// for an item without a link, the HTML the feed carries.
type queueFeedItems struct{ q *queue.Queue }

func (a queueFeedItems) Enqueue(ctx context.Context, items []feeds.Item) (int, error) {
	qs := make([]queue.Item, len(items))
	for i, it := range items {
		qs[i] = queue.Item{URL: it.URL, Title: it.Title, Published: it.Published, Source: it.Source}
		if it.URL == "" {
			qs[i].HTML = it.Text
		}
	}
	return a.q.Enqueue(ctx, qs)
}
