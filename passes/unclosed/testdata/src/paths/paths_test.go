package paths

import (
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

func TestLeakErrorIsNotFatal(t *testing.T) {
	f, err := os.Open("testdata/x") // want `os\.Open result f is not closed on the path that returns at line 39`
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Stat(); err != nil {
		t.Error(err)
		return // leaking return
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
