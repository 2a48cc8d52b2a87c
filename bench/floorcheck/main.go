// Command floorcheck runs bench/floor's analyzer the way closecheck runs
// its passes, as the baseline of the harness.
package main

import (
	"golang.org/x/tools/go/analysis/singlechecker"

	"github.com/closecheck/closecheck/bench/floor"
)

func main() { singlechecker.Main(floor.Analyzer) }
