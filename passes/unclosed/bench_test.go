package unclosed_test

import (
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/closecheck/closecheck/bench/floor"
	"github.com/closecheck/closecheck/passes/unclosed"
)

// BenchmarkNetHTTP analyses net/http and its dependencies, loaded once:
// compare the unclosed sub-benchmark with floor (SSA and one fact for
// every package) to see what the pass adds.
//
//	go test -run=^$ -bench=NetHTTP -count=6 ./passes/unclosed | benchstat -
func BenchmarkNetHTTP(b *testing.B) {
	if testing.Short() {
		b.Skip("loads net/http")
	}
	pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax}, "net/http")
	if err != nil || packages.PrintErrors(pkgs) > 0 {
		b.Fatalf("loading net/http: %v", err)
	}
	for _, a := range []*analysis.Analyzer{floor.Analyzer, unclosed.Analyzer} {
		b.Run(a.Name, func(b *testing.B) {
			for b.Loop() {
				if _, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
