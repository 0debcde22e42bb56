// Package shareddata finds the project's training and evaluation data, which
// lives beside the repository in ../shared/data and is never copied into it.
// Tests that need it skip, saying why, when it is absent.
package shareddata

import (
	"os"
	"path/filepath"
	"testing"
)

// Env overrides where the data is looked for.
const Env = "NEWSGRAPH_DATA"

// Dir returns the data directory: $NEWSGRAPH_DATA, or shared/data beside the
// repository that holds the working directory.
func Dir() (string, bool) {
	if d := os.Getenv(Env); d != "" {
		return d, isDir(d)
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if isFile(filepath.Join(dir, "go.mod")) {
			d := filepath.Join(filepath.Dir(dir), "shared", "data")
			return d, isDir(d)
		}
		if filepath.Dir(dir) == dir {
			return "", false
		}
	}
}

// Path returns a file under the data directory, or skips the test.
func Path(t testing.TB, parts ...string) string {
	t.Helper()
	dir, ok := Dir()
	if !ok {
		t.Skipf("skipping: needs the shared data directory (../shared/data beside the repository, or $%s)", Env)
	}
	p := filepath.Join(append([]string{dir}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("skipping: %s is not in the shared data: %v", filepath.Join(parts...), err)
	}
	return p
}

func isDir(p string) bool  { fi, err := os.Stat(p); return err == nil && fi.IsDir() }
func isFile(p string) bool { fi, err := os.Stat(p); return err == nil && !fi.IsDir() }
