package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/internal/analyze"
	"github.com/newsgraph/newsgraph/internal/attrib"
	"github.com/newsgraph/newsgraph/internal/attrib/baseline"
	"github.com/newsgraph/newsgraph/internal/attrib/cue"
	"github.com/newsgraph/newsgraph/internal/corpus"
	"github.com/newsgraph/newsgraph/internal/eval"
	"github.com/newsgraph/newsgraph/internal/ner"
	"github.com/newsgraph/newsgraph/internal/parse"
	"github.com/newsgraph/newsgraph/internal/pipeline"
	"github.com/newsgraph/newsgraph/internal/tag"
)

func newEval() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "eval",
		Short: "Score newsgraph against gold data",
	}
	cmd.AddCommand(newEvalExtraction(), newEvalSegment(), newEvalPOS(), newEvalNER(), newEvalParse(), newEvalAttribution(),
		newEvalCoref(), newEvalLinking(), newEvalTime(), newEvalEvents(), newEvalDedup(), newEvalStories())
	return cmd
}

// scorer scores against the --gold data and returns the scores (printed
// as they are with --json) and how to show them to people.
type scorer func(cmd *cobra.Command, gold string) (scores any, human func(w io.Writer), err error)

// goldCommand gives an eval command its --gold and --json flags.
func goldCommand(cmd *cobra.Command, goldHelp string, score scorer) *cobra.Command {
	var gold string
	var asJSON bool
	cmd.Args = cobra.NoArgs
	cmd.RunE = func(cmd *cobra.Command, _ []string) error {
		s, human, err := score(cmd, gold)
		if err != nil {
			return err
		}
		if asJSON {
			return printJSON(cmd.OutOrStdout(), s)
		}
		human(cmd.OutOrStdout())
		return nil
	}
	cmd.Flags().StringVar(&gold, "gold", "", goldHelp)
	cmd.Flags().BoolVar(&asJSON, "json", false, "print the scores as JSON")
	_ = cmd.MarkFlagRequired("gold")
	return cmd
}

func newEvalExtraction() *cobra.Command {
	return goldCommand(&cobra.Command{
		Use:   "extraction --gold DIR",
		Short: "Score article-body extraction on the article-extraction benchmark",
		Long: "extraction runs newsgraph's HTML path over DIR/html/*.html(.gz) and scores the\n" +
			"extracted bodies (title excluded) against DIR/ground-truth.json as the\n" +
			"benchmark's evaluate.py does: 4-gram shingle precision, recall and F1,\n" +
			"macro-averaged over pages, and exact-match accuracy.",
	}, "benchmark directory (ground-truth.json and html/)", func(cmd *cobra.Command, gold string) (any, func(io.Writer), error) {
		pages, err := eval.LoadExtractionBenchmark(gold)
		if err != nil {
			return nil, nil, err
		}
		p, err := newPipeline()
		if err != nil {
			return nil, nil, err
		}
		start := time.Now()
		preds := eval.ExtractBodies(cmd.Context(), &analyze.Analyzer{Pipeline: p}, pages, func(pg eval.BenchmarkPage, err error) {
			fmt.Fprintf(cmd.ErrOrStderr(), "newsgraph: page %s: %v\n", pg.ID, err)
		})
		speed := float64(len(pages)) / time.Since(start).Seconds()
		s := eval.ScoreExtraction(eval.Golds(pages), preds)
		return s, func(w io.Writer) {
			fmt.Fprintf(w, "pages      %d\nF1         %.3f\nprecision  %.3f\nrecall     %.3f\naccuracy   %.3f\nspeed      %.0f pages/s (whole pipeline, one goroutine)\n",
				s.Pages, s.F1, s.Precision, s.Recall, s.Accuracy, speed)
		}, nil
	})
}

func newEvalSegment() *cobra.Command {
	return goldCommand(&cobra.Command{
		Use:   "segment --gold FILE.conllu",
		Short: "Score sentence and token segmentation against a CoNLL-U treebank",
		Long: "segment rebuilds the raw text of a treebank (paragraphs from its newpar and\n" +
			"newdoc comments), segments it, and reports sentence-boundary and token F1\n" +
			"(a token counts when its span equals a gold word's).",
	}, "CoNLL-U file (may be .gz)", func(_ *cobra.Command, gold string) (any, func(io.Writer), error) {
		sents, err := corpus.ReadCoNLLU(gold)
		if err != nil {
			return nil, nil, err
		}
		s := eval.ScoreSegmentation(sents)
		return s, func(w io.Writer) {
			fmt.Fprintf(w, "%-10s %9s %9s %9s %8s\n", "", "precision", "recall", "F1", "gold")
			fmt.Fprintf(w, "%-10s %9.4f %9.4f %9.4f %8d\n", "sentences", s.Sentences.Precision, s.Sentences.Recall, s.Sentences.F1, s.GoldSentences)
			fmt.Fprintf(w, "%-10s %9.4f %9.4f %9.4f %8d\n", "tokens", s.Tokens.Precision, s.Tokens.Recall, s.Tokens.F1, s.GoldTokens)
		}, nil
	})
}

