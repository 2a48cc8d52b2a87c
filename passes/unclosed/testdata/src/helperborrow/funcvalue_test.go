package helperborrow

import (
	"os"
	"testing"
)

// tempFile keeps what it opens: the test closes it when it ends.
func tempFile(t *testing.T) *os.File {
	f, err := os.CreateTemp(t.TempDir(), "x")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// openTemp hands what it opens to its caller.
func openTemp(t *testing.T) *os.File {
	f, err := os.CreateTemp(t.TempDir(), "x")
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// A table of helpers that all keep what they open: what a call through
// it returns is borrowed.
var keepers = []func(*testing.T) *os.File{tempFile, func(t *testing.T) *os.File { return tempFile(t) }}

// A table whose helpers differ: one hands over what it opens.
var mixed = []func(*testing.T) *os.File{tempFile, openTemp}

// A table set once more, to one that hands over what it opens.
var reset = []func(*testing.T) *os.File{tempFile}

func init() {
	reset = append(reset, openTemp)
}

func TestOkTableOfKeepers(t *testing.T) {
	for _, newFile := range keepers {
		f := newFile(t)
		f.WriteString("x")
	}
}

func TestLeakTableOfMixed(t *testing.T) {
	for _, newFile := range mixed {
		f := newFile(t) // want `newFile result f is never closed`
		f.WriteString("x")
	}
}

func TestLeakTableReset(t *testing.T) {
	f := reset[0](t) // want `reset\[0\] result f is never closed`
	f.WriteString("x")
}

// A helper closure that keeps what it opens, called from subtests.
func TestOkClosureHelperInSubtest(t *testing.T) {
	prepare := func(t *testing.T) *os.File {
		f := openTemp(t)
		t.Cleanup(func() { f.Close() })
		return f
	}
	for _, name := range []string{"a", "b"} {
		t.Run(name, func(t *testing.T) {
			f := prepare(t)
			f.WriteString(name)
		})
	}
}

// One that hands it over.
func TestLeakClosureHelperInSubtest(t *testing.T) {
	prepare := func(t *testing.T) *os.File {
		return openTemp(t)
	}
	t.Run("a", func(t *testing.T) {
		f := prepare(t) // want `prepare result f is never closed`
		f.WriteString("a")
	})
}

// A subtest that sets the helper variable to another function.
func TestLeakClosureHelperReassigned(t *testing.T) {
	prepare := func(t *testing.T) *os.File {
		return tempFile(t)
	}
	t.Run("a", func(t *testing.T) {
		prepare = openTemp
	})
	t.Run("b", func(t *testing.T) {
		f := prepare(t) // want `prepare result f is never closed`
		f.WriteString("b")
	})
}
