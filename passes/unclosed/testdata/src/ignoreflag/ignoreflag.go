// Package ignoreflag is analysed with -ignore=ignoreflag.Handle: values of
// Handle need no close, other closers still do.
package ignoreflag

import "os"

type Handle struct{}

func (*Handle) Close() error { return nil }

func newHandle() *Handle { return &Handle{} }

// an ignored type.
func okIgnored() {
	h := newHandle()
	_ = h
}

func leakNotIgnored(name string) {
	f, _ := os.Open(name) // want `os\.Open result f is never closed`
	_ = f
}
