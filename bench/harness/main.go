// Command harness measures closecheck on real modules: for each entry of
// bench/corpus.txt it fetches the module through the Go module proxy into
// a scratch module, runs the floor analyzer (SSA and one fact for every
// package) and closecheck side by side, and writes bench/RESULTS.md with
// packages, lines, wall time, peak memory, reports per pass and crashes.
// The reports themselves go to -out, one file per module, for triage.
//
// From the repository root:
//
//	go run ./bench/harness                   # every module of bench/corpus.txt
//	go run ./bench/harness -only go.etcd.io/bbolt -results ''
package main

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"
)

var (
	corpusFile = flag.String("corpus", "bench/corpus.txt", "the modules to measure")
	only       = flag.String("only", "", "measure only these modules (comma-separated)")
	resultsOut = flag.String("results", "bench/RESULTS.md", "where to write the table; empty for stdout only")
	reportsDir = flag.String("out", filepath.Join(os.TempDir(), "closecheck-bench"), "scratch modules and reports")
	twice      = flag.Bool("twice", false, "run closecheck twice and check the output is identical")
	peers      = flag.Bool("peers", false, "also time staticcheck and bodyclose, cold, on the same packages")
	runs       = flag.Int("runs", 1, "time the floor and closecheck this many times, alternately, and keep the median")
	tests      = flag.Bool("test", true, "analyze test files too (the drivers' -test flag)")
)

// The peers a user would compare closecheck with, at the versions timed.
// testFlag is each one's flag for analyzing test files.
var peerTools = []struct{ name, pkg, testFlag string }{
	{"staticcheck", "honnef.co/go/tools/cmd/staticcheck@v0.8.2", "-tests"},
	{"bodyclose", "github.com/timakin/bodyclose@v0.0.0-20260723120731-857993a2939c", "-test"},
}

// An entry is one module of the corpus, or the standard library ("std",
// with an optional package pattern in place of the version).
type entry struct{ module, version string }

func (e entry) pattern() string {
	if e.module == "std" {
		return cmp.Or(e.version, "std")
	}
	return e.module + "/..."
}

// A run is one command's cost.
type run struct {
	wall    time.Duration
	maxRSS  int64 // KiB
	stdout  []byte
	stderr  []byte
	crashed bool
}

// A result is what the harness learns about one entry.
type result struct {
	entry
	packages, lines int
	floor, check    run
	peers           map[string]run
	reports         map[string]int
	deterministic   string
	err             error
}

func main() {
	log.SetFlags(0)
	log.SetPrefix("harness: ")
	flag.Parse()
	entries, err := readCorpus(*corpusFile)
	if err != nil {
		log.Fatal(err)
	}
	if *only != "" {
		want := strings.Split(*only, ",")
		entries = slices.DeleteFunc(entries, func(e entry) bool { return !slices.Contains(want, e.module) })
	}
	if err := os.MkdirAll(*reportsDir, 0o755); err != nil {
		log.Fatal(err)
	}
	bin := filepath.Join(*reportsDir, "bin")
	for _, cmd := range []string{"./cmd/closecheck", "./bench/floorcheck"} {
		if out, err := exec.Command("go", "build", "-o", bin+string(filepath.Separator), cmd).CombinedOutput(); err != nil {
			log.Fatalf("go build %s: %v\n%s", cmd, err, out)
		}
	}
	if *peers {
		for _, p := range peerTools {
			cmd := exec.Command("go", "install", p.pkg)
			cmd.Env = append(os.Environ(), "GOBIN="+bin, "GOWORK=off")
			if out, err := cmd.CombinedOutput(); err != nil {
				log.Fatalf("go install %s: %v\n%s", p.pkg, err, out)
			}
		}
	}
	var results []result
	for _, e := range entries {
		log.Printf("%s %s", e.module, e.version)
		r := measure(e, bin)
		if r.err != nil {
			log.Printf("%s: %v", e.module, r.err)
		}
		results = append(results, r)
	}
	table := render(results)
	fmt.Print(table)
	if *resultsOut != "" {
		if err := os.WriteFile(*resultsOut, []byte(table), 0o644); err != nil {
			log.Fatal(err)
		}
	}
	for _, r := range results {
		if r.err != nil || r.check.crashed || r.floor.crashed || r.deterministic == "no" {
			os.Exit(1)
		}
	}
}

func readCorpus(name string) ([]entry, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var entries []entry
	for line := range strings.SplitSeq(string(data), "\n") {
		fields := strings.Fields(line)
		if len(fields) == 0 || strings.HasPrefix(fields[0], "#") {
			continue
		}
		e := entry{module: fields[0]}
		if len(fields) > 1 {
			e.version = fields[1]
		}
		entries = append(entries, e)
	}
	return entries, nil
}

