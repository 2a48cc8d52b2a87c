// Package fix tests the suggested "defer x.Close()".
package fix

import (
	"io"
	"net/http"
	"os"
)

func afterErrCheck(name string) ([]byte, error) {
	f, err := os.Open(name) // want `os\.Open result f is never closed`
	if err != nil {
		return nil, err
	}
	return io.ReadAll(f)
}

func body(url string) ([]byte, error) {
	resp, err := http.Get(url) // want `http\.Get result resp\.Body is never closed`
	if err != nil {
		return nil, err
	}
	return io.ReadAll(resp.Body)
}

func noErr(name string) int {
	f := mustOpen(name) // want `mustOpen result f is never closed`
	return len(f.Name())
}

func mustOpen(name string) *os.File {
	f, err := os.Open(name)
	if err != nil {
		panic(err)
	}
	return f
}

// in a loop, defer would hold every file until the function returns: no fix.
func inLoop(names []string) {
	for _, n := range names {
		f, err := os.Open(n) // want `os\.Open result f is never closed`
		if err != nil {
			continue
		}
		_ = f.Name()
	}
}
