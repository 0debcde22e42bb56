package main

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/newsgraph/newsgraph/internal/actors"
	"github.com/newsgraph/newsgraph/internal/actors/supplement"
	"github.com/newsgraph/newsgraph/internal/modelfile"
)

func newTrainActors() *cobra.Command {
	var dir, out string
	var actorFiles []string
	var agentFile string
	var strict, withSupplement bool
	cmd := &cobra.Command{
		Use:   "actors",
		Short: "Compile the actor knowledge base from the Phoenix actor and agent dictionaries",
		Long: "actors reads the Phoenix actor dictionaries (--actors) and agent dictionary\n" +
			"(--agents) in --dir and writes the compiled knowledge base with its manifest to\n" +
			"--out, with newsgraph's own supplement of leaders since 2014\n" +
			"(internal/actors/supplement) unless --supplement=false. Malformed lines are\n" +
			"listed on stderr with file and line and skipped (--strict refuses them);\n" +
			"their number goes into the manifest.",
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			var entries []actors.ActorEntry
			var training []modelfile.DataFile
			malformed := 0
			read := func(name string, fn func(f *os.File) error) error {
				p := filepath.Join(dir, name)
				f, err := os.Open(p)
				if err != nil {
					return err
				}
				defer f.Close()
				err = fn(f)
				var bad actors.LineErrors
				if errors.As(err, &bad) && !strict {
					for _, e := range bad {
						fmt.Fprintln(cmd.ErrOrStderr(), "skipped:", e)
					}
					malformed += len(bad)
					err = nil
				}
				if err != nil {
					return err
				}
				d, err := modelfile.HashFile(p)
				training = append(training, d)
				return err
			}
			for _, name := range actorFiles {
				if err := read(name, func(f *os.File) error {
					es, err := actors.ReadActors(f, name)
					entries = append(entries, es...)
					return err
				}); err != nil {
					return err
				}
			}
			if withSupplement {
				es, err := supplement.Entries()
				if err != nil {
					return err
				}
				entries = append(entries, es...)
				sum := sha256.Sum256([]byte(supplement.Text()))
				training = append(training, modelfile.DataFile{Path: supplement.File, SHA256: hex.EncodeToString(sum[:])})
			}
			var agents []actors.AgentEntry
			if err := read(agentFile, func(f *os.File) error {
				var err error
				agents, err = actors.ReadAgents(f, agentFile)
				return err
			}); err != nil {
				return err
			}
			kb := actors.Build(entries, agents)
			types := map[string]any{}
			kb.Actors(func(a *actors.Actor) bool {
				n, _ := types[string(a.Type)].(int)
				types[string(a.Type)] = n + 1
				return true
			})
			m := &modelfile.Manifest{Name: "actors", Version: "phoenix-2014-1+leaders-2026", TrainedBy: "newsgraph train actors",
				Training: training,
				Options: map[string]any{
					"records": len(entries), "actors": kb.Len(), "agent_phrases": kb.Agents(),
					"malformed_lines_skipped": malformed, "types": types,
					"license": "compiled from the Phoenix dictionaries of openeventdata/UniversalPetrarch, " +
						"MIT License, Copyright (c) 2014 Open Event Data Alliance (actor and agent files), " +
						"Copyright (c) 2016 Open Event Data Alliance (repository)",
				},
				Scores: map[string]float64{}}
			if err := kb.Save(out, m); err != nil {
				return err
			}
			st, err := os.Stat(filepath.Join(out, actors.File))
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%d actors from %d records, %d agent phrases, %d malformed lines skipped; %s (%d bytes) in %s\n",
				kb.Len(), len(entries), kb.Agents(), malformed, actors.File, st.Size(), out)
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "dir", dataPath("events", "universal-petrarch", "dictionaries"), "directory of the dictionaries")
	cmd.Flags().StringSliceVar(&actorFiles, "actors", []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"}, "actor dictionaries in --dir")
	cmd.Flags().StringVar(&agentFile, "agents", "Phoenix.agents.txt", "agent dictionary in --dir")
	cmd.Flags().StringVar(&out, "out", "models/actors", "output directory")
	cmd.Flags().BoolVar(&strict, "strict", false, "refuse dictionaries with malformed lines")
	cmd.Flags().BoolVar(&withSupplement, "supplement", true, "add newsgraph's own supplement of leaders since 2014")
	return cmd
}
