// Command closecheck reports resource-lifecycle bugs in Go packages.
//
// Usage:
//
//	closecheck [flags] packages...
//	go vet -vettool=$(which closecheck) packages...
//
// Run "closecheck help" for the passes and their flags.
package main

import (
	"golang.org/x/tools/go/analysis/multichecker"

	"github.com/closecheck/closecheck"
)

func main() { multichecker.Main(closecheck.Analyzers...) }
