// Package store opens files; one function forgets to close on an error path.
package store

import (
	"errors"
	"io"
	"os"
)

// Open returns an open file that the caller must close.
func Open(name string) (*os.File, error) {
	return os.Open(name)
}

// Size leaks f when the file is empty.
func Size(name string) (int64, error) {
	f, err := os.Open(name)
	if err != nil {
		return 0, err
	}
	fi, err := f.Stat()
	if err != nil || fi.Size() == 0 {
		return 0, errors.New("empty")
	}
	f.Close()
	return fi.Size(), nil
}

// ReadAll closes what it opens.
func ReadAll(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}
