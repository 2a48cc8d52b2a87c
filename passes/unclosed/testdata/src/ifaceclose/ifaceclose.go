// Package ifaceclose calls methods of resources through interfaces whose
// implementations close their receiver: go-git's iterators, whose ForEach
// closes them when it returns.
package ifaceclose

import (
	"errors"
	"io"
	"os"
)

type ObjectIter interface {
	Next() (string, error)
	ForEach(func(string) error) error
	Close()
}

type fileIter struct {
	f     *os.File
	names []string
}

func openIter(path string) (ObjectIter, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	return &fileIter{f: f}, nil
}

func (it *fileIter) Next() (string, error) {
	if len(it.names) == 0 {
		return "", io.EOF
	}
	n := it.names[0]
	it.names = it.names[1:]
	return n, nil
}

func (it *fileIter) ForEach(cb func(string) error) error {
	defer it.Close()
	for {
		n, err := it.Next()
		if err != nil {
			return nil
		}
		if err := cb(n); err != nil {
			return err
		}
	}
}

func (it *fileIter) Close() { it.f.Close() }

func okForEachCloses(path string) (int, error) {
	iter, err := openIter(path)
	if err != nil {
		return 0, err
	}
	n := 0
	err = iter.ForEach(func(string) error { n++; return nil })
	return n, err
}

// Next does not close it: reading part of it leaks it.
func leakNextOnly(path string) (string, error) {
	iter, err := openIter(path) // want `openIter result iter is never closed`
	if err != nil {
		return "", err
	}
	return iter.Next()
}

// A Walker has two implementations, and one of them leaves the walker
// open when Walk returns.
type Walker interface {
	Walk(func(string) error) error
	Close() error
}

type closingWalker struct{ f *os.File }

func (w *closingWalker) Walk(cb func(string) error) error {
	defer w.Close()
	return cb(w.f.Name())
}

func (w *closingWalker) Close() error { return w.f.Close() }

type reusableWalker struct{ f *os.File }

func (w *reusableWalker) Walk(cb func(string) error) error { return cb(w.f.Name()) }

func (w *reusableWalker) Close() error { return w.f.Close() }

func openWalker(path string, reuse bool) (Walker, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	if reuse {
		return &reusableWalker{f: f}, nil
	}
	return &closingWalker{f: f}, nil
}

func leakWalkMayNotClose(path string) error {
	w, err := openWalker(path, true) // want `openWalker result w is never closed`
	if err != nil {
		return err
	}
	return w.Walk(func(string) error { return errors.New("stop") })
}
