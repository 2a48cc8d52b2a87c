package closecheck_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/closecheck/closecheck"
	"github.com/closecheck/closecheck/bench/floor"
)

// BenchmarkNetHTTP analyses net/http and its dependencies, loaded once:
// compare each pass, and all of closecheck, with floor (SSA and one fact
// for every package) to see what they add.
//
//	go test -run=^$ -bench=NetHTTP -count=6 . | benchstat -
func BenchmarkNetHTTP(b *testing.B) {
	if testing.Short() {
		b.Skip("loads net/http")
	}
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax}, "net/http")
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		b.Fatalf("loading net/http: %v", err)
	}
	runs := map[string][]*analysis.Analyzer{"floor": {floor.Analyzer}, "closecheck": closecheck.Analyzers}
	for _, a := range closecheck.Analyzers {
		runs[a.Name] = []*analysis.Analyzer{a}
	}
	for _, name := range []string{"floor", "unclosed", "unstoppable", "chanclose", "closecheck"} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				if _, err := checker.Analyze(runs[name], pkgs, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
