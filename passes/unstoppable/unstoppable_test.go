package unstoppable_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/closecheck/closecheck/passes/unstoppable"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), unstoppable.Analyzer,
		"loops", "stops", "lib", "user", "metrics", "pool", "generic")
}

// flagged are the packages whose goroutines are reported only with a flag:
// their expectations are those of the run with the flags.
var flagged = []string{"mainpkg", "singleton", "process"}

func TestFlags(t *testing.T) {
	setFlag(t, "main", "true")
	setFlag(t, "singletons", "true")
	analysistest.Run(t, analysistest.TestData(), unstoppable.Analyzer, flagged...)
}

func TestFlagsOff(t *testing.T) {
	var rec recorder
	results := analysistest.Run(&rec, analysistest.TestData(), unstoppable.Analyzer, flagged...)
	if len(results) < len(flagged) { // a package with tests is analyzed twice
		t.Fatalf("analyzed %d packages, want at least %d: %s", len(results), len(flagged), strings.Join(rec, "\n"))
	}
	for _, r := range results {
		for _, d := range r.Diagnostics {
			t.Errorf("%s: reported without its flag: %s", r.Pass.Fset.Position(d.Pos), d.Message)
		}
	}
	// What is left are the expectations of the run with the flags.
	for _, msg := range rec {
		if !strings.Contains(msg, "no diagnostic was reported matching") {
			t.Error(msg)
		}
	}
}

// TestHugeFunction runs the pass on generated functions of tens of
// thousands of blocks: one whose loop never exits, and its twin whose loop
// returns at the end of its body.
func TestHugeFunction(t *testing.T) {
	var src strings.Builder
	src.WriteString("package huge\n\nfunc step(int) bool { return false }\n")
	for _, stop := range []bool{false, true} {
		name := "forever"
		if stop {
			name = "stops"
		}
		fmt.Fprintf(&src, "\nfunc %s() {\n\tfor {\n", name)
		for i := range 10000 {
			fmt.Fprintf(&src, "\t\tif step(%d) {\n\t\t\tstep(-%d)\n\t\t}\n", i, i)
		}
		if stop {
			src.WriteString("\t\treturn\n")
		}
		src.WriteString("\t}\n}\n")
	}
	src.WriteString("\nfunc start() {\n\tgo forever() // want `goroutine runs forever, whose loop at line 6 never exits`\n\tgo stops()\n}\n")
	dir := t.TempDir()
	file := filepath.Join(dir, "src", "huge", "huge.go")
	if err := os.MkdirAll(filepath.Dir(file), 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, []byte(src.String()), 0o666); err != nil {
		t.Fatal(err)
	}
	analysistest.Run(t, dir, unstoppable.Analyzer, "huge")
}

// setFlag sets a flag of the analyzer for the rest of the test.
func setFlag(t *testing.T, name, value string) {
	t.Helper()
	f := unstoppable.Analyzer.Flags.Lookup(name)
	if f == nil {
		t.Fatalf("no flag %q", name)
	}
	old := f.Value.String()
	if err := unstoppable.Analyzer.Flags.Set(name, value); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { unstoppable.Analyzer.Flags.Set(name, old) })
}

// A recorder collects the complaints of analysistest instead of failing.
type recorder []string

func (r *recorder) Errorf(format string, args ...any) {
	*r = append(*r, fmt.Sprintf(format, args...))
}

func BenchmarkUnstoppable(b *testing.B) {
	dir := analysistest.TestData()
	for b.Loop() {
		analysistest.Run(b, dir, unstoppable.Analyzer, "loops", "stops", "metrics")
	}
}
