// Package check declares error predicates for errpredicate: their facts
// say which of their error arguments is non-nil when they return true.
package check

import (
	"errors"
	"os"
)

var errUnsupported = errors.New("unsupported")

// Unsupported reports whether err says the system lacks a feature: never
// for a nil error.
func Unsupported(err error) bool {
	if err == nil {
		return false
	}
	return errors.Is(err, errUnsupported) || os.IsPermission(err)
}

// NotSupported asks Unsupported.
func NotSupported(err error) bool { return Unsupported(err) }

// Ignorable is also true for a nil error.
func Ignorable(err error) bool {
	return err == nil || errors.Is(err, errUnsupported)
}
