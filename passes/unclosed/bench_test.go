package unclosed_test

import (
	"reflect"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/packages"

	"github.com/closecheck/closecheck/passes/unclosed"
)

// floor builds SSA for every package and exports one fact: the cost that
// any SSA-plus-facts analyzer pays before doing its own work.
var floor = &analysis.Analyzer{
	Name:      "floor",
	Doc:       "build SSA for every package and export one fact",
	Requires:  []*analysis.Analyzer{buildssa.Analyzer},
	FactTypes: []analysis.Fact{new(floorFact)},
	Run: func(pass *analysis.Pass) (any, error) {
		ssainfo := pass.ResultOf[buildssa.Analyzer].(*buildssa.SSA)
		if len(ssainfo.SrcFuncs) > 0 {
			if obj := ssainfo.SrcFuncs[0].Object(); obj != nil && obj.Pkg() == pass.Pkg {
				pass.ExportObjectFact(obj, new(floorFact))
			}
		}
		return nil, nil
	},
	ResultType: reflect.TypeFor[struct{}](),
}

type floorFact struct{}

func (*floorFact) AFact() {}

// BenchmarkNetHTTP analyses net/http and its dependencies, loaded once:
// compare the unclosed sub-benchmark with floor to see what the pass adds.
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
	for _, a := range []*analysis.Analyzer{floor, unclosed.Analyzer} {
		b.Run(a.Name, func(b *testing.B) {
			for b.Loop() {
				if _, err := checker.Analyze([]*analysis.Analyzer{a}, pkgs, nil); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
