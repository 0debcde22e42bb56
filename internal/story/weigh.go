package story

import "math"

// article is an article's features weighed against the stream: unit
// TF-IDF vectors and the keys that find and index its story.
type article struct {
	terms, names, events vector
	keys                 []string
}

// weigh counts the article's keys into the document frequencies, then
// weighs each of its features by sublinear frequency times IDF and
// normalises each vector to unit length.
func (c *Clusterer) weigh(f Features) article {
	c.Articles++
	count := func(prefix string, m map[string]float64) {
		for k, v := range m {
			if v > 0 && !math.IsInf(v, 1) {
				c.DF[prefix+k]++
			}
		}
	}
	count("t:", f.Terms)
	count("n:", f.Names)
	count("e:", f.Events)
	a := article{
		terms:  c.tfidf("t:", f.Terms),
		names:  c.tfidf("n:", f.Names),
		events: c.tfidf("e:", f.Events),
	}
	keys := append(prefixed("t:", a.terms.top(c.Config.IndexTerms)), prefixed("n:", a.names.top(c.Config.IndexNames))...)
	for _, k := range keys {
		if !c.common(k) {
			a.keys = append(a.keys, k)
		}
	}
	return a
}

// common reports whether a key is held by so many articles that it finds
// every active story (the campaign's two candidates, in PolNeAR): it is
// still weighed in the similarity, but finding candidates through it
// would make Add linear in the active stories.
func (c *Clusterer) common(key string) bool {
	const minArticles = 50 // too few articles to tell common from frequent
	share := c.Config.CommonShare
	return share > 0 && c.Articles >= minArticles && float64(c.DF[key]) > share*float64(c.Articles)
}

// tfidf is the unit vector of counts m, each weighed by log(1+N/df): a
// word every article holds keeps a little weight (log 2), so the first
// articles of a stream are not all zero.
func (c *Clusterer) tfidf(prefix string, m map[string]float64) vector {
	w := make(map[string]float64, len(m))
	for k, v := range m {
		if df := c.DF[prefix+k]; v > 0 && !math.IsInf(v, 1) && df > 0 {
			w[k] = sublinear(v) * math.Log(1+float64(c.Articles)/float64(df))
		}
	}
	return vectorOf(w).unit()
}

func prefixed(p string, keys []string) []string {
	for i := range keys {
		keys[i] = p + keys[i]
	}
	return keys
}
