package closecheck_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestPreCommit runs the hook of .pre-commit-hooks.yaml with pre-commit on a
// scratch repository: it fails on a leak, and passes once the leak is fixed.
// It uses the committed HEAD of this repository, as pre-commit clones it.
func TestPreCommit(t *testing.T) {
	if testing.Short() {
		t.Skip("installs the hook with pre-commit")
	}
	if _, err := exec.LookPath("pre-commit"); err != nil {
		t.Skip("pre-commit is not installed (.ci/run installs it)")
	}
	root, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	head, err := exec.Command("git", "-C", root, "rev-parse", "HEAD").Output()
	if err != nil {
		t.Skipf("not a git checkout: %v", err)
	}
	repo := t.TempDir()
	env := append(os.Environ(), "PRE_COMMIT_HOME="+t.TempDir(), "GOWORK=off", "GOFLAGS=-mod=mod",
		"GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_COMMITTER_NAME=t", "GIT_COMMITTER_EMAIL=t@example.com")
	run := func(name string, args ...string) (string, error) {
		cmd := exec.Command(name, args...)
		cmd.Dir = repo
		cmd.Env = env
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	write := func(name, content string) {
		if err := os.WriteFile(filepath.Join(repo, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("go.mod", "module example.com/hooked\n\ngo 1.22\n")
	write(".pre-commit-config.yaml", "repos:\n  - repo: "+root+"\n    rev: "+strings.TrimSpace(string(head))+
		"\n    hooks:\n      - id: closecheck\n")
	write("leak.go", "package hooked\n\nimport \"os\"\n\nfunc Name(p string) string {\n\tf, _ := os.Open(p)\n\treturn f.Name()\n}\n")
	for _, args := range [][]string{{"init", "-q"}, {"add", "."}} {
		if out, err := run("git", args...); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	out, err := run("pre-commit", "run", "--all-files")
	if err == nil || !strings.Contains(out, "os.Open result f is never closed") {
		t.Fatalf("pre-commit on a leak: err = %v, want a failure that names the leak:\n%s", err, out)
	}
	write("leak.go", "package hooked\n\nimport \"os\"\n\nfunc Name(p string) string {\n\tf, _ := os.Open(p)\n\tdefer f.Close()\n\treturn f.Name()\n}\n")
	if out, err := run("pre-commit", "run", "--all-files"); err != nil {
		t.Fatalf("pre-commit on the fixed file: %v\n%s", err, out)
	}
}
