// Package mem has functions whose error results say they might fail,
// and functions that only look as if they might.
package mem

import (
	"errors"
	"os"
)

type Store struct{ items []string }

// NewStore never fails: its error is there for the day it might.
func NewStore(size int) (*Store, error) {
	if size < 0 {
		size = 0
	}
	return &Store{items: make([]string, 0, size)}, nil
}

// NewChecked fails on a bad size.
func NewChecked(size int) (*Store, error) {
	if size < 0 {
		return nil, errors.New("negative size")
	}
	return &Store{items: make([]string, 0, size)}, nil
}

// Add never fails, through NewStore.
func Add(s *Store, item string) error {
	_, err := NewStore(0)
	s.items = append(s.items, item)
	return err
}

// Sync may fail: a deferred function sets its named result.
func Sync(f *os.File) (err error) {
	defer func() {
		if cerr := f.Sync(); cerr != nil {
			err = cerr
		}
	}()
	return nil
}
