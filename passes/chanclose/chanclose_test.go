package chanclose_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/closecheck/closecheck/passes/chanclose"
)

// Test runs the packages of channels left open and of blocking sends,
// whose teardowns close their stop channels the simple way: they are
// checked as by default, without -chanclose.idempotent.
func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), chanclose.Analyzer, "missing", "sends", "badinput")
}

// idempotent are the packages with closes that panic when their teardown
// is called twice: their expectations are those of a run with
// -chanclose.idempotent.
var idempotent = []string{"twice", "generic"}

// twiceMsg matches the reports of -chanclose.idempotent: closes that a
// second call repeats, and sends to stop a loop that only a second call
// finds gone.
var twiceMsg = regexp.MustCompile(`closes \w+ with nothing to stop a second call|sends on \w+ to stop its loop`)

func TestIdempotent(t *testing.T) {
	setFlag(t, "idempotent", "true")
	analysistest.Run(t, analysistest.TestData(), chanclose.Analyzer, idempotent...)
}

// TestIdempotentOff checks that the second-call rule is off by default.
func TestIdempotentOff(t *testing.T) {
	if f := chanclose.Analyzer.Flags.Lookup("idempotent"); f.DefValue != "false" {
		t.Fatalf("-chanclose.idempotent defaults to %s, want false", f.DefValue)
	}
	var rec recorder
	results := analysistest.Run(&rec, analysistest.TestData(), chanclose.Analyzer, idempotent...)
	if len(results) != len(idempotent) {
		t.Fatalf("analyzed %d packages, want %d: %s", len(results), len(idempotent), strings.Join(rec, "\n"))
	}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			if twiceMsg.MatchString(d.Message) {
				t.Errorf("%s: reported without -chanclose.idempotent: %s", r.Pass.Fset.Position(d.Pos), d.Message)
			}
		}
	}
	// What is left are the expectations of the run with the flag.
	for _, msg := range rec {
		if !strings.Contains(msg, "no diagnostic was reported matching") || !strings.Contains(msg, "nothing to stop") && !strings.Contains(msg, "to stop its loop") {
			t.Error(msg)
		}
	}
}

// TestHugeFunction runs the pass on a teardown of tens of thousands of
// blocks, with a send on an unbuffered quit channel and then a close
// under a flag at its end.
func TestHugeFunction(t *testing.T) {
	var src strings.Builder
	src.WriteString(`package huge

func step(int) bool { return false }

type big struct {
	closed bool
	done   chan struct{}
	quit   chan struct{}
}

func newBig() *big {
	b := &big{done: make(chan struct{}), quit: make(chan struct{})}
	go func() {
		select {
		case <-b.quit:
		case <-b.done:
		}
	}()
	return b
}

func (b *big) Stop() {
`)
	for i := range 10000 {
		fmt.Fprintf(&src, "\tif step(%d) {\n\t\tstep(-%d)\n\t}\n", i, i)
	}
	src.WriteString(`	b.quit <- struct{}{} // want ` + "`" + `\(\*big\).Stop sends on quit` + "`" + `
	if b.closed {
		return
	}
	b.closed = true
	close(b.done)
}
`)
	dir := t.TempDir()
	file := filepath.Join(dir, "src", "huge", "huge.go")
	if err := os.MkdirAll(filepath.Dir(file), 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, []byte(src.String()), 0o666); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, chanclose.Analyzer, "huge")
}

// setFlag sets a flag of the analyzer for the rest of the test.
func setFlag(t *testing.T, name, value string) {
	t.Helper()
	f := chanclose.Analyzer.Flags.Lookup(name)
	if f == nil {
		t.Fatalf("no flag %q", name)
	}
	old := f.Value.String()
	if err := chanclose.Analyzer.Flags.Set(name, value); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { chanclose.Analyzer.Flags.Set(name, old) })
}

// A recorder collects the complaints of analysistest instead of failing.
type recorder []string

func (r *recorder) Errorf(format string, args ...any) {
	*r = append(*r, fmt.Sprintf(format, args...))
}

func BenchmarkChanclose(b *testing.B) {
	dir := analysistest.TestData()
	for b.Loop() {
		analysistest.Run(b, dir, chanclose.Analyzer, "missing", "sends", "badinput")
	}
}

func TestSuggestedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), chanclose.Analyzer, "fix")
}
