// Package valuetype tests a closer with a value receiver held in a local
// variable whose fields are read.
package valuetype

import "reflect"

type Handle struct{ fd int }

func (h Handle) Close() error { return release() }

func openHandle() Handle { return Handle{fd: 3} }

func leakValueHandle() int {
	h := openHandle() // want `openHandle result h is never closed`
	return h.fd
}

// a value-typed resource closed by defer.
func okValueHandle() int {
	h := openHandle()
	defer h.Close()
	return h.fd
}

// Storage's Close has a value receiver; a *Storage is closed through
// the copy that s.Close() loads.
type Storage struct {
	*Handle
	dir string
}

func (s Storage) Close() error {
	s.Handle.Close()
	return release()
}

func newStorage() *Storage { return &Storage{Handle: &Handle{fd: 3}, dir: "tmp"} }

func okPointerToValueCloser() string {
	s := newStorage()
	defer s.Close()
	return s.dir
}

func okPointerToValueCloserInSubtest(run func(func())) {
	run(func() {
		s := newStorage()
		defer s.Close()
		_ = s.dir
	})
}

func leakPointerToValueCloser() string {
	s := newStorage() // want `newStorage result s is never closed`
	c := *s
	return c.dir
}

// release stands for what a real Close gives back to the system.
var release = func() error { return nil }

// A struct that embeds a reflect.Value has its Close, which closes the
// channel the Value holds: nothing to release.
type addressable struct{ reflect.Value }

func newAddressable(t reflect.Type) addressable {
	return addressable{reflect.New(t).Elem()}
}

func okEmbeddedReflectValue(t reflect.Type) bool {
	v := newAddressable(t)
	return v.CanSet()
}

// One that embeds a closer of its own still has to be closed.
type handleValue struct{ Handle }

func newHandleValue() handleValue { return handleValue{openHandle()} }

func leakEmbeddedHandle() int {
	v := newHandleValue() // want `newHandleValue result v is never closed`
	return v.fd
}