func newEvalPOS() *cobra.Command {
	return goldCommand(&cobra.Command{
		Use:   "pos --gold FILE.conllu",
		Short: "Score part-of-speech tags and lemmas on a CoNLL-U treebank, with gold tokens",
	}, "CoNLL-U file (may be .gz)", func(_ *cobra.Command, gold string) (any, func(io.Writer), error) {
		sents, err := corpus.ReadCoNLLU(gold)
		if err != nil {
			return nil, nil, err
		}
		m, err := loadModels()
		if err != nil {
			return nil, nil, err
		}
		s := m.Tagger.Evaluate(tag.FromCoNLLU(sents))
		return s, func(w io.Writer) {
			fmt.Fprintf(w, "tokens %d\nXPOS   %.4f\nUPOS   %.4f\nlemma  %.4f\n", s.Tokens, s.XPOS, s.UPOS, s.Lemma)
		}, nil
	})
}

func newEvalNER() *cobra.Command {
	return goldCommand(&cobra.Command{
		Use:   "ner --gold FILE",
		Short: "Score named entities on a CoNLL-2003 file (entity-level exact match, as conlleval)",
	}, "CoNLL-2003 file (may be .gz)", func(_ *cobra.Command, gold string) (any, func(io.Writer), error) {
		docs, err := corpus.ReadCoNLL2003(gold)
		if err != nil {
			return nil, nil, err
		}
		m, err := loadModels()
		if err != nil {
			return nil, nil, err
		}
		s := m.NER.Evaluate(ner.FromCoNLL2003(docs, m.Tagger.Tag))
		return s, func(w io.Writer) {
			fmt.Fprintf(w, "%-6s %9s %9s %9s\n", "", "precision", "recall", "F1")
			fmt.Fprintf(w, "%-6s %9.4f %9.4f %9.4f\n", "all", s.Precision, s.Recall, s.F1)
			for _, typ := range ner.Types {
				p := s.PerType[typ]
				fmt.Fprintf(w, "%-6s %9.4f %9.4f %9.4f\n", typ, p.Precision, p.Recall, p.F1)
			}
		}, nil
	})
}

func newEvalParse() *cobra.Command {
	return goldCommand(&cobra.Command{
		Use:   "parse --gold FILE.conllu",
		Short: "Score dependency parses (UAS, LAS, punctuation included) with gold tokens and predicted POS",
	}, "CoNLL-U file (may be .gz)", func(_ *cobra.Command, gold string) (any, func(io.Writer), error) {
		sents, err := corpus.ReadCoNLLU(gold)
		if err != nil {
			return nil, nil, err
		}
		m, err := loadModels()
		if err != nil {
			return nil, nil, err
		}
		ps := parse.FromCoNLLU(sents)
		parse.Retag(ps, m.Tagger.Tag)
		s := m.Parser.Evaluate(ps)
		return s, func(w io.Writer) {
			fmt.Fprintf(w, "tokens %d\nUAS    %.4f\nLAS    %.4f\n", s.Tokens, s.UAS, s.LAS)
		}, nil
	})
}

