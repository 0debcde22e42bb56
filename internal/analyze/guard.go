package analyze

import (
	"fmt"
	"runtime/debug"
)

// PanicError is a panic caught by Guard: a bug met on one article, which
// the caller reports and skips, unlike an error of the store or the input.
type PanicError struct {
	What  string // what was being done: "analyzing", "writing", "storing"
	Value any    // what was passed to panic
	Stack []byte // the first frames of the panicking goroutine
}

func (e *PanicError) Error() string {
	return fmt.Sprintf("internal error while %s (please report): %v\n%s", e.What, e.Value, e.Stack)
}

// Guard runs fn and turns a panic in it into a *PanicError. Every
// per-article step at a batch's boundary — analysis, writing, storing —
// runs under it, so that an article that trips a bug is reported with its
// source and skipped, and the batch goes on.
func Guard(what string, fn func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &PanicError{What: what, Value: r, Stack: firstLines(debug.Stack(), 12)}
		}
	}()
	return fn()
}

// firstLines keeps the first n lines of a stack: enough to find the bug,
// short enough for a log line per article.
func firstLines(stack []byte, n int) []byte {
	for i, b := range stack {
		if b == '\n' {
			if n--; n == 0 {
				return stack[:i]
			}
		}
	}
	return stack
}
