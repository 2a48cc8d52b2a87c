package closecheck_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/closecheck/closecheck"
)

func TestPluginSettings(t *testing.T) {
	p, err := closecheck.New(map[string]any{"passes": []string{"unclosed"}, "ignore": []string{"example.com/pool.Conn"}})
	if err != nil {
		t.Fatal(err)
	}
	as, err := p.BuildAnalyzers()
	if err != nil || len(as) != 1 || as[0].Name != "unclosed" {
		t.Errorf("BuildAnalyzers() = %v, %v; want [unclosed]", as, err)
	}
	if p.GetLoadMode() != "typesinfo" {
		t.Errorf("GetLoadMode() = %q, want typesinfo", p.GetLoadMode())
	}
	// Leave the flags as the other tests expect them.
	if _, err := closecheck.New(map[string]any{}); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []map[string]any{
		{"pases": []string{"unclosed"}},
		{"passes": []string{"nosuchpass"}},
	} {
		if _, err := closecheck.New(bad); err == nil {
			t.Errorf("New(%v) succeeded; want an error", bad)
		} else if !strings.Contains(err.Error(), "pases") && !strings.Contains(err.Error(), "nosuchpass") {
			t.Errorf("New(%v): %v; want the error to name the setting", bad, err)
		}
	}
}

// golangciVersion is the golangci-lint release the plugin is tested with.
const golangciVersion = "v2.15.0"

// TestGolangciLint builds golangci-lint with closecheck compiled in, as
// "golangci-lint custom" would, and runs it on testdata/golangci.
func TestGolangciLint(t *testing.T) {
	if testing.Short() {
		t.Skip("builds golangci-lint")
	}
	root, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	build := t.TempDir()
	files := map[string]string{
		"go.mod": "module customgcl\n\ngo 1.26\n\nrequire (\n\tgithub.com/golangci/golangci-lint/v2 " + golangciVersion +
			"\n\tgithub.com/closecheck/closecheck v0.0.0\n)\n\nreplace github.com/closecheck/closecheck => " + root + "\n",
		"main.go": `package main

import (
	"fmt"
	"os"

	"github.com/golangci/golangci-lint/v2/pkg/commands"

	_ "github.com/closecheck/closecheck"
)

func main() {
	if err := commands.Execute(commands.BuildInfo{Version: "custom"}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
`,
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(build, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	bin := filepath.Join(build, "golangci-lint")
	for _, args := range [][]string{{"mod", "tidy"}, {"build", "-o", bin, "."}} {
		cmd := exec.Command("go", args...)
		cmd.Dir = build
		cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	cmd := exec.Command(bin, "run", "./...")
	cmd.Dir = filepath.Join("testdata", "golangci")
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOLANGCI_LINT_CACHE="+t.TempDir())
	out, _ := cmd.CombinedOutput()
	got := string(out)
	if !strings.Contains(got, "leak.go:9:10: unclosed: os.Open result f is never closed (closecheck)") {
		t.Errorf("golangci-lint did not report the leak as closecheck's:\n%s", got)
	}
	if strings.Contains(got, "leak.go:15") {
		t.Errorf("golangci-lint reported the line that //nolint:closecheck silences:\n%s", got)
	}
}