func measure(e entry, bin string) result {
	r := result{entry: e, reports: make(map[string]int), peers: make(map[string]run)}
	dir := filepath.Join(*reportsDir, "mod", strings.NewReplacer("/", "_", "@", "_").Replace(e.module))
	if r.err = scratchModule(dir, e); r.err != nil {
		return r
	}
	if r.packages, r.lines, r.err = size(dir, e.pattern()); r.err != nil {
		return r
	}
	// A first, untimed run fills the go command's caches, which the timed
	// runs would otherwise pay for unevenly.
	timed(dir, filepath.Join(bin, "floorcheck"), testFlag(), e.pattern())
	var floors, checks []run
	for range max(*runs, 1) {
		floors = append(floors, timed(dir, filepath.Join(bin, "floorcheck"), testFlag(), e.pattern()))
		checks = append(checks, timed(dir, filepath.Join(bin, "closecheck"), testFlag(), "-json", e.pattern()))
	}
	r.floor, r.check = median(floors), median(checks)
	diags, err := parseJSON(r.check.stdout)
	if err != nil {
		r.err = fmt.Errorf("closecheck -json: %v\n%s", err, r.check.stderr)
		return r
	}
	for _, d := range diags {
		r.reports[d.analyzer]++
	}
	if *peers {
		for _, p := range peerTools {
			// Cold: staticcheck keeps a cache of its own.
			os.Setenv("STATICCHECK_CACHE", filepath.Join(*reportsDir, "staticcheck-cache", fmt.Sprint(time.Now().UnixNano())))
			r.peers[p.name] = timed(dir, filepath.Join(bin, p.name), fmt.Sprintf("%s=%t", p.testFlag, *tests), e.pattern())
		}
	}
	if *twice {
		again := timed(dir, filepath.Join(bin, "closecheck"), testFlag(), "-json", e.pattern())
		r.deterministic = "yes"
		if !bytes.Equal(again.stdout, r.check.stdout) {
			r.deterministic = "no"
		}
	}
	name := strings.NewReplacer("/", "_", "+", "_").Replace(strings.TrimSuffix(e.module+"@"+e.version, "@")) + ".txt"
	r.err = os.WriteFile(filepath.Join(*reportsDir, name), []byte(formatDiags(diags)), 0o644)
	return r
}

// testFlag is the -test flag of closecheck's and the floor's driver.
func testFlag() string { return fmt.Sprintf("-test=%t", *tests) }

// scratchModule makes dir a module that requires e, fetched through the
// module proxy, so that e's packages can be loaded by their import paths.
func scratchModule(dir string, e entry) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if e.module == "std" {
		return os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module benchscratch\n"), 0o644)
	}
	if _, err := os.Stat(filepath.Join(dir, "go.sum")); err == nil {
		return nil
	}
	if err := os.WriteFile(filepath.Join(dir, "go.mod"), []byte("module benchscratch\n"), 0o644); err != nil {
		return err
	}
	cmd := exec.Command("go", "get", e.module+"@"+e.version)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go get %s@%s: %v\n%s", e.module, e.version, err, out)
	}
	// Test dependencies too: closecheck analyses test files.
	cmd = exec.Command("go", "mod", "download", "all")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	_, _ = cmd.CombinedOutput()
	return nil
}

// size counts the packages matching pattern and their lines of Go,
// test files included.
func size(dir, pattern string) (packages, lines int, err error) {
	cmd := exec.Command("go", "list", "-e", "-f",
		`{{.Dir}}{{range .GoFiles}} {{.}}{{end}}{{range .TestGoFiles}} {{.}}{{end}}{{range .XTestGoFiles}} {{.}}{{end}}`, pattern)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	out, err := cmd.Output()
	if err != nil {
		return 0, 0, fmt.Errorf("go list %s: %v", pattern, err)
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			continue
		}
		packages++
		for _, f := range fields[1:] {
			data, err := os.ReadFile(filepath.Join(fields[0], f))
			if err == nil {
				lines += bytes.Count(data, []byte("\n"))
			}
		}
	}
	return packages, lines, sc.Err()
}

// timed runs a command in dir and measures its wall time and peak memory.
func timed(dir, name string, args ...string) run {
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOWORK=off", "GOFLAGS=-mod=mod")
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	r := run{wall: time.Since(start), stdout: stdout.Bytes(), stderr: stderr.Bytes()}
	if cmd.ProcessState != nil {
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			r.maxRSS = ru.Maxrss
		}
	}
	// Exit status 1 is a package that failed to load, 3 is diagnostics;
	// a panic exits 2 and prints a goroutine trace.
	code := -1
	if cmd.ProcessState != nil {
		code = cmd.ProcessState.ExitCode()
	}
	r.crashed = err != nil && code != 1 && code != 3 ||
		bytes.Contains(r.stderr, []byte("panic:")) || bytes.Contains(r.stderr, []byte("internal error"))
	return r
}

