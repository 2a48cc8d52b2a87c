// Package app uses store; the leak is only visible through store's facts.
package app

import (
	"io"

	"example.com/leaky/store"
)

// First leaks the file store.Open hands over.
func First(name string) ([]byte, error) {
	f, err := store.Open(name)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(f)
}
