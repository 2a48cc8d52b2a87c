package unclosed_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/closecheck/closecheck/passes/unclosed"
)

func Test(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), unclosed.Analyzer, "basic", "files")
}
