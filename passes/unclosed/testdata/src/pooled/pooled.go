// Package pooled tests values whose Close only gives memory back to a
// sync.Pool: skipping it costs allocations, and leaks nothing the garbage
// collector does not free. A Close that gives memory back and releases
// something else is still owed.
package pooled

import (
	"net"
	"os"
	"sync"

	"helpers"
)

// Query's Close gives its result's slices back to a typed pool of another
// package, through a helper of its own.
type Query struct{ points [][]float64 }

var pointPool helpers.Pool[[]float64]

func putPoints(p []float64) {
	if p != nil {
		pointPool.Put(p[:0])
	}
}

func (q *Query) Close() {
	for _, p := range q.points {
		putPoints(p)
	}
}

func NewQuery(n int) *Query {
	q := &Query{}
	for range n {
		q.points = append(q.points, pointPool.Get())
	}
	return q
}

func okQueryNeverClosed() int {
	q := NewQuery(3)
	return len(q.points)
}

// buffer's Close puts its storage back itself.
type buffer struct{ b []byte }

var buffers = sync.Pool{New: func() any { return new([]byte) }}

func (b *buffer) Close() error {
	buffers.Put(&b.b)
	b.b = nil
	return nil
}

func newBuffer() *buffer {
	return &buffer{b: *buffers.Get().(*[]byte)}
}

func okBufferNeverClosed() int {
	b := newBuffer()
	return cap(b.b)
}

// chunk's Close gives its buffer back through a function of another
// package, whose fact says that it only recycles.
type chunk struct{ buf []byte }

func (c *chunk) Close() error {
	helpers.PutScratch(c.buf)
	return nil
}

func newChunk() *chunk { return &chunk{buf: make([]byte, 64)} }

func okChunkNeverClosed() int {
	c := newChunk()
	return len(c.buf)
}

// spool's Close gives its buffer back and closes its file: the file is
// owed.
type spool struct {
	f   *os.File
	buf []byte
}

func (s *spool) Close() error {
	buffers.Put(&s.buf)
	return s.f.Close()
}

func openSpool(name string) (*spool, error) {
	f, err := os.Create(name)
	if err != nil {
		return nil, err
	}
	return &spool{f: f}, nil
}

func leakSpool(name string) error {
	s, err := openSpool(name) // want `openSpool result s is never closed`
	if err != nil {
		return err
	}
	_, err = s.f.Write([]byte("x"))
	return err
}

// waker's Close gives its buffer back and wakes whoever waits for one:
// the helper does more than recycle.
type waker struct {
	buf  []byte
	wake chan struct{}
}

func (w *waker) Close() error {
	helpers.PutScratchAndWake(w.buf, w.wake)
	return nil
}

func newWaker() *waker { return &waker{wake: make(chan struct{})} }

func leakWaker() int {
	w := newWaker() // want `newWaker result w is never closed`
	return len(w.buf)
}

// A connection pool that is not a sync.Pool: a pooled connection's Close
// hands the connection back to the pool, which others are waiting on.
type ConnPool struct {
	addr string
	idle chan net.Conn
}

type PooledConn struct {
	c net.Conn
	p *ConnPool
}

func (pc *PooledConn) Close() error {
	pc.p.idle <- pc.c
	return nil
}

func (p *ConnPool) Get() (*PooledConn, error) {
	c, err := net.Dial("tcp", p.addr)
	if err != nil {
		return nil, err
	}
	return &PooledConn{c: c, p: p}, nil
}

func leakPooledConn(p *ConnPool) error {
	pc, err := p.Get() // want `p\.Get result pc is never closed`
	if err != nil {
		return err
	}
	_, err = pc.c.Write([]byte("ping"))
	return err
}
