// Package suppress tests the //closecheck:ignore directive.
package suppress

import "os"

func ignoredSameLine(name string) {
	f, _ := os.Open(name) //closecheck:ignore the process exits right after
	_ = f
}

func ignoredLineAbove(name string) {
	//closecheck:ignore the process exits right after
	f, _ := os.Open(name)
	_ = f
}

func noReason(name string) {
	//closecheck:ignore // want `closecheck:ignore needs a reason`
	f, _ := os.Open(name) // want `os\.Open result f is never closed`
	_ = f
}

func tooFarAbove(name string) {
	//closecheck:ignore the directive covers only the next line

	f, _ := os.Open(name) // want `os\.Open result f is never closed`
	_ = f
}
