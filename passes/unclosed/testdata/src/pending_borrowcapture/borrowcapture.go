// Package pending_borrowcapture holds leaks that wait for issue 3's
// ownership facts: a closure that only reads the resource, once passed to
// a call, and a go statement of a function that only reads it, count as
// taking it over.
package pending_borrowcapture

import (
	"io"
	"os"
)

func leakGoStmtBorrower(name string, out io.Writer) error {
	f, err := os.Open(name) // want `os\.Open result f is never closed`
	if err != nil {
		return err
	}
	go io.Copy(out, f)
	return nil
}

func each(names []string, fn func(string) error) error {
	for _, n := range names {
		if err := fn(n); err != nil {
			return err
		}
	}
	return nil
}

func leakClosureOnlyReads(out io.Writer, names []string) error {
	f, err := os.Create("index") // want `os\.Create result f is never closed`
	if err != nil {
		return err
	}
	return each(names, func(n string) error {
		_, err := io.WriteString(f, n+"\n")
		return err
	})
}

// the closure writes, the function closes.
func okClosureWritesThenClose(names []string) error {
	f, err := os.Create("index")
	if err != nil {
		return err
	}
	defer f.Close()
	return each(names, func(n string) error {
		_, err := io.WriteString(f, n+"\n")
		return err
	})
}

// A resource passed to a local function variable counts as given away,
// even when the package shows that the variable only ever holds a
// function that reads it: what the variable's functions do with their
// arguments is not followed (ParamEffect says why).
func leakPassedToLocalHelper(names []string, run func(func())) {
	check := func(f *os.File) { f.Stat() }
	run(func() {
		f, err := os.Open(names[0]) // want `os\.Open result f is never closed`
		if err != nil {
			return
		}
		check(f)
	})
}
