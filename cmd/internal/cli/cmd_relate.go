package cli

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/claimdiff/claimdiff/compare/relation"
)

func init() {
	extraCommands = append(extraCommands,
		command{"relate", "[--claim TEXT]", "classify statement pairs read as TSV on standard input", runRelate},
		command{"eval", "DIR|FILE.tsv", "print the relation classifier's figures on the labelled pairs (*.tsv) in DIR", runEval})
}

// runRelate reads TSV (a header naming id, text_a, text_b; other columns
// ignored) from standard input and writes one line per pair:
//
//	id<TAB>relation<TAB>confidence<TAB>reasons
//
// reasons are "kind: A vs B" joined with "; ". With --claim, two more
// columns give the stance of text_a and text_b toward the claim (affirms,
// denies, neutral). It streams: one row in memory at a time, and each
// result is flushed as soon as no further line waits in the input.
//
// Bad rows are reported on stderr with their line number, and counted at the
// end; the others are still written. Exit codes: 2 when the header is
// missing or lacks a required column (nothing can be read); 1 when there
// were rows but none could be related; 0 otherwise.
func runRelate(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "relate", "[--claim TEXT]")
	claim := fs.String("claim", "", "also print the stance of text_a and text_b toward this claim")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return &UsageError{"relate reads standard input and takes no file arguments"}
	}
	r, err := relation.NewTSVReader(env.Stdin)
	if err != nil {
		return &UsageError{"relate: standard input: " + err.Error()}
	}
	var cl *relation.Prepared
	if *claim != "" {
		cl = relation.Prepare(*claim)
	}
	w := bufio.NewWriter(env.Stdout)
	defer w.Flush()
	bad, good := 0, 0
	for n := 0; ; n++ {
		if n%256 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		// Flush before Next would wait for input: a pipe full of rows still
		// gets whole buffers written, a person typing sees each answer.
		if !r.LineReady() {
			if err := w.Flush(); err != nil {
				return fmt.Errorf("relate: writing standard output: %w", err)
			}
		}
		row, err := r.Next()
		if err == io.EOF {
			break
		}
		var re *relation.RowError
		if errors.As(err, &re) {
			bad++
			fmt.Fprintf(env.Stderr, "%s relate: standard input: %s\n", program(), re)
			continue
		}
		if err != nil {
			return fmt.Errorf("relate: reading standard input: %w", err)
		}
		good++
		if cl == nil {
			res := relation.Classify(row.A, row.B)
			fmt.Fprintf(w, "%s\t%s\t%.3f\t%s", relation.Escape(row.ID), res.Label, res.Confidence, relation.Escape(reasonsText(res.Reasons)))
		} else {
			// Each text tokenised once for its relation and its stance;
			// the claim once for every row.
			pa, pb := relation.Prepare(row.A), relation.Prepare(row.B)
			res := relation.ClassifyPrepared(pa, pb)
			fmt.Fprintf(w, "%s\t%s\t%.3f\t%s", relation.Escape(row.ID), res.Label, res.Confidence, relation.Escape(reasonsText(res.Reasons)))
			fmt.Fprintf(w, "\t%s\t%s", relation.StanceOfPrepared(pa, cl).Stance, relation.StanceOfPrepared(pb, cl).Stance)
		}
		w.WriteByte('\n')
	}
	if bad > 0 && good == 0 {
		return fmt.Errorf("relate: no row could be related: %d bad row(s), see the messages above", bad)
	}
	if bad > 0 {
		fmt.Fprintf(env.Stderr, "%s relate: standard input: %d bad row(s) skipped, %d related\n", program(), bad, good)
	}
	return w.Flush()
}

// reasonsText renders reasons as "kind: A vs B" joined with "; "; a side
// without evidence (a denial on one side only) is "-".
func reasonsText(rs []relation.Reason) string {
	var sb strings.Builder
	for i, r := range rs {
		if i > 0 {
			sb.WriteString("; ")
		}
		fmt.Fprintf(&sb, "%s: %s vs %s", r.Kind, orDash(r.A), orDash(r.B))
	}
	return sb.String()
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// runEval prints macro-F1, accuracy and the agreement-to-contradiction rate
// of every labelled *.tsv in DIR (or of one file), on the held-out split and
// on all rows. Bad rows are reported on stderr and left out of the figures.
func runEval(_ context.Context, env *Env, args []string) error {
	fs := newFlags(env, "eval", "DIR|FILE.tsv")
	pos, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return &UsageError{"eval needs one folder of labelled TSV files, or one such file (columns id, text_a, text_b, label)"}
	}
	_, err = relation.EvalDir(pos[0], env.Stdout, func(err error) {
		fmt.Fprintf(env.Stderr, "%s eval: %s\n", program(), err)
	})
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	return nil
}
