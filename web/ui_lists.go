package web

import (
	"net/http"
	"net/url"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph"
)

// The UI's lists: articles (the home page), search results, quotes,
// events and entities, each a page with a pager, and the articles and
// quotes with a form to filter them by outlet and dates and to sort them.

// listForm is the filter-and-sort form above a list. It sends back the
// request's other parameters (the words, the actor…) as hidden fields, and
// starts again from the first page.
type listForm struct {
	Action   string
	Hidden   []field
	Sort     string
	Sorts    []newsgraph.Sort
	From, To string
	Site     string
	Sites    []newsgraph.SiteCount
}

type field struct{ Name, Value string }

// formOwn are the parameters the form itself sets, or resets.
var formOwn = []string{"sort", "from", "to", "site", "offset", "quotes_offset", "limit"}

// The orders a list's form offers: by date, or with words also by
// relevance (first, the default of a search).
var (
	dateSorts  = []newsgraph.Sort{newsgraph.SortNewest, newsgraph.SortOldest}
	querySorts = []newsgraph.Sort{newsgraph.SortRelevance, newsgraph.SortNewest, newsgraph.SortOldest}
)

// sortsFor are the orders a list with or without words offers.
func sortsFor(query string) []newsgraph.Sort {
	if strings.TrimSpace(query) != "" {
		return querySorts
	}
	return dateSorts
}

func (s *Server) newListForm(r *http.Request, sorts []newsgraph.Sort) (*listForm, error) {
	sites, err := s.Store.Sites(r.Context())
	if err != nil {
		return nil, err
	}
	v := r.URL.Query()
	f := &listForm{Action: r.URL.Path, Sort: v.Get("sort"), From: v.Get("from"), To: v.Get("to"), Site: v.Get("site"), Sites: sites, Sorts: sorts}
	for _, name := range sortedKeys(v) {
		if !slices.Contains(formOwn, name) {
			f.Hidden = append(f.Hidden, field{name, v.Get(name)})
		}
	}
	return f, nil
}

// renderList renders a list page with its form, offering sorts.
func (s *Server) renderList(w http.ResponseWriter, r *http.Request, name string, sorts []newsgraph.Sort, data map[string]any) {
	form, err := s.newListForm(r, sorts)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	data["Form"] = form
	s.render(w, r, name, data)
}