func newEvalAttribution() *cobra.Command {
	var folds int
	var typesFile, recipeJSON, against string
	var mistakes, untuned, goldCues bool
	cmd := goldCommand(&cobra.Command{
		Use:   "attribution --gold DIR",
		Short: "Score attributions (source, cue, content) on a PolNeAR-format folder",
		Long: "attribution reads DIR/text/*.txt and DIR/attributions/*.ann (BRAT standoff).\n" +
			"Where several annotators marked one article, the .ann file whose name sorts\n" +
			"first is the gold, so each article counts once. Scores are Citron's: exact\n" +
			"match of spans (a discontinuous gold span by its covering range), each span\n" +
			"counted once per attribution on both sides (a source shared by two cues is\n" +
			"two spans), and token overlap, over whole documents. It also scores the types\n" +
			"on the annotated sample (--types) and the confidences: a reliability table of\n" +
			"attributions binned by confidence against the share of them that were right.",
	}, "PolNeAR-format folder (text/, attributions/)", func(cmd *cobra.Command, gold string) (any, func(io.Writer), error) {
		if mistakes && folds > 1 {
			return nil, nil, errors.New("--mistakes lists the shipped models' mistakes: it does not go with --folds")
		}
		if untuned && folds > 1 {
			return nil, nil, errors.New("--baseline scores a stage that learns nothing: it does not go with --folds")
		}
		if goldCues && (folds > 1 || untuned) {
			return nil, nil, errors.New("--gold-cues scores the shipped stage with gold's cue decisions: it goes with neither --folds nor --baseline")
		}
		if (recipeJSON != "" || against != "") && folds <= 1 {
			return nil, nil, errors.New("--recipe and --against go with a cross-validation: they need --folds")
		}
		if folds > 1 {
			recipe, err := recipeWith(shippedRecipe, recipeJSON)
			if err != nil {
				return nil, nil, err
			}
			cv, err := crossValidationScores(cmd.Context(), gold, folds, recipe, cmd.ErrOrStderr())
			if err == nil && against != "" {
				err = compareAgainst(cmd.Context(), &cv, gold, against)
			}
			return cv, func(w io.Writer) { printAttributionCV(w, cv) }, err
		}
		docs, err := eval.LoadPolNeAR(gold)
		if err != nil {
			return nil, nil, err
		}
		p, err := attributionPipeline(untuned)
		if goldCues {
			p, err = goldCuePipeline(docs)
		}
		if err != nil {
			return nil, nil, err
		}
		r, err := scoreAttributionReport(cmd.Context(), p, docs, typesFile, mistakes)
		if err != nil {
			return nil, nil, err
		}
		return r, func(w io.Writer) { printAttributionReport(w, r) }, nil
	})
	cmd.Flags().StringVar(&typesFile, "types", defaultTypeSample, "a sample of attribution types annotated by hand (article, annotation, cue start, cue end, type),\n"+
		"scored when --gold holds its articles; the default is read when run from the repository")
	cmd.Flags().BoolVar(&mistakes, "mistakes", false, "list, before the scores, each gold attribution missed or got wrong (missed, partial: the cue's edges,\n"+
		"swallowed: inside another's content, source, content) and each attribution gold lacks (false)")
	cmd.Flags().BoolVar(&untuned, "baseline", false, "score an attribution stage fitted to no data (say and tell, their subjects and clausal complements\n"+
		"off the parse) in place of newsgraph's: how hard the articles are for a system tuned on none of them")
	cmd.Flags().BoolVar(&goldCues, "gold-cues", false, "take gold's word on which verbs are cues, in place of the classifier and keeper: how far the\n"+
		"rules and the ranker would go were that decision made perfectly (an oracle, for measurement)")
	cmd.Flags().IntVar(&folds, "folds", 0, "above 1, --gold is training data: for each of this many folds of its articles, train the\n"+
		"attribution models as shipped on the other folds and score the held-out one")
	cmd.Flags().StringVar(&against, "against", "", "with --folds, a PolNeAR-format folder (dev) to score with the shipped models and place among\n"+
		"samples of as many articles drawn from the out-of-fold ones: a score beyond nearly all of them is not luck;\n"+
		"the --baseline stage, fitted to nothing, is placed the same way among samples of --gold's articles")
	cmd.Flags().StringVar(&recipeJSON, "recipe", "", "with --folds, a JSON object that overrides settings of the shipped training recipe, keyed as\n"+
		"the recipe --json reports (e.g. '{\"min_rate\":0.3,\"cue_threshold\":3}'); an unknown key is an error")
	return cmd
}

// attributionPipeline is the shipped pipeline, or with untuned, the same
// with the baseline attribution stage in place of the shipped one.
func attributionPipeline(untuned bool) (*pipeline.Pipeline, error) {
	if !untuned {
		return newPipeline()
	}
	m, err := loadModels()
	if err != nil {
		return nil, err
	}
	return m.Pipeline(baseline.Stage{})
}

// goldCuePipeline is the shipped pipeline whose attribution stage takes
// docs' gold annotation's word on which verbs are cues, in place of its
// classifier and keeper (--gold-cues).
func goldCuePipeline(docs []eval.AttributionDoc) (*pipeline.Pipeline, error) {
	m, err := loadModels()
	if err != nil {
		return nil, err
	}
	return m.Pipeline(attrib.Stage{Cues: m.Cues, Classifier: cue.GoldClassifier(eval.GoldCues(docs)), Boundaries: m.Boundaries})
}

func printAttributionScore(w io.Writer, s eval.AttributionScore) {
	fmt.Fprintf(w, "%d documents\n%-8s %-7s %9s %9s %9s\n", s.Documents, "", "", "precision", "recall", "F1")
	for _, r := range []struct {
		name string
		s    eval.SpanScores
	}{{"cue", s.Cue}, {"source", s.Source}, {"content", s.Content}, {"all", s.All}} {
		fmt.Fprintf(w, "%-8s %-7s %9.3f %9.3f %9.3f\n", r.name, "exact", r.s.Exact.Precision, r.s.Exact.Recall, r.s.Exact.F1)
		fmt.Fprintf(w, "%-8s %-7s %9.3f %9.3f %9.3f\n", "", "overlap", r.s.Overlap.Precision, r.s.Overlap.Recall, r.s.Overlap.F1)
	}
	fmt.Fprintf(w, "content, exact, by kind (gold kind for recall, predicted kind for precision):\n")
	for _, k := range []string{"direct", "mixed", "indirect"} {
		p := s.ByKind[k]
		fmt.Fprintf(w, "  %-8s P %.3f  R %.3f  F1 %.3f\n", k, p.Precision, p.Recall, p.F1)
	}
}

