package paths

import (
	"errors"
	"os"
	"testing"
)

// t.Fatal ends the path.
func TestFatalPath(t *testing.T) {
	f, err := os.Open("testdata/x")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.Stat(); err != nil {
		t.Fatalf("stat: %v", err)
	}
}

// t.Fatal before the close on the way out.
func TestFatalBeforeClose(t *testing.T) {
	f, err := os.Open("testdata/x")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Stat(); err != nil {
		t.Fatal(err)
	}
	f.Close()
}

// once a test has failed (t.Error), what it leaks on the way out does not
// matter.
func TestOkReturnAfterError(t *testing.T) {
	f, err := os.Open("testdata/x")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Stat(); err != nil {
		t.Error(err)
		return
	}
	f.Close()
}

// t.Cleanup with a closure that closes.
func TestCleanupClosure(t *testing.T) {
	f, err := os.Open("testdata/x")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
}

// t.Skip ends the path like t.Fatal.
func TestSkipPath(t *testing.T) {
	f, err := os.Open("testdata/x")
	if os.IsNotExist(err) {
		t.Skip("no fixture")
	}
	if err != nil {
		t.Fatal(err)
	}
	if testing.Short() {
		t.Skip("short")
	}
	f.Close()
}

// testing.TB's Fatal through an interface.
func openForTest(tb testing.TB, name string) *os.File {
	f, err := os.Open(name)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { f.Close() })
	return f
}

func BenchmarkLeak(b *testing.B) {
	for range b.N {
		f, err := os.Open("testdata/x") // want `os\.Open result f is never closed`
		if err != nil {
			b.Fatal(err)
		}
		f.Stat()
	}
}

// b.Loop with a close each iteration.
func BenchmarkOpenClose(b *testing.B) {
	for b.Loop() {
		f, err := os.Open("testdata/x")
		if err != nil {
			b.Fatal(err)
		}
		f.Close()
	}
}

// a test that calls for the error alone expects the open to fail.
func TestOkExpectFailure(t *testing.T) {
	_, err := os.Open("testdata/missing")
	if !errors.Is(err, os.ErrNotExist) {
		t.Log("unexpected", err)
	}
}

// A t.Cleanup closure closes what its variable holds when the test ends:
// the value reopened into it too.
func TestCleanupClosesReopened(t *testing.T) {
	f, err := os.Open("testdata/x")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	f.Close()
	f, err = os.Open("testdata/x")
	if err != nil {
		t.Fatal(err)
	}
	f.Stat()
}

// A closure only called in place runs before the reopen.
func TestClosureRunsBeforeReopen(t *testing.T) {
	f, err := os.Open("testdata/x")
	if err != nil {
		t.Fatal(err)
	}
	closeIt := func() { f.Close() }
	closeIt()
	f, err = os.Open("testdata/x") // want `os\.Open result f is not closed on the path that returns at line \d+`
	if err != nil {
		t.Fatal(err)
	}
	f.Stat()
}

// A test that keeps what comes with the file but assigns the file to _
// says it has no use for it.
func TestOkBlankResourceKeepsInfo(t *testing.T) {
	_, info, err := statOpen("testdata/x")
	if err != nil {
		t.Fatal(err)
	}
	t.Log(info.Size())
}

// One that names the file is asked to close it.
func TestNamedResourceKeepsInfo(t *testing.T) {
	f, info, err := statOpen("testdata/x") // want `statOpen result f is never closed`
	if err != nil {
		t.Fatal(err)
	}
	t.Log(f.Name(), info.Size())
}

func newTempFile() *os.File {
	f, _ := os.CreateTemp("", "x")
	return f
}

// A test that calls it as a statement of its own calls it for its side
// effects, or to see it panic, whether it returns one result or more.
func TestOkStatementSingleResult(t *testing.T) {
	newTempFile()
}

// One that keeps the result is asked to close it.
func TestKeptSingleResult(t *testing.T) {
	f := newTempFile() // want `newTempFile result f is never closed`
	t.Log(f.Name())
}
