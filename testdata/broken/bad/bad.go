// Package bad does not type-check: closecheck reports the error and goes
// on with the other packages.
package bad

import "os"

func Open(name string) *os.File {
	f, err := os.Open(name)
	return f, err
}
