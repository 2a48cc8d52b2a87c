// Package own_helpers passes resources to helpers that borrow, close,
// return or keep them, of this package and of package util.
package own_helpers

import (
	"io"
	"os"

	"own_helpers/util"
)

// --- same-package helpers

// describe only reads f.
func describe(f *os.File) string { return f.Name() }

// shut closes c.
func shut(c io.Closer) { _ = c.Close() }

// check returns f once it has looked at it.
func check(f *os.File) (*os.File, error) {
	if _, err := f.Stat(); err != nil {
		return nil, err
	}
	return f, nil
}

// registry closes every closer it keeps.
type registry struct{ all []io.Closer }

func (r *registry) add(c io.Closer) { r.all = append(r.all, c) }

func (r *registry) Close() error {
	for _, c := range r.all {
		c.Close()
	}
	return nil
}

// slot keeps one file in a field; its Close closes it.
type slot struct{ f *os.File }

func (s *slot) set(f *os.File) { s.f = f }
func (s *slot) Close() error   { return s.f.Close() }

// holder keeps one file in a field and has no teardown.
type holder struct{ f *os.File }

func (h *holder) hold(f *os.File) { h.f = f }

// watcher keeps a file; its Close forgets it.
type watcher struct {
	f    *os.File
	quit chan struct{}
}

func newWatcher(f *os.File) *watcher { return &watcher{f: f, quit: make(chan struct{})} }

func (w *watcher) Close() error {
	close(w.quit)
	return nil
}

func leakBorrowSame(name string) string {
	f, err := os.Open(name) // want `os\.Open result f is never closed`
	if err != nil {
		return ""
	}
	return describe(f)
}

// a borrowing helper, then close.
func okBorrowSameThenClose(name string) string {
	f, err := os.Open(name)
	if err != nil {
		return ""
	}
	defer f.Close()
	return describe(f)
}

// a closing helper of the package.
func okCloseSame(name string) string {
	f, err := os.Open(name)
	if err != nil {
		return ""
	}
	defer shut(f)
	return f.Name()
}

func leakReturnSame(name string) error {
	f, err := os.Open(name) // want `os\.Open result f is never closed`
	if err != nil {
		return err
	}
	g, err := check(f)
	if err != nil {
		return err
	}
	_ = g.Name()
	return nil
}

// the result of a returning helper closed.
func okReturnSameClosed(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	g, err := check(f)
	if err != nil {
		f.Close()
		return err
	}
	return g.Close()
}

// the result of a returning helper returned.
func okReturnSameReturned(name string) (*os.File, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return check(f)
}

// a registry that closes every element keeps it.
func okRegistrySame(r *registry, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	r.add(f)
	return nil
}

// a slot whose Close closes its field keeps it.
func okSlotSame(s *slot, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	s.set(f)
	return nil
}

func leakHolderSame(h *holder, name string) error {
	f, err := os.Open(name) // want `os\.Open result f is handed to \(\*holder\)\.hold, which keeps it in holder\.f, but holder has no Close, Stop or Shutdown method`
	if err != nil {
		return err
	}
	h.hold(f)
	return nil
}

func leakWatcherSame(name string) (*watcher, error) {
	f, err := os.Open(name) // want `os\.Open result f is handed to newWatcher, which keeps it in watcher\.f, but \(\*watcher\)\.Close never closes that field`
	if err != nil {
		return nil, err
	}
	return newWatcher(f), nil
}

// the caller keeps closing the file a watcher only looks at.
func okWatcherSameCallerCloses(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	w := newWatcher(f)
	return w.Close()
}

// --- helpers of package util

func leakBorrowCross(name string) string {
	f, err := os.Open(name) // want `os\.Open result f is never closed`
	if err != nil {
		return ""
	}
	return util.Describe(f)
}

// another package's borrowing helper, then close.
func okBorrowCrossThenClose(name string) string {
	f, err := os.Open(name)
	if err != nil {
		return ""
	}
	defer f.Close()
	return util.Describe(f)
}

// another package's closing helper.
func okCloseCross(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	_ = f.Name()
	return util.Shut(f)
}

// another package's helper that defers the close.
func okCloseLaterCross(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	util.ShutLater(f, func() {})
	return nil
}

func leakReturnCross(name string) error {
	f, err := os.Open(name) // want `os\.Open result f is never closed`
	if err != nil {
		return err
	}
	g, err := util.Pass(f)
	if err != nil {
		return err
	}
	return g.Sync()
}

// the result of another package's returning helper, closed.
func okReturnCrossClosed(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	g, err := util.Pass(f)
	if err != nil {
		f.Close()
		return err
	}
	defer g.Close()
	return g.Sync()
}

// another package's registry closes every element of its slice.
func okRegistryCross(r *util.Registry, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	r.Add(f)
	return nil
}

// another package's map of files closes every value.
func okFilesCross(fs *util.Files, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	fs.Put(name, f)
	return nil
}

// another package's slot closes its field.
func okSlotCross(s *util.Slot, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	s.Set(f)
	return nil
}

func leakHolderCross(h *util.Holder, name string) error {
	f, err := os.Open(name) // want `os\.Open result f is handed to \(\*Holder\)\.Hold, which keeps it in Holder\.c, but Holder has no Close, Stop or Shutdown method`
	if err != nil {
		return err
	}
	h.Hold(f)
	return nil
}

// --- helpers that hand the resource on to other helpers

// describeVia borrows f, through a helper of package util.
func describeVia(f *os.File) string { return util.Describe(f) }

// shutVia closes c, through a helper of package util.
func shutVia(c io.Closer) { _ = util.Shut(c) }

func leakTransitiveBorrow(name string) string {
	f, err := os.Open(name) // want `os\.Open result f is never closed`
	if err != nil {
		return ""
	}
	return describeVia(f)
}

// a helper that closes through another package's helper.
func okTransitiveClose(name string) string {
	f, err := os.Open(name)
	if err != nil {
		return ""
	}
	defer shutVia(f)
	return f.Name()
}

func leakInterfaceBorrow(name string) (int64, error) {
	f, err := os.Open(name) // want `os\.Open result f is never closed`
	if err != nil {
		return 0, err
	}
	return util.Count(f)
}

// an io.Reader helper that closes what is also a closer.
func okInterfaceClose(name string) (int64, error) {
	f, err := os.Open(name)
	if err != nil {
		return 0, err
	}
	defer util.CloseIfCloser(f)
	return util.Count(f)
}

func leakGenericBorrow(name string) string {
	f, err := os.Open(name) // want `os\.Open result f is never closed`
	if err != nil {
		return ""
	}
	return util.Use(f)
}

// a generic helper of another package that closes.
func okGenericClose(name string) string {
	f, err := os.Open(name)
	if err != nil {
		return ""
	}
	defer util.Done(f)
	return util.Use(f)
}
