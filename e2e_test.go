package closecheck_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The fixture module testdata/leaky, and what every driver must report on it.
var leakyWant = []string{
	"app/app.go:12:12: store.Open result f is never closed",
	"store/store.go:17:12: os.Open result f is not closed on the path that returns at line 23",
}

// buildCloseCheck builds the closecheck command into a temporary directory.
func buildCloseCheck(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "closecheck")
	out, err := exec.Command("go", "build", "-o", bin, "./cmd/closecheck").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// runIn runs a command in the fixture module and returns its diagnostics,
// one per line, sorted, with the fixture's directory made relative.
func runIn(t *testing.T, dir string, name string, args ...string) []string {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	out, _ := cmd.CombinedOutput()
	abs, err := filepath.Abs(dir)
	if err != nil {
		t.Fatal(err)
	}
	var diags []string
	for line := range strings.SplitSeq(string(out), "\n") {
		line = strings.TrimPrefix(line, abs+string(filepath.Separator))
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "exit status") {
			continue
		}
		diags = append(diags, line)
	}
	slices.Sort(diags)
	return diags
}

func TestEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and runs go vet")
	}
	bin := buildCloseCheck(t)
	dir := filepath.Join("testdata", "leaky")
	for _, tc := range []struct {
		name string
		cmd  []string
	}{
		{"standalone", []string{bin, "./..."}},
		{"go vet", []string{"go", "vet", "-vettool=" + bin, "./..."}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := runIn(t, dir, tc.cmd[0], tc.cmd[1:]...)
			if !slices.Equal(got, leakyWant) {
				t.Errorf("%s reported:\n%s\nwant:\n%s", strings.Join(tc.cmd, " "),
					strings.Join(got, "\n"), strings.Join(leakyWant, "\n"))
			}
		})
	}
}

// TestBrokenPackage runs closecheck on a module where one package does not
// type-check: that package gets the type checker's error, the others their
// reports, and nothing panics.
func TestBrokenPackage(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	bin := buildCloseCheck(t)
	got := runIn(t, filepath.Join("testdata", "broken"), bin, "./...")
	want := []string{
		"bad/bad.go:9:12: too many return values",
		"good/good.go:7:12: os.Open result f is never closed",
	}
	for _, w := range want {
		if !slices.ContainsFunc(got, func(line string) bool { return strings.HasPrefix(line, w) }) {
			t.Errorf("closecheck ./... output lacks %q; got:\n%s", w, strings.Join(got, "\n"))
		}
	}
	for _, line := range got {
		if strings.Contains(line, "panic") || strings.Contains(line, "internal error") {
			t.Errorf("closecheck ./... failed: %s", line)
		}
	}
}
