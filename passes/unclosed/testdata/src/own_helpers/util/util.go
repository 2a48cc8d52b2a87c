// Package util holds helpers that borrow, close, return or keep the
// resources handed to them; its facts cross into package own_helpers.
package util

import (
	"io"
	"os"
	"sync"
)

// Describe only reads f.
func Describe(f *os.File) string {
	fi, err := f.Stat()
	if err != nil {
		return f.Name()
	}
	return fi.Name()
}

// Shut closes c.
func Shut(c io.Closer) error { return c.Close() }

// ShutLater defers the close of c.
func ShutLater(c io.Closer, fn func()) {
	defer c.Close()
	fn()
}

// Pass returns f after checking it.
func Pass(f *os.File) (*os.File, error) {
	if _, err := f.Stat(); err != nil {
		return nil, err
	}
	return f, nil
}

// Registry keeps closers and closes every one of them in Close.
type Registry struct {
	mu    sync.Mutex
	conns []io.Closer
}

// Add keeps c.
func (r *Registry) Add(c io.Closer) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.conns = append(r.conns, c)
}

// Close closes every closer it keeps.
func (r *Registry) Close() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, c := range r.conns {
		c.Close()
	}
	r.conns = nil
	return nil
}

// Files keeps files by name and closes each in Close.
type Files struct{ byName map[string]*os.File }

// Put keeps f.
func (fs *Files) Put(name string, f *os.File) { fs.byName[name] = f }

// Close closes every file.
func (fs *Files) Close() error {
	for _, f := range fs.byName {
		f.Close()
	}
	return nil
}

// Slot keeps one closer in a field, and its Close closes it.
type Slot struct{ c io.Closer }

// Set keeps c in Slot.c.
func (s *Slot) Set(c io.Closer) { s.c = c }

func (s *Slot) Close() error {
	if s.c == nil {
		return nil
	}
	return s.c.Close()
}

// Holder keeps one closer in a field and has no teardown.
type Holder struct{ c io.Closer }

// Hold keeps c in Holder.c.
func (h *Holder) Hold(c io.Closer) { h.c = c }

// Count only reads r.
func Count(r io.Reader) (int64, error) { return io.Copy(io.Discard, r) }

// CloseIfCloser closes r when it is a closer.
func CloseIfCloser(r io.Reader) {
	if c, ok := r.(io.Closer); ok {
		c.Close()
	}
}

// Use only calls a method of c that is not Close.
func Use[T interface {
	io.Closer
	Name() string
}](c T) string {
	return c.Name()
}

// Done closes c.
func Done[T io.Closer](c T) { c.Close() }
