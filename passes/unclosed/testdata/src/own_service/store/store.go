// Package store is a resource of another package than the services that
// keep it.
package store

// Store is a resource: its caller must Close it.
type Store struct{ path string }

// Open makes a Store: its caller owns it.
func Open(path string) (*Store, error) { return &Store{path: path}, nil }

func (s *Store) Close() error        { return release() }
func (s *Store) Get(k string) string { return s.path + k }

// Shut closes c and logs nothing.
func Shut(c interface{ Close() error }) { _ = c.Close() }

// release stands for what a real Close gives back to the system.
var release = func() error { return nil }
