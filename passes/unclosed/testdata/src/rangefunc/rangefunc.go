// Package rangefunc tests leaks in the body of a range-over-func loop, a
// synthesized yield function whose returns continue or leave the loop.
package rangefunc

import (
	"iter"
	"os"
)

func names(list []string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, n := range list {
			if !yield(n) {
				return
			}
		}
	}
}

func leakContinueInRangeFuncBody(list []string) int {
	n := 0
	for name := range names(list) {
		f, err := os.Open(name) // want `os\.Open result f is not closed before the next iteration of the loop`
		if err != nil {
			continue
		}
		if name == "" {
			continue
		}
		f.Close()
		n++
	}
	return n
}

func leakBreakInRangeFuncBody(list []string) int {
	n := 0
	for name := range names(list) {
		f, err := os.Open(name) // want `os\.Open result f is not closed on the path that leaves the loop at line 44`
		if err != nil {
			continue
		}
		if name == "" {
			break
		}
		f.Close()
		n++
	}
	return n // leaking return
}

// close before continue in a range-over-func body.
func okContinueInRangeFuncBody(list []string) int {
	n := 0
	for name := range names(list) {
		f, err := os.Open(name)
		if err != nil {
			continue
		}
		if name == "" {
			f.Close()
			continue
		}
		f.Close()
		n++
	}
	return n
}

// close before break in a range-over-func body.
func okBreakInRangeFuncBody(list []string) int {
	n := 0
	for name := range names(list) {
		f, err := os.Open(name)
		if err != nil {
			continue
		}
		f.Close()
		if name == "" {
			break
		}
		n++
	}
	return n
}