func sortedKeys(v url.Values) []string {
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// filtered says whether a request narrows its list.
func filtered(r *http.Request) bool {
	v := r.URL.Query()
	for _, name := range []string{"from", "to", "site", "actor", "entity", "offset"} {
		if v.Get(name) != "" {
			return true
		}
	}
	return false
}

// home lists articles, newest first, undated last; filtered, sorted and
// paged as the request asks, with the latest quotes above the first page.
func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	f, err := articleFilter(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	f.Query = "" // the search page searches
	hits, total, err := s.Store.FindArticles(r.Context(), f)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	data := map[string]any{"Title": "", "Articles": hits, "Total": total,
		"Pager": newPager(r.URL, "offset", f.Page, len(hits), total), "Filtered": filtered(r)}
	if !filtered(r) {
		if data["Quotes"], _, err = s.Store.Quotes(r.Context(), newsgraph.QuoteFilter{Page: newsgraph.Page{Limit: 10}}); err != nil {
			s.pageError(w, r, err)
			return
		}
	}
	s.renderList(w, r, "home.html", dateSorts, data)
}

// search finds articles and quotes by words, each list paged on its own
// (offset and quotes_offset), both filtered and sorted by the one form.
func (s *Server) search(w http.ResponseWriter, r *http.Request) {
	f, err := articleFilter(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	threshold, err := confidenceParam(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	data := map[string]any{"Title": "Search: " + f.Query, "Query": f.Query, "MinConfidence": confidenceText(threshold)}
	if strings.TrimSpace(f.Query) != "" {
		if err := s.searchLists(r, f, threshold, data); err != nil {
			s.pageError(w, r, err)
			return
		}
	}
	s.render(w, r, "search.html", data)
}

// searchLists fills data with the search page's two lists and its form.
func (s *Server) searchLists(r *http.Request, f newsgraph.ArticleFilter, threshold float64, data map[string]any) error {
	hits, total, err := s.Store.FindArticles(r.Context(), f)
	if newsgraph.ErrorCode(err) == newsgraph.EINVALID && len(searchWords(f.Query)) == 0 {
		err = nil // only punctuation: nothing found, not a broken page
	}
	if err != nil {
		return err
	}
	qp, err := pageParam(r, "quotes_offset")
	if err != nil {
		return err
	}
	qf := newsgraph.QuoteFilter{Query: f.Query, MinConfidence: threshold, Site: f.Site, From: f.From, To: f.To, Sort: f.Sort, Page: qp}
	quotes, qtotal, err := s.Store.Quotes(r.Context(), qf)
	if newsgraph.ErrorCode(err) == newsgraph.EINVALID && len(searchWords(f.Query)) == 0 {
		err = nil
	}
	if err != nil {
		return err
	}
	form, err := s.newListForm(r, querySorts)
	data["Hits"], data["Total"], data["Quotes"], data["QuoteTotal"], data["Form"] = hits, total, quotes, qtotal, form
	data["Pager"] = newPager(r.URL, "offset", f.Page, len(hits), total)
	data["QuotePager"] = newPager(r.URL, "quotes_offset", qp, len(quotes), qtotal)
	return err
}

// quotesPage lists the quotes /api/quotes would, as a page: the "all"
// link of a speaker's, an actor's or an entity's lists.
func (s *Server) quotesPage(w http.ResponseWriter, r *http.Request) {
	f, err := s.quoteFilter(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	quotes, total, err := s.Store.Quotes(r.Context(), f)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.renderList(w, r, "quotes.html", sortsFor(f.Query), map[string]any{"Title": quotesHeading(f, quotes), "Heading": quotesHeading(f, quotes),
		"Quotes": quotes, "Total": total, "Words": f.Query, "Pager": newPager(r.URL, "offset", f.Page, len(quotes), total)})
}

// quotesHeading names a list of quotes by what selects it, the names
// taken from the quotes themselves.
func quotesHeading(f newsgraph.QuoteFilter, quotes []newsgraph.QuoteRecord) string {
	if len(quotes) > 0 {
		q := quotes[0]
		switch {
		case f.AddressedTo != 0 && q.Addressee != "":
			return "Said to " + q.Addressee
		case (f.Actor != 0 || f.EntityID != 0) && q.Speaker != nil:
			return "Said by " + q.Speaker.Name
		case f.Article != 0:
			return "Quotes in " + q.Article.Title
		}
	}
	if f.Speaker != "" {
		return "Quotes by speakers called “" + f.Speaker + "”"
	}
	return "Quotes"
}

// eventsPage lists the events /api/events would, as a page.
func (s *Server) eventsPage(w http.ResponseWriter, r *http.Request) {
	f, err := eventFilter(r)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	events, total, err := s.Store.Events(r.Context(), f)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	// Events list newest first only: the form offers no order.
	s.renderList(w, r, "events.html", nil, map[string]any{"Title": "Events", "Events": events, "Total": total,
		"Pager": newPager(r.URL, "offset", f.Page, len(events), total)})
}

// entitiesPage lists entities, most mentioned first, by type and name.
func (s *Server) entitiesPage(w http.ResponseWriter, r *http.Request) {
	f, err := entityFilter(r, "q")
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	list, total, err := s.Store.Entities(r.Context(), f)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, "entities.html", map[string]any{"Title": "Entities", "Entities": list, "Total": total, "Filter": f,
		"Pager": newPager(r.URL, "offset", f.Page, len(list), total)})
}
