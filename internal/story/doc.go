// Package story groups articles about the same event or development —
// one debate, one shooting, one leaked document — across outlets and days,
// incrementally: each article, as it arrives, joins the most similar story
// still active around its date or starts a new one. Nothing already
// clustered is revisited, so adding an article costs the same at the
// ten-thousandth article as at the tenth.
//
// An article is compared through Features taken from its analysed Doc:
//
//   - its content words (lemmas of nouns, verbs, adjectives and names),
//     weighted by TF-IDF with document frequencies counted as articles
//     arrive, the title's and lead's words counting more;
//   - the people, organisations and places it names (the corpus actor
//     when linked, else the entity's name), weighted by salience (mentions,
//     more in the title and lead) and by how rare they are in the stream;
//   - its events, actor–CAMEO root–recipient;
//   - its publication date: a story is active for Config.Window days
//     around its articles, and similarity decays with the gap;
//   - its MinHash signature (internal/dedup): a near-duplicate of an
//     article already placed joins that article's story unconditionally.
//
// Only stories sharing one of the article's most distinctive words or
// names in the weeks around its date are scored: an inverted index from
// those keys, week by week, to stories keeps the comparison sub-linear in
// the size of the stream, and lets an archive arrive in any order of
// dates.
//
// The state is plain data (see Clusterer) so that a store can persist it;
// Score and ReadGold measure a clustering against hand-grouped samples
// (testdata/README.md says how they were grouped).
package story