// median returns the run of median wall time, with the median peak RSS;
// a crash in any run is kept.
func median(rs []run) run {
	byWall := slices.SortedFunc(slices.Values(rs), func(a, b run) int { return cmp.Compare(a.wall, b.wall) })
	m := byWall[len(byWall)/2]
	rss := make([]int64, len(rs))
	for i, r := range rs {
		rss[i] = r.maxRSS
	}
	slices.Sort(rss)
	m.maxRSS = rss[len(rss)/2]
	m.crashed = slices.ContainsFunc(rs, func(r run) bool { return r.crashed })
	return m
}

type diag struct{ pkg, analyzer, posn, message string }

// parseJSON reads the -json output of a multichecker:
// {"pkg": {"analyzer": [{"posn": ..., "message": ...}] or {"error": ...}}}.
func parseJSON(out []byte) ([]diag, error) {
	var diags []diag
	dec := json.NewDecoder(bytes.NewReader(out))
	for dec.More() {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); err != nil {
			return nil, err
		}
		for pkg, byAnalyzer := range tree {
			for analyzer, raw := range byAnalyzer {
				var list []struct{ Posn, Message string }
				if json.Unmarshal(raw, &list) != nil {
					continue // {"error": ...}: the package did not load
				}
				for _, d := range list {
					diags = append(diags, diag{pkg, analyzer, d.Posn, d.Message})
				}
			}
		}
	}
	slices.SortFunc(diags, func(a, b diag) int { return strings.Compare(a.posn+a.message, b.posn+b.message) })
	return slices.CompactFunc(diags, func(a, b diag) bool { return a.posn == b.posn && a.message == b.message }), nil
}

func formatDiags(diags []diag) string {
	var b strings.Builder
	for _, d := range diags {
		fmt.Fprintf(&b, "%s: %s (%s)\n", d.posn, d.message, d.analyzer)
	}
	return b.String()
}

var passes = []string{"unclosed", "unstoppable", "chanclose"}

func render(results []result) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# closecheck on real code\n\n")
	fmt.Fprintf(&b, "Generated by `go run ./bench/harness` (%s, %s). ", time.Now().UTC().Format("2006-01-02"), goVersion())
	files := "Test files included."
	if !*tests {
		files = "Test files left out (-test=false)."
	}
	fmt.Fprintf(&b, "Floor: SSA and one fact for every package (bench/floor). Time is wall-clock, memory is peak RSS, each the median of %d alternating runs; ratios are closecheck over floor. %s\n\n", max(*runs, 1), files)
	fmt.Fprintf(&b, "| module | version | packages | lines | floor time | floor RSS | closecheck time | closecheck RSS | time ratio | memory ratio |")
	for _, p := range passes {
		fmt.Fprintf(&b, " %s |", p)
	}
	fmt.Fprintf(&b, " crashes | deterministic |")
	if *peers {
		fmt.Fprintf(&b, " staticcheck time | bodyclose time |")
	}
	fmt.Fprintf(&b, "\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
	for range passes {
		fmt.Fprintf(&b, "---:|")
	}
	fmt.Fprintf(&b, "---|---|")
	if *peers {
		fmt.Fprintf(&b, "---:|---:|")
	}
	fmt.Fprintf(&b, "\n")
	for _, r := range results {
		if r.err != nil && r.check.wall == 0 {
			fmt.Fprintf(&b, "| %s | %s | error: %s |\n", r.module, r.version, firstLine(r.err.Error()))
			continue
		}
		fmt.Fprintf(&b, "| %s | %s | %d | %d | %.1fs | %s | %.1fs | %s | %.2f | %.2f |",
			r.module, r.version, r.packages, r.lines,
			r.floor.wall.Seconds(), mib(r.floor.maxRSS), r.check.wall.Seconds(), mib(r.check.maxRSS),
			r.check.wall.Seconds()/r.floor.wall.Seconds(), float64(r.check.maxRSS)/float64(max(r.floor.maxRSS, 1)))
		for _, p := range passes {
			fmt.Fprintf(&b, " %d |", r.reports[p])
		}
		crash := "none"
		if r.check.crashed || r.floor.crashed {
			crash = "**yes**"
		}
		fmt.Fprintf(&b, " %s | %s |", crash, cmp.Or(r.deterministic, "not checked"))
		if *peers {
			fmt.Fprintf(&b, " %.1fs | %.1fs |", r.peers["staticcheck"].wall.Seconds(), r.peers["bodyclose"].wall.Seconds())
		}
		fmt.Fprintf(&b, "\n")
	}
	return b.String()
}

func mib(kib int64) string { return fmt.Sprintf("%d MiB", kib/1024) }

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

func goVersion() string {
	out, err := exec.Command("go", "env", "GOVERSION").Output()
	if err != nil {
		return "go"
	}
	return strings.TrimSpace(string(out))
}
