package helperborrow

import (
	"crypto/tls"
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
