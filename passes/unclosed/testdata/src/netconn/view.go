package netconn

import (
	"net"
	"time"
)

// packetProxy serves on the conn it is handed, and closes it.
type packetProxy struct{ ln net.PacketConn }

func newPacketProxy(ln net.PacketConn) *packetProxy { return &packetProxy{ln: ln} }

func (p *packetProxy) Close() error { return p.ln.Close() }

// optConn is a view of a conn to set socket options on, as
// ipv4.NewPacketConn is: its Close closes the conn.
type optConn struct{ c net.PacketConn }

func newOptConn(c net.PacketConn) *optConn { return &optConn{c: c} }

func (o *optConn) SetOption() error { return o.c.SetDeadline(time.Time{}) }

func (o *optConn) Close() error { return o.c.Close() }

// The view leaves nothing behind once the conn is handed to the proxy.
func okViewThenHandOff(addr string) (*packetProxy, error) {
	ln, err := net.ListenPacket("udp", addr)
	if err != nil {
		return nil, err
	}
	v := newOptConn(ln)
	if err := v.SetOption(); err != nil {
		ln.Close()
		return nil, err
	}
	return newPacketProxy(ln), nil
}

func leakViewOnError(addr string) (*packetProxy, error) {
	ln, err := net.ListenPacket("udp", addr)
	if err != nil {
		return nil, err
	}
	v := newOptConn(ln) // want `newOptConn result v is not closed on the path that returns at line 46`
	if err := v.SetOption(); err != nil {
		return nil, err
	}
	return newPacketProxy(ln), nil
}
