package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/render"
)

func newExportBRAT() *cobra.Command {
	var db, out string
	var ids []int64
	cmd := &cobra.Command{
		Use:   "brat --db DB --out DIR [--article ID]...",
		Short: "Write articles and their attributions as BRAT standoff (ID.txt, ID.ann) for annotators to correct",
		Long: "brat writes each stored article (or those --article names) as ID.txt, its\n" +
			"text, and ID.ann, its attributions in PolNeAR's scheme (Source, Cue, Content\n" +
			"and an Attribution event), for correction in the BRAT annotation tool.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			store, err := openExistingStore(cmd.Context(), db)
			if err != nil {
				return err
			}
			defer store.Close()
			if err := os.MkdirAll(out, 0o755); err != nil {
				return err
			}
			if len(ids) == 0 {
				if ids, err = allArticleIDs(cmd, store); err != nil {
					return err
				}
			}
			for _, id := range ids {
				a, err := store.Article(cmd.Context(), id)
				if err != nil {
					return fmt.Errorf("article %d: %s", id, newsgraph.ErrorMessage(err))
				}
				if err := writeBRAT(out, id, a.Doc); err != nil {
					return err
				}
			}
			fmt.Fprintf(cmd.ErrOrStderr(), "%d articles written to %s\n", len(ids), out)
			return nil
		},
	}
	cmd.Flags().StringVar(&db, "db", "newsgraph.db", "SQLite file, or postgres:// URL")
	cmd.Flags().StringVar(&out, "out", "brat", "directory to write ID.txt and ID.ann into")
	cmd.Flags().Int64SliceVar(&ids, "article", nil, "article id (repeatable; default: every article)")
	return cmd
}

func allArticleIDs(cmd *cobra.Command, store newsgraph.Store) ([]int64, error) {
	var ids []int64
	for {
		hits, total, err := store.FindArticles(cmd.Context(), newsgraph.ArticleFilter{Sort: newsgraph.SortOldest, Page: newsgraph.Page{Limit: 500, Offset: len(ids)}})
		if err != nil {
			return nil, fmt.Errorf("%s", newsgraph.ErrorMessage(err))
		}
		for _, h := range hits {
			ids = append(ids, h.Article.ID)
		}
		if len(hits) == 0 || len(ids) >= total {
			return ids, nil
		}
	}
}

func writeBRAT(dir string, id int64, d *newsgraph.Doc) error {
	base := filepath.Join(dir, strconv.FormatInt(id, 10))
	if err := os.WriteFile(base+".txt", []byte(d.Text), 0o644); err != nil {
		return err
	}
	f, err := os.Create(base + ".ann")
	if err != nil {
		return err
	}
	if err := render.BRAT(f, d); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
