package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph"
	"github.com/newsgraph/newsgraph/internal/actors"
	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/internal/event"
	"github.com/newsgraph/newsgraph/internal/event/dict"
	"github.com/newsgraph/newsgraph/internal/event/validate"
)

func newEvalEvents() *cobra.Command {
	var dictDir string
	var goldParse, mismatches bool
	cmd := goldCommand(&cobra.Command{
		Use:   "events --gold FILE.xml",
		Short: "Score event coding on a PETRARCH validation file",
		Long: "events codes each <Sentence> of a PETRARCH validation file and scores the\n" +
			"(source, target, event) triples against its <EventCoding>s: precision, recall\n" +
			"and F1 with multiset matching per record, over full codes and over root codes\n" +
			"(first two digits); a noevents record counts every coded event as false. The\n" +
			"dictionaries are those the file's <Environment> names, in ../dictionaries beside\n" +
			"its folder; --dict layers a directory over them (a file of the same name\n" +
			"replaces one, others add). With --gold-parse the records' own CoNLL-U parses are\n" +
			"coded; without it newsgraph parses each <Text> itself.",
	}, "PETRARCH validation XML", func(cmd *cobra.Command, gold string) (any, func(io.Writer), error) {
		r, err := scoreEvents(cmd.Context(), gold, dictDir, goldParse, cmd.ErrOrStderr())
		if err != nil {
			return nil, nil, err
		}
		return r.Scores, func(w io.Writer) {
			printEventReport(w, r)
			if mismatches {
				printEventMismatches(w, r)
			}
		}, nil
	})
	cmd.Flags().StringVar(&dictDir, "dict", "", "a directory of dictionaries layered over the file's own")
	cmd.Flags().BoolVar(&goldParse, "gold-parse", false, "code the records' own CoNLL-U parses instead of newsgraph's")
	cmd.Flags().BoolVar(&mismatches, "mismatches", false, "list each failed record: its text, gold and coded triples, and how each verb was read")
	return cmd
}

func scoreEvents(ctx context.Context, gold, dictDir string, goldParse bool, stderr io.Writer) (*validate.Report, error) {
	fh, err := os.Open(gold)
	if err != nil {
		return nil, err
	}
	f, err := corpus.ReadPetrarch(fh)
	fh.Close()
	if err != nil {
		return nil, err
	}
	set, err := loadEventDicts(gold, f.Env, dictDir)
	var le actors.LineErrors
	switch {
	case errors.As(err, &le):
		fmt.Fprintf(stderr, "newsgraph: %d malformed dictionary lines skipped\n", len(le))
	case err != nil:
		return nil, err
	}
	c := &event.Coder{Verbs: set.Verbs, Actors: event.DictCoder{KB: set.KB()}, Discards: dict.IndexDiscards(set.Discards), KeepNonCAMEO: true,
		Ontology: set.Ontology}
	annotate := validate.FromParse
	if !goldParse {
		if annotate, err = pipelineAnnotate(); err != nil {
			return nil, err
		}
	}
	return validate.Run(ctx, c, f.Records, annotate)
}

// loadEventDicts finds the dictionaries the file's environment names in
// ../dictionaries beside its folder, with dictDir layered over them.
func loadEventDicts(gold string, env map[string][]string, dictDir string) (*dict.Set, error) {
	dir := filepath.Join(filepath.Dir(filepath.Dir(gold)), "dictionaries")
	var files dict.Files
	for _, key := range []string{"Verbfile", "Actorfile", "Agentfile", "Discardfile", "Issuefile", "PICOfile"} {
		for _, name := range env[key] {
			if !files.Add(filepath.Join(dir, filepath.Base(name))) {
				return nil, fmt.Errorf("%s: %s %q is no dictionary name newsgraph knows", gold, key, name)
			}
		}
	}
	if dictDir != "" {
		user, err := dict.Find(dictDir)
		if err != nil {
			return nil, err
		}
		files = files.Over(user)
	}
	return dict.Load(files)
}

// pipelineAnnotate parses each record's text with the shipped pipeline
// up to coreference.
func pipelineAnnotate() (validate.Annotate, error) {
	m, err := loadModels()
	if err != nil {
		return nil, err
	}
	p, err := m.Base()
	if err != nil {
		return nil, err
	}
	return func(ctx context.Context, rec corpus.PetrarchRecord) (*newsgraph.Doc, error) {
		d := newsgraph.NewDoc(newsgraph.Metadata{ID: rec.ID, Published: validate.Date(rec)},
			[]newsgraph.Block{{Kind: newsgraph.KindBody, Text: validate.Text(rec)}})
		return d, p.Run(ctx, d)
	}, nil
}

func printEventReport(w io.Writer, r *validate.Report) {
	fmt.Fprintf(w, "records  %d (%d with a failure, %d skipped)\n", r.Records, r.Failed, len(r.Skipped))
	fmt.Fprintf(w, "%-8s %9s %9s %9s\n", "", "precision", "recall", "F1")
	fmt.Fprintf(w, "%-8s %9.3f %9.3f %9.3f\n", "triples", r.Triples.Precision, r.Triples.Recall, r.Triples.F1)
	fmt.Fprintf(w, "%-8s %9.3f %9.3f %9.3f\n", "root", r.Root.Precision, r.Root.Recall, r.Root.F1)
	fmt.Fprintln(w, "triples missed or extra, by cause:")
	for _, c := range r.CauseList() {
		fmt.Fprintf(w, "  %4d  %s  (e.g. %v)\n", r.Causes[c], c, r.Examples[c])
	}
	for _, s := range r.Skipped {
		fmt.Fprintf(w, "skipped: %s\n", s)
	}
}

// printEventMismatches lists the failed records for a person to group
// by cause: the sentence, gold against coded triples, and each verb's
// reading (block:pattern line, code, actor -> recipient).
func printEventMismatches(w io.Writer, r *validate.Report) {
	for _, f := range r.Failures {
		fmt.Fprintf(w, "\n== %s\n   %s\n   gold   %v\n   ours   %v\n   missed %v  extra %v\n", f.ID, f.Text, f.Gold, f.Ours, f.Missed, f.Extra)
		for _, tr := range f.Readings {
			fmt.Fprintf(w, "   verb %s\n", tr)
		}
	}
}
