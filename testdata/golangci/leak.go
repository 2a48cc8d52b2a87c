// Package leak has one leak that golangci-lint reports, and one that a
// directive silences.
package leak

import "os"

// Name leaks the file it opens.
func Name(p string) string {
	f, _ := os.Open(p)
	return f.Name()
}

// Quiet leaks too, deliberately.
func Quiet(p string) string {
	f, _ := os.Open(p) //nolint:closecheck // the fixture's silenced case
	return f.Name()
}
