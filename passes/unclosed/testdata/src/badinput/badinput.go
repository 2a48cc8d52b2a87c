// Package badinput holds unusual code for the analyzer to survive and get
// right: generics, range-over-func iterators, goto, unreachable code,
// recursion, deep closures, odd Close signatures, and (in long.go) very
// long functions.
package badinput

import (
	"errors"
	"io"
	"iter"
	"os"
)

// --- generics

// Closer is a generic constraint with Close.
type Closer interface {
	comparable
	io.Closer
}

func leakGenericOpen[T Closer](open func(string) (T, error), name string) error {
	c, err := open(name) // want `open result c is never closed`
	if err != nil {
		return err
	}
	var zero T
	if c == zero {
		return errors.New("zero")
	}
	return nil
}

// generic resource closed through its constraint's method.
func okGenericOpen[T Closer](open func(string) (T, error), name string) error {
	c, err := open(name)
	if err != nil {
		return err
	}
	var zero T
	if c == zero {
		return errors.New("zero")
	}
	return c.Close()
}

// Pool is a generic resource type with a generic constructor.
type Pool[K comparable, V io.Closer] struct{ m map[K]V }

func (p *Pool[K, V]) Close() error {
	for _, v := range p.m {
		v.Close()
	}
	return nil
}

func (p *Pool[K, V]) Put(k K, v V) { p.m[k] = v }

func NewPool[K comparable, V io.Closer]() *Pool[K, V] {
	return &Pool[K, V]{m: make(map[K]V)}
}

func leakGenericPool(name string) error {
	p := NewPool[string, *os.File]() // want `NewPool\[string, \*os\.File\] result p is never closed`
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	p.Put(name, f)
	return nil
}

// a generic pool that owns the files put into it, closed.
func okGenericPool(name string) error {
	p := NewPool[string, *os.File]()
	defer p.Close()
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	p.Put(name, f)
	return nil
}

// a method of a generic type that makes a resource.
func (p *Pool[K, V]) Open(name string) (*os.File, error) { return os.Open(name) }

func leakGenericMethod(p *Pool[string, *os.File], name string) error {
	f, err := p.Open(name) // want `p\.Open result f is never closed`
	if err != nil {
		return err
	}
	_ = f.Name()
	return nil
}

// resource from a generic method, closed.
func okGenericMethod(p *Pool[string, *os.File], name string) error {
	f, err := p.Open(name)
	if err != nil {
		return err
	}
	return f.Close()
}

// --- range-over-func iterators

// lines yields names; the loop body runs as a closure.
func names(list []string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, n := range list {
			if !yield(n) {
				return
			}
		}
	}
}

// the iterator itself makes files and yields them to the loop body, closing each.
func openEach(list []string) iter.Seq2[*os.File, error] {
	return func(yield func(*os.File, error) bool) {
		for _, n := range list {
			f, err := os.Open(n)
			if err != nil {
				if !yield(nil, err) {
					return
				}
				continue
			}
			more := yield(f, nil)
			f.Close()
			if !more {
				return
			}
		}
	}
}

func leakInRangeFuncBody(list []string) int {
	n := 0
	for name := range names(list) {
		f, err := os.Open(name) // want `os\.Open result f is never closed`
		if err != nil {
			continue
		}
		_ = f.Name()
		n++
	}
	return n
}

// close inside the body of a range-over-func loop.
func okInRangeFuncBody(list []string) int {
	n := 0
	for name := range names(list) {
		f, err := os.Open(name)
		if err != nil {
			continue
		}
		f.Close()
		n++
	}
	return n
}

// defer inside a range-over-func body runs when the function returns.
func okDeferInRangeFuncBody(list []string) error {
	for name := range names(list) {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
	}
	return nil
}

// return the file from inside a range-over-func body.
func okReturnFromRangeFuncBody(list []string) (*os.File, error) {
	for name := range names(list) {
		f, err := os.Open(name)
		if err == nil {
			return f, nil
		}
	}
	return nil, errors.New("none")
}

// the loop body borrows what the iterator yields.
func okRangeOverYieldedFiles(list []string) int64 {
	var total int64
	for f, err := range openEach(list) {
		if err != nil {
			continue
		}
		if st, err := f.Stat(); err == nil {
			total += st.Size()
		}
	}
	return total
}

// --- goto as a loop

func leakGotoLoop(name string) error {
	i := 0
again:
	f, err := os.Open(name) // want `os\.Open result f is not closed before the next iteration of the loop`
	if err != nil {
		return err
	}
	i++
	if i < 3 {
		goto again
	}
	return f.Close()
}

// close before jumping back.
func okGotoLoop(name string) error {
	i := 0
again:
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	i++
	if i < 3 {
		goto again
	}
	return nil
}

// --- unreachable code

