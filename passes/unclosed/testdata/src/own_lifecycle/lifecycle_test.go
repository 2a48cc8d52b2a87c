package own_lifecycle

import (
	"net"
	"os"
	"testing"
)

// openTemp registers the close with t.Cleanup; its callers do not own it.
func openTemp(t *testing.T) *os.File {
	t.Helper()
	f, err := os.CreateTemp(t.TempDir(), "x")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// the file of a helper that registered its close with t.Cleanup.
func TestTempHelper(t *testing.T) {
	f := openTemp(t)
	if _, err := f.WriteString("x"); err != nil {
		t.Fatal(err)
	}
}

// t.Cleanup with a closure as the only close.
func TestCleanupDirect(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	_ = ln.Addr()
}

// one listener closed by t.Cleanup, the other by defer.
func TestCleanupAndDefer(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = ln.Close() })
	b, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
}

func TestLeakNoCleanup(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0") // want `net\.Listen result ln is never closed`
	if err != nil {
		t.Fatal(err)
	}
	_ = ln.Addr()
}
