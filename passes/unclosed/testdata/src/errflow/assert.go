package errflow

import (
	"io"
	"os"
)

// A file of a file system: everything an http.File is, and more.
type fsFile interface {
	io.ReadSeekCloser
	Readdir(count int) ([]os.FileInfo, error)
	Stat() (os.FileInfo, error)
	Name() string
}

type httpFile interface {
	io.ReadSeekCloser
	Readdir(count int) ([]os.FileInfo, error)
	Stat() (os.FileInfo, error)
}

func openFS(name string) (fsFile, error) { return os.Open(name) }

// The assertion to an interface that the file's type already implements
// fails only for a nil file, which needs no close.
func okAssertImplemented(name string) (httpFile, error) {
	f, err := openFS(name)
	if err == nil {
		if hf, ok := f.(httpFile); ok {
			return hf, nil
		}
	}
	return nil, err
}

// One to an interface the type does not implement may fail for a file
// that is open.
func leakAssertOther(name string) (io.WriterTo, error) {
	f, err := openFS(name) // want `openFS result f is not closed on the path that returns at line 45`
	if err == nil {
		if wt, ok := f.(io.WriterTo); ok {
			return wt, nil
		}
	}
	return nil, err
}

// An iterator that keeps the error of what it opens, and tests it there.
type fileIter struct {
	f   *os.File
	err error
}

func (it *fileIter) Close() error {
	if it.f == nil {
		return nil
	}
	return it.f.Close()
}

func (it *fileIter) next(name string) bool {
	var f *os.File
	f, it.err = os.Open(name)
	if it.err != nil {
		return false
	}
	it.f = f
	return true
}

// The same iterator, that tests the error of the previous file instead:
// the file it opened leaks when that one had failed.
func (it *fileIter) leakNext(name string, prev *fileIter) bool {
	var f *os.File
	f, it.err = os.Open(name) // want `os\.Open result f is not closed on the path that returns at line \d+`
	if prev.err != nil {
		return false
	}
	it.f = f
	return true
}
