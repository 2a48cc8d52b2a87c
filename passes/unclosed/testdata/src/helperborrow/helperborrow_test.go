package helperborrow

import (
	"crypto/tls"
	"io"
	"net"
	"testing"
)

var accepted = make(chan net.Conn)

// dialPair hands out both ends of a connection and closes them when the
// test ends: its callers borrow them, and so do wrappers around them.
func dialPair(t testing.TB, addr string) (net.Conn, net.Conn) {
	c1, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	select {
	case c2 := <-accepted:
		t.Cleanup(func() { c1.Close() })
		t.Cleanup(func() { c2.Close() })
		return c1, c2
	}
}

func TestOkWrapperOverHelperConns(t *testing.T) {
	c, s := dialPair(t, "localhost:0")
	go tls.Client(c, nil).Handshake()
	tls.Server(s, nil).Handshake()
}

func TestLeakWrapperOverOwnConn(t *testing.T) {
	c, err := net.Dial("tcp", "localhost:0")
	if err != nil {
		t.Fatal(err)
	}
	tls.Client(c, nil).Handshake() // want `tls\.Client result is never closed`
}

type server struct{ stop chan struct{} }

// serve closes ln when it returns.
func (s *server) serve(ln net.Listener) error {
	defer ln.Close()
	<-s.stop
	return nil
}

// startServer gives the listener to the serving goroutine and returns it
// for its address: callers share it, they do not own it.
func startServer(t *testing.T) (*server, net.Listener) {
	ln, err := net.Listen("tcp", "localhost:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &server{stop: make(chan struct{})}
	go s.serve(ln)
	t.Cleanup(func() { close(s.stop) })
	return s, ln
}

var registry = map[string]io.Closer{}

// register keeps c in a registry that outlives the call.
func register(name string, c io.Closer) { registry[name] = c }

// registered registers the listener and returns it too: its callers share
// it with the registry.
func registered(t *testing.T) net.Listener {
	ln, err := net.Listen("tcp", "localhost:0")
	if err != nil {
		t.Fatal(err)
	}
	register(t.Name(), ln)
	return ln
}

// listen gives its listener to nobody: its caller owns it.
func listen(t *testing.T) net.Listener {
	ln, err := net.Listen("tcp", "localhost:0")
	if err != nil {
		t.Fatal(err)
	}
	return ln
}

func TestOkSharedListeners(t *testing.T) {
	_, ln := startServer(t)
	ln2 := registered(t)
	t.Log(ln.Addr(), ln2.Addr())
}

func TestLeakOwnedListener(t *testing.T) {
	ln := listen(t) // want `listen result ln is never closed`
	t.Log(ln.Addr())
}

type option func(*[]io.Closer)

// withClosers keeps its arguments in the option.
func withClosers(cs ...io.Closer) option {
	return func(all *[]io.Closer) { *all = append(*all, cs...) }
}

// newClientVariadic hands the listener to a variadic option and returns it.
func newClientVariadic(t *testing.T, apply func(option)) net.Listener {
	ln, err := net.Listen("tcp", "localhost:0")
	if err != nil {
		t.Fatal(err)
	}
	apply(withClosers(ln))
	return ln
}

func TestOkSharedThroughVariadic(t *testing.T) {
	ln := newClientVariadic(t, func(option) {})
	t.Log(ln.Addr())
}

type watcher interface{ Watch(net.Listener) }

// newWatched shows the listener to a watcher through an interface method,
// which may only use it, and returns it: its caller still owns it.
func newWatched(t *testing.T, w watcher) net.Listener {
	ln, err := net.Listen("tcp", "localhost:0")
	if err != nil {
		t.Fatal(err)
	}
	w.Watch(ln)
	return ln
}

func TestLeakShownToInterface(t *testing.T) {
	var w watcher
	ln := newWatched(t, w) // want `newWatched result ln is never closed`
	t.Log(ln.Addr())
}