// the open after panic is unreachable.
func okUnreachableAfterPanic(name string) {
	panic("not implemented")
	f, _ := os.Open(name)
	_ = f.Name()
}

// the open after an infinite loop is unreachable.
func okUnreachableAfterForever(name string) {
	for {
	}
	f, _ := os.Open(name)
	_ = f.Name()
}

// a block that never returns after the open.
func okBlockForever(name string) {
	f, err := os.Open(name)
	if err != nil {
		return
	}
	_ = f.Name()
	select {}
}

// --- recursion

func even(n int, name string) (*os.File, error) {
	if n == 0 {
		return os.Open(name)
	}
	return odd(n-1, name)
}

func odd(n int, name string) (*os.File, error) {
	if n == 0 {
		return nil, errors.New("odd")
	}
	return even(n-1, name)
}

func leakMutualRecursion(name string) error {
	f, err := even(4, name) // want `even result f is never closed`
	if err != nil {
		return err
	}
	_ = f.Name()
	return nil
}

// result of mutually recursive makers, closed.
func okMutualRecursion(name string) error {
	f, err := even(4, name)
	if err != nil {
		return err
	}
	return f.Close()
}

// A struct whose closer is a wrapper made over the struct itself: asking
// whether the wrapper needs a close asks it of the struct, and back.
type selfConn struct{ io.ReadWriteCloser }

func wrapRWC(c io.ReadWriteCloser) io.ReadWriteCloser { return &selfConn{c} }

func useSelfWrapped() error {
	sc := &selfConn{}
	sc.ReadWriteCloser = wrapRWC(sc)
	c := wrapRWC(sc)
	return c.Close()
}

// --- deep closures

// a close nested five closures deep.
func okDeepClosure(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer func() {
		func() {
			func() {
				func() {
					func() {
						f.Close()
					}()
				}()
			}()
		}()
	}()
	return nil
}

func leakNestedClosureNoClose(name string) error {
	f, err := os.Open(name) // want `os\.Open result f is never closed`
	if err != nil {
		return err
	}
	defer func() {
		func() { _ = f.Name() }()
	}()
	return nil
}

// --- method expressions

// `defer (*os.File).Close(f)`.
func okMethodExpression(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer (*os.File).Close(f)
	_, err = f.Stat()
	return err
}

// --- odd Close signatures

// CloseField has a field named Close, not a method.
type CloseField struct{ Close func() error }

func newCloseField() *CloseField { return &CloseField{Close: func() error { return nil }} }

// a func-valued field named Close is no Close method.
func okCloseField() {
	c := newCloseField()
	_ = c
}

// CloseArg's Close takes an argument: not a closer.
type CloseArg struct{}

func (CloseArg) Close(force bool) error { return nil }

func newCloseArg() *CloseArg { return &CloseArg{} }

// a Close with parameters is no Close().
func okCloseArg() {
	c := newCloseArg()
	_ = c
}

// CloseCount's Close returns (int, error): still a closer.
type CloseCount struct{}

func (*CloseCount) Close() (int, error) { return 0, release() }

func newCloseCount() *CloseCount { return &CloseCount{} }

func leakCloseCount() {
	c := newCloseCount() // want `newCloseCount result c is never closed`
	_ = c
}

// Close() (int, error), closed.
func okCloseCount() (int, error) {
	c := newCloseCount()
	return c.Close()
}

// CloseString's Close returns a string: not a closer.
type CloseString struct{}

func (CloseString) Close() string { return "" }

func newCloseString() CloseString { return CloseString{} }

// a Close whose last result is not error is no closer.
func okCloseString() {
	c := newCloseString()
	_ = c
}

// --- type switches and assertions

// close found through a type switch.
func okTypeSwitchClose(r io.Reader) {
	switch c := r.(type) {
	case io.Closer:
		c.Close()
	}
}

// a resource closed through a comma-ok assertion.
func okCommaOkAssertion(open func() (io.Reader, error)) error {
	r, err := open()
	if err != nil {
		return err
	}
	if c, ok := r.(io.Closer); ok {
		defer c.Close()
	}
	_, err = io.ReadAll(r)
	return err
}

// --- received from a channel: not made by a call here

// a file received from a channel belongs to the sender's protocol.
func okReceived(ch <-chan *os.File) string {
	f := <-ch
	return f.Name()
}

// --- package-level initializers

// a file opened by a package variable's initializer is stored in it.
var logFile, logErr = os.OpenFile("/tmp/badinput.log", os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)

var closers []io.Closer

func init() {
	f, err := os.Open("/dev/null")
	if err != nil {
		return
	}
	closers = append(closers, f)
}

func init() {
	f, err := os.Open("/dev/zero") // want `os\.Open result f is never closed`
	if err != nil {
		return
	}
	_ = f.Name()
}

// release stands for what a real Close gives back to the system.
var release = func() error { return nil }
