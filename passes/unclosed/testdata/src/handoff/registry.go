package handoff

import (
	"net"
	"sync"
)

// A connRegistry closes, when it closes, every conn added to it.
type connRegistry struct {
	mu    sync.Mutex
	conns []net.Conn
}

func (r *connRegistry) add(c net.Conn) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.conns = append(r.conns, c)
}

func (r *connRegistry) Close() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, c := range r.conns {
		c.Close()
	}
	return nil
}

type trackingDialer struct {
	*connRegistry
	addr string
}

// Connect keeps the conn it returns in the registry, which closes it.
func (d *trackingDialer) Connect() net.Conn {
	c, err := net.Dial("tcp", d.addr)
	if err != nil {
		panic(err)
	}
	d.add(c)
	return c
}

// Open does not.
func (d *trackingDialer) Open() net.Conn {
	c, err := net.Dial("tcp", d.addr)
	if err != nil {
		panic(err)
	}
	return c
}

func okConnectTracked(d *trackingDialer) error {
	c := d.Connect()
	_, err := c.Write([]byte("ping"))
	return err
}

func leakOpenUntracked(d *trackingDialer) error {
	c := d.Open() // want `d.Open result c is never closed`
	_, err := c.Write([]byte("ping"))
	return err
}
