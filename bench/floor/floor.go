// Package floor defines the analyzer that closecheck's cost is measured
// against: it builds SSA for every package and exports one fact, which is
// what any analyzer built on SSA and facts pays before its own work.
package floor

import (
	"reflect"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
)

// Analyzer builds SSA and exports one fact per package.
var Analyzer = &analysis.Analyzer{
	Name:       "floor",
	Doc:        "build SSA for every package and export one fact",
	Requires:   []*analysis.Analyzer{buildssa.Analyzer},
	FactTypes:  []analysis.Fact{new(fact)},
	Run:        run,
	ResultType: reflect.TypeFor[struct{}](),
}

type fact struct{}

func (*fact) AFact() {}

func run(pass *analysis.Pass) (any, error) {
	ssainfo := pass.ResultOf[buildssa.Analyzer].(*buildssa.SSA)
	for _, fn := range ssainfo.SrcFuncs {
		if obj := fn.Object(); obj != nil && obj.Pkg() == pass.Pkg {
			pass.ExportObjectFact(obj, new(fact))
			break
		}
	}
	return struct{}{}, nil
}