// corefCommand is an eval command scored on a CorefUD file with the
// entities newPredictor finds.
func corefCommand(cmd *cobra.Command, score func(context.Context, []corpus.CorefDoc, eval.Predictor) (any, func(io.Writer), error)) *cobra.Command {
	var baseline bool
	c := goldCommand(cmd, "CorefUD CoNLL-U file (may be .gz)", func(cmd *cobra.Command, gold string) (any, func(io.Writer), error) {
		docs, err := corpus.ReadCorefUD(gold)
		if err != nil {
			return nil, nil, err
		}
		newP := newPredictor
		if baseline {
			newP = newBaselinePredictor
		}
		predict, err := newP()
		if err != nil {
			return nil, nil, err
		}
		return score(cmd.Context(), docs, predict)
	})
	c.Flags().BoolVar(&baseline, "baseline", false, "score the name-matching baseline instead of the coreference stage")
	return c
}

func newEvalCoref() *cobra.Command {
	return corefCommand(&cobra.Command{
		Use:   "coref --gold FILE.conllu",
		Short: "Score within-document coreference of people, organisations and places on a CorefUD file (GUM)",
		Long: "coref rebuilds each document's text from the gold words, runs the predictor on it and\n" +
			"scores its clusters against the gold entities of type person, organization and place:\n" +
			"MUC, B³, CEAF-e (φ4) and their mean, CoNLL F1, over mentions matched by exact word\n" +
			"range, singletons left out on both sides; predicted mentions that are gold mentions\n" +
			"of other types are dropped. Pronoun accuracy: of the gold personal pronouns with an\n" +
			"earlier mention, the share whose predicted cluster holds another mention of their\n" +
			"entity. The predictor is the shipped pipeline's coreference stage; --baseline scores\n" +
			"the name-matching baseline instead.",
	}, func(ctx context.Context, docs []corpus.CorefDoc, predict eval.Predictor) (any, func(io.Writer), error) {
		s, err := eval.EvalCoref(ctx, docs, predict)
		return s, func(w io.Writer) {
			fmt.Fprintf(w, "%d documents, %d gold entities (%d mentions), %d predicted (%d mentions)\n",
				s.Documents, s.GoldEntities, s.GoldMentions, s.PredictedEntities, s.PredictedMentions)
			fmt.Fprintf(w, "%-8s %9s %9s %9s\n", "", "precision", "recall", "F1")
			for _, r := range []struct {
				name string
				p    eval.PRF
			}{{"MUC", s.MUC}, {"B³", s.B3}, {"CEAF-e", s.CEAFe}} {
				fmt.Fprintf(w, "%-8s %9.4f %9.4f %9.4f\n", r.name, r.p.Precision, r.p.Recall, r.p.F1)
			}
			fmt.Fprintf(w, "CoNLL F1 %.4f\npronoun accuracy %.4f (%d pronouns)\n", s.CoNLLF1, s.PronounAccuracy, s.Pronouns)
		}, err
	})
}

func newEvalLinking() *cobra.Command {
	return corefCommand(&cobra.Command{
		Use:   "linking --gold FILE.conllu",
		Short: "Score cross-document identity of named people, organisations and places on a CorefUD file (GUM)",
		Long: "linking runs the predictor on every document and scores, with B³ over the gold named\n" +
			"mentions of all documents (a proper-noun head, an entity of type person, organization\n" +
			"or place with a Wikipedia identity), how the actors it links them to group them against\n" +
			"the grouping by identity. A gold mention takes the actor of the longest predicted mention\n" +
			"inside it that covers its head; one without is a group of its own. The entities of all\n" +
			"documents are grouped into actors as a store's are (`actors relink`), each document an article.",
	}, func(ctx context.Context, docs []corpus.CorefDoc, predict eval.Predictor) (any, func(io.Writer), error) {
		linker, err := corpusLinker()
		if err != nil {
			return nil, nil, err
		}
		s, err := eval.EvalLinking(ctx, docs, predict, linker)
		return s, func(w io.Writer) {
			fmt.Fprintf(w, "%d named mentions in %d documents, %d found and linked\nprecision %.4f\nrecall    %.4f\nF1        %.4f\n",
				s.Mentions, len(docs), s.Linked, s.Precision, s.Recall, s.F1)
		}, err
	})
}
