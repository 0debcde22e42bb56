// Package eval scores newsgraph against gold data: article extraction the
// way the article-extraction benchmark's evaluate.py does, and segmentation
// against a CoNLL-U treebank. One scorer per task serves the CLI and the
// tests that guard the scores.
package eval
