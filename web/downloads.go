package web

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net/http"
	"net/url"
	"time"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/export"
)

// Downloads: a list request of the API with format=csv or format=jsonl
// gets the whole filtered list (not one page) as an attachment, streamed
// from the store a batch at a time through internal/export, the writer
// `newsgraph export` uses. The list pages of the UI link to them with
// their current filters.

// DownloadTimeout bounds one download. A whole list can take longer
// than RequestTimeout allows a page, so a download has its own limit
// (and its own write deadline); a client that goes away fails the next
// write, which ends it sooner.
const DownloadTimeout = 5 * time.Minute

// downloadRoutes registers the CSV and JSON Lines downloads of lists.
// They answer on the lists' own paths (see download), so there is no
// route of their own.
func (s *Server) downloadRoutes() {}

// downloadable is a list that can be written whole.
type downloadable struct {
	name  string
	write func(ctx context.Context, w io.Writer, f export.Format) error
}

// listDownload is the download of the list a filter selects, walked by
// the store's Each method and written as t's rows.
func listDownload[T, F any](t export.Table[T], f F, each func(context.Context, F, func(T) error) error) downloadable {
	return downloadable{name: t.Name, write: func(ctx context.Context, w io.Writer, format export.Format) error {
		out, err := export.NewWriter(w, format, t)
		if err != nil {
			return err
		}
		if err := each(ctx, f, out.Write); err != nil {
			return err
		}
		return out.Flush()
	}}
}

// download answers r with the whole list d when r asks for a format,
// and reports whether it answered (a refused format included); without
// one, the caller answers with a page as usual.
func (s *Server) download(w http.ResponseWriter, r *http.Request, d downloadable) bool {
	name, ok := r.URL.Query()["format"]
	if !ok {
		return false
	}
	format, err := export.ParseFormat(name[0])
	if err != nil {
		s.apiError(w, r, newsgraph.Errorf(newsgraph.EINVALID, "%s", err.Error()))
		return true
	}
	ctx, cancel := context.WithTimeout(context.WithoutCancel(r.Context()), DownloadTimeout)
	defer cancel()
	// The request's context ends at RequestTimeout or when the client goes
	// away: only the second ends a download.
	stop := context.AfterFunc(r.Context(), func() {
		if errors.Is(r.Context().Err(), context.Canceled) {
			cancel()
		}
	})
	defer stop()
	http.NewResponseController(w).SetWriteDeadline(time.Now().Add(DownloadTimeout)) // unsupported only in tests' recorders
	lazy := &attachment{w: w, contentType: format.ContentType(), fileName: format.FileName(d.name)}
	buf := bufio.NewWriterSize(lazy, 32<<10)
	err = d.write(ctx, buf, format)
	if err == nil {
		err = buf.Flush()
	}
	switch {
	case err == nil && !lazy.started:
		lazy.start() // an empty JSON Lines list: headers, no body
	case err != nil && !lazy.started:
		// Nothing is sent yet: a refused filter gets the API's error.
		s.apiError(w, r, err)
	case err != nil:
		// Half a list is sent under a 200: break the connection so the
		// client sees a failed download, not a short file.
		if !errors.Is(err, context.Canceled) {
			s.Logger.Error("download failed", "path", r.URL.Path, "err", err)
		}
		panic(http.ErrAbortHandler)
	}
	return true
}

// attachment sends the download's headers on its first write, so that an
// error found before anything is written can still be answered as one.
type attachment struct {
	w                     http.ResponseWriter
	contentType, fileName string
	started               bool
}

func (a *attachment) start() {
	a.started = true
	h := a.w.Header()
	h.Set("Content-Type", a.contentType)
	h.Set("Content-Disposition", `attachment; filename="`+a.fileName+`"`)
	h.Set("Cache-Control", "no-store")
	a.w.WriteHeader(http.StatusOK)
}

func (a *attachment) Write(p []byte) (int, error) {
	if !a.started {
		a.start()
	}
	return a.w.Write(p)
}

// downloadLinks are the links that download a list whole, in each format.
type downloadLinks struct{ CSV, JSONL string }

// Downloads are the links that download the whole list the form selects
// from the API's path api: the page's filters, not its page or order.
func (f *listForm) Downloads(api string) downloadLinks {
	v := url.Values{}
	for _, h := range f.Hidden {
		v.Set(h.Name, h.Value)
	}
	for name, value := range map[string]string{"from": f.From, "to": f.To, "site": f.Site} {
		if value != "" {
			v.Set(name, value)
		}
	}
	return downloadsOf(api, v)
}

// downloadsOf are the links that download the whole list the API's path
// api selects with the filters v (v gains the format).
func downloadsOf(api string, v url.Values) downloadLinks {
	link := func(format export.Format) string {
		v.Set("format", string(format))
		return api + "?" + v.Encode()
	}
	return downloadLinks{CSV: link(export.CSV), JSONL: link(export.JSONL)}
}

// nonEmpty are the filters among name, value pairs that have a value.
func nonEmpty(pairs ...string) url.Values {
	v := url.Values{}
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i+1] != "" {
			v.Set(pairs[i], pairs[i+1])
		}
	}
	return v
}
