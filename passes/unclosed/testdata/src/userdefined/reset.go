package userdefined

import "errors"

// A stream is released by Close or by Reset, which aborts it.
type Stream interface {
	Read(p []byte) (int, error)
	Close() error
	Reset() error
}

type muxStream struct{ conn *session }

type session struct{ open chan struct{} }

func (s *muxStream) Read(p []byte) (int, error) { return 0, errors.New("eof") }
func (s *muxStream) Close() error               { s.conn.open <- struct{}{}; return nil }
func (s *muxStream) Reset() error               { s.conn.open <- struct{}{}; return nil }

func (c *session) NewStream() (Stream, error) {
	<-c.open
	return &muxStream{conn: c}, nil
}

func okResetOnError(c *session) error {
	s, err := c.NewStream()
	if err != nil {
		return err
	}
	if _, err := s.Read(make([]byte, 8)); err != nil {
		s.Reset()
		return err
	}
	return s.Close()
}

// A buffer's Reset starts it over: it still holds what Close gives back.
type pooledBuffer struct {
	pool chan *pooledBuffer
	b    []byte
}

func (p *pooledBuffer) Reset()       { p.b = p.b[:0] }
func (p *pooledBuffer) Close() error { p.pool <- p; return nil }

func getBuffer(pool chan *pooledBuffer) *pooledBuffer { return <-pool }

func leakBufferReset(pool chan *pooledBuffer, data []byte) int {
	b := getBuffer(pool) // want `getBuffer result b is never closed`
	b.b = append(b.b, data...)
	n := len(b.b)
	b.Reset()
	return n
}
