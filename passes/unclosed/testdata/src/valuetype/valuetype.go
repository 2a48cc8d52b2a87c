// Package valuetype tests a closer with a value receiver held in a local
// variable whose fields are read.
package valuetype

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

// release stands for what a real Close gives back to the system.
var release = func() error { return nil }
