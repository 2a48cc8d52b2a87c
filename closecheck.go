package closecheck

import (
	"golang.org/x/tools/go/analysis"

	"github.com/closecheck/closecheck/passes/unclosed"
	"github.com/closecheck/closecheck/passes/unstoppable"
)

// Analyzers is every pass of closecheck.
var Analyzers = []*analysis.Analyzer{
	unclosed.Analyzer,
	unstoppable.Analyzer,
}
