// Package errpredicate tests error checks through helper predicates: a
// function that returns true only for a non-nil error guards its return as
// `err != nil` does.
package errpredicate

import (
	"os"
	"testing"

	"errpredicate/check"
)

// endsTest is true only when the open failed: when it should have failed
// and did not, the test is over.
func endsTest(t *testing.T, err error, wantErr bool) bool {
	if wantErr {
		if err == nil {
			t.Fatalf("open succeeded; want an error")
		}
		return true
	}
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	return false
}

func okLocalPredicate(t *testing.T, name string, wantErr bool) {
	f, err := os.Open(name)
	if endsTest(t, err, wantErr) {
		return
	}
	defer f.Close()
}

func okImportedPredicate(name string) error {
	f, err := os.Open(name)
	if check.Unsupported(err) {
		return nil
	}
	if err != nil {
		return err
	}
	return f.Close()
}

func okPredicateOfPredicate(names []string) {
	for _, name := range names {
		f, err := os.Open(name)
		if check.NotSupported(err) {
			continue
		}
		if err != nil {
			return
		}
		f.Close()
	}
}

// Ignorable is true for a nil error too: f may be open on that return.
func leakNilTooPredicate(name string) error {
	f, err := os.Open(name) // want `os\.Open result f is not closed on the path that returns at line 64`
	if check.Ignorable(err) {
		return nil
	}
	return f.Close()
}

// mayEnd returns true whatever the error.
func mayEnd(t *testing.T, err error) bool {
	if err != nil {
		t.Logf("open: %v", err)
	}
	return true
}

func leakAlwaysTrue(t *testing.T, name string) {
	f, err := os.Open(name) // want `os\.Open result f is not closed on the path that returns at line 80`
	if mayEnd(t, err) {
		return
	}
	f.Close()
}
