package pending_own_hooks

import (
	"os"
	"testing"
)

func TestCleanupOnlySyncs(t *testing.T) {
	f, err := os.CreateTemp(t.TempDir(), "x") // want `os\.CreateTemp result f is never closed`
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Sync() })
	f.WriteString("x")
}
