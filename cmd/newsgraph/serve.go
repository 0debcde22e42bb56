package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/internal/queue"
	"github.com/newsgraph/newsgraph/web"
)

func newServe() *cobra.Command {
	var db, addr string
	cmd := &cobra.Command{
		Use:   "serve --db PATH|postgres://... [--addr 127.0.0.1:8080]",
		Short: "Serve the JSON API and the web UI over a store",
		Long: "serve answers the JSON API under /api (described at /openapi.json) and the web UI\n" +
			"at /. It listens on 127.0.0.1 unless --addr names another address: the store's\n" +
			"articles are not for the whole network unless you say so.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			store, err := openExistingStore(cmd.Context(), db)
			if err != nil {
				return err
			}
			defer store.Close()
			logger := slog.New(slog.NewTextHandler(cmd.ErrOrStderr(), nil))
			h, err := web.New(store, logger)
			if err != nil {
				return err
			}
			// Corrections posted to the API re-link with the same linker
			// as `newsgraph actors relink`.
			if h.Linker, err = corpusLinker(); err != nil {
				return err
			}
			// /api/status reports the work queue of `ingest --queue`.
			q, err := queue.Open(cmd.Context(), db)
			if err != nil {
				return err
			}
			defer q.Close()
			h.QueueStatus = func(ctx context.Context) (any, error) { return q.Status(ctx) }
			ln, err := net.Listen("tcp", addr)
			if err != nil {
				return err
			}
			srv := web.NewHTTPServer(addr, h)
			fmt.Fprintf(cmd.OutOrStdout(), "newsgraph: serving %s on http://%s/\n", db, ln.Addr())
			return serveUntilDone(cmd.Context(), srv, ln)
		},
	}
	cmd.Flags().StringVar(&db, "db", "newsgraph.db", "SQLite file, or postgres:// URL")
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on")
	return cmd
}

// serveUntilDone serves until ctx ends (Ctrl-C), then shuts down cleanly.
func serveUntilDone(ctx context.Context, srv *http.Server, ln net.Listener) error {
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := srv.Shutdown(shut); err != nil {
			return err
		}
		if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	}
}
