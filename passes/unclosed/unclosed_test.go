package unclosed_test

import (
	"os"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/closecheck/closecheck/passes/unclosed"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), unclosed.Analyzer,
		"basic",
		"files",
		"netconn",
		"sqldb",
		"httpbody",
		"compression",
		"userdefined",
		"helpers",
		"crosspkg",
		"paths",
		"handoff",
		"badinput",
		"netdial",
		"rowsmsg",
		"valuetype",
		"errflow",
		"selectsend",
		"singleton",
		"command",
		"ifaceclose",
		"reassign",
		"txprepare",
		"nestedclosure",
		"rangefunc",
		"helperborrow",
		"inmemory",
		"ifacegetter",
		"errpredicate",
		"suppress",
		"testdoubles",
		"sdkrequest",
		"globalswap",
		"lazy",
		"pooled",
	)
}

// TestPending runs the packages of leaks that unclosed misses (each
// package says why): a resource stored in a local composite, in a
// collection field, or captured by a closure that only uses it counts as
// given away; a struct value returned by value is not followed. Set
// CLOSECHECK_PENDING=1 to run them; move a package into Test once it passes.
func TestPending(t *testing.T) {
	if os.Getenv("CLOSECHECK_PENDING") == "" {
		t.Skip("set CLOSECHECK_PENDING=1 to run the pending cases")
	}
	analysistest.Run(t, analysistest.TestData(), unclosed.Analyzer,
		"pending_localstore",
		"pending_borrowcapture",
		"pending_own_getter",
		"pending_own_hooks",
		"pending_own_localstruct",
		"pending_own_registry",
		"pending_own_stopteardown",
		"pending_own_valuestruct",
	)
}

func TestIgnoreFlag(t *testing.T) {
	if err := unclosed.Analyzer.Flags.Set("ignore", "ignoreflag.Handle"); err != nil {
		t.Fatal(err)
	}
	defer unclosed.Analyzer.Flags.Set("ignore", "")
	analysistest.Run(t, analysistest.TestData(), unclosed.Analyzer, "ignoreflag")
}

// TestOwnership runs the packages of issue 3: ownership of resources
// across functions, packages and types (parameter effects, teardown facts,
// fields that keep closers). Every package with expectations is a root,
// since only the roots' diagnostics are checked.
func TestOwnership(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), unclosed.Analyzer,
		"own_service",
		"own_service/store",
		"own_service/svc",
		"own_host",
		"own_host/network",
		"own_host/hostA",
		"own_host/hostB",
		"own_host/hostC",
		"own_host/hostS",
		"own_host/hostP",
		"own_di",
		"own_di/repo",
		"own_helpers",
		"own_helpers/util",
		"own_lifecycle",
		"own_lifecycle/lifecycle",
		"own_localstruct",
		"own_stopteardown",
		"own_merge",
		"own_order",
		"own_asyncclose",
	)
}

func TestSuggestedFixes(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), unclosed.Analyzer, "fix")
}
