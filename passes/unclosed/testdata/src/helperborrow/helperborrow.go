// Package helperborrow tests helpers of the program that only read a
// resource: passing it to them keeps the caller's obligation, in this
// package and through another package's facts.
package helperborrow

import (
	"bufio"
	"io"
	"os"

	"helpers"
)

// countLines only reads r.
func countLines(r io.Reader) (int, error) {
	n := 0
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		n++
	}
	return n, sc.Err()
}

func leakSamePackageReader(name string) (int, error) {
	f, err := os.Open(name) // want `os\.Open result f is never closed`
	if err != nil {
		return 0, err
	}
	return countLines(f)
}

// the file closed after the reading helper.
func okSamePackageReader(name string) (int, error) {
	f, err := os.Open(name)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	return countLines(f)
}

func leakOtherPackageUser(addr string) error {
	c, err := helpers.Dial(addr) // want `helpers\.Dial result c is never closed`
	if err != nil {
		return err
	}
	helpers.Ping(c)
	return nil
}

// closed after another package's helper used it.
func okOtherPackageUser(addr string) error {
	c, err := helpers.Dial(addr)
	if err != nil {
		return err
	}
	defer c.Close()
	helpers.Ping(c)
	return nil
}
