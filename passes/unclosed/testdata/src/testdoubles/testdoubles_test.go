package testdoubles

import (
	"os"
	"testing"
)

type fakePool struct{ name string }

// Get opens a new file for each caller.
func (p fakePool) Get() (*os.File, error) { return os.Open(p.name) }

// A test's own call may reach its fake.
func TestLeakFromFake(t *testing.T) {
	var p Pool = fakePool{"testdata/x"}
	f, err := p.Get() // want `p\.Get result f is never closed`
	if err != nil {
		t.Fatal(err)
	}
	t.Log(f.Name())
}
