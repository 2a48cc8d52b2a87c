// Package netconn holds cases for net.Conn, net.Listener, tls.Conn and
// friends.
package netconn

import (
	"crypto/tls"
	"errors"
	"io"
	"net"
	"net/smtp"
	"net/textproto"
	"strings"
)

// --- net.Listen and Accept loops

func leakListenNeverClosed(addr string, handle func(net.Conn)) error {
	ln, err := net.Listen("tcp", addr) // want `net\.Listen result ln is never closed`
	if err != nil {
		return err
	}
	for {
		c, err := ln.Accept()
		if err != nil {
			return err
		}
		go handle(c)
	}
}

// defer ln.Close; each accepted conn handed to a goroutine.
func okListenServe(addr string, handle func(net.Conn)) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	defer ln.Close()
	for {
		c, err := ln.Accept()
		if err != nil {
			return err
		}
		go handle(c)
	}
}

func leakAcceptGreetOnly(ln net.Listener) error {
	for {
		c, err := ln.Accept() // want `ln\.Accept result c is never closed`
		if err != nil {
			return err
		}
		io.WriteString(c, "hello\n")
	}
}

// a goroutine that owns and closes each connection.
func okAcceptGoroutineCloses(ln net.Listener) error {
	for {
		c, err := ln.Accept()
		if err != nil {
			return err
		}
		go func() {
			defer c.Close()
			io.WriteString(c, "hello\n")
		}()
	}
}

// greet then close inline, before the next Accept.
func okAcceptGreetAndClose(ln net.Listener) error {
	for {
		c, err := ln.Accept()
		if err != nil {
			return err
		}
		io.WriteString(c, "hello\n")
		c.Close()
	}
}

// a temporary error retried, permanent error returned.
func okAcceptRetryTemporary(ln net.Listener, handle func(net.Conn)) error {
	for {
		c, err := ln.Accept()
		if err != nil {
			if errors.Is(err, net.ErrClosed) {
				return nil
			}
			continue
		}
		go handle(c)
	}
}

// --- tls.Client wraps the raw connection

func leakTLSClientHandshake(addr string, cfg *tls.Config) (*tls.Conn, error) {
	raw, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	tc := tls.Client(raw, cfg) // want `tls\.Client result tc is not closed on the path that returns at line 106`
	if err := tc.Handshake(); err != nil {
		return nil, err // leaking return
	}
	return tc, nil
}

// tls.Client takes over raw: closing tc on failure closes both.
func okTLSClientHandshake(addr string, cfg *tls.Config) (*tls.Conn, error) {
	raw, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	tc := tls.Client(raw, cfg)
	if err := tc.Handshake(); err != nil {
		tc.Close()
		return nil, err
	}
	return tc, nil
}

func leakTLSDial(addr string, cfg *tls.Config) (tls.ConnectionState, error) {
	c, err := tls.Dial("tcp", addr, cfg) // want `tls\.Dial result c is never closed`
	if err != nil {
		return tls.ConnectionState{}, err
	}
	return c.ConnectionState(), nil
}

// defer Close on a *tls.Conn.
func okTLSDial(addr string, cfg *tls.Config) (tls.ConnectionState, error) {
	c, err := tls.Dial("tcp", addr, cfg)
	if err != nil {
		return tls.ConnectionState{}, err
	}
	defer c.Close()
	return c.ConnectionState(), nil
}

// --- net.Pipe

// an open pipe end holds no descriptor.
func okPipeOneEnd() net.Conn {
	a, b := net.Pipe()
	_ = b.LocalAddr()
	return a
}

// both ends closed by the function.
func okPipeBothClosed(msg []byte) error {
	a, b := net.Pipe()
	defer a.Close()
	defer b.Close()
	go a.Write(msg)
	buf := make([]byte, len(msg))
	_, err := io.ReadFull(b, buf)
	return err
}

// --- type assertion to the concrete conn

// Close through the asserted *net.TCPConn.
func okTCPConnAssert(addr string) error {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	tcp := c.(*net.TCPConn)
	defer tcp.Close()
	return tcp.SetKeepAlive(true)
}

// --- UDP

func leakListenUDP(port int) (int, error) {
	pc, err := net.ListenUDP("udp", &net.UDPAddr{Port: port}) // want `net\.ListenUDP result pc is never closed`
	if err != nil {
		return 0, err
	}
	buf := make([]byte, 1500)
	n, _, err := pc.ReadFromUDP(buf)
	return n, err
}

// ListenPacket with defer Close.
func okListenPacket(addr string) (int, error) {
	pc, err := net.ListenPacket("udp", addr)
	if err != nil {
		return 0, err
	}
	defer pc.Close()
	buf := make([]byte, 1500)
	n, _, err := pc.ReadFrom(buf)
	return n, err
}

// the raw connection closed by defer: the TLS connection around it is
// released with it.
func okTLSRawClosed(addr string, cfg *tls.Config) error {
	raw, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	defer raw.Close()
	tc := tls.Client(raw, cfg)
	return tc.Handshake()
}

// a wrapper that takes the connection as another interface
// (io.ReadWriteCloser): closing the connection still releases it.
func okTextprotoRawClosed(l net.Listener) error {
	conn, err := l.Accept()
	if err != nil {
		return err
	}
	defer conn.Close()
	tc := textproto.NewConn(conn)
	return tc.PrintfLine("220 ready")
}

// a pointer to a concrete connection, converted to the interface.
func okTextprotoTLSClosed(addr string, cfg *tls.Config) error {
	conn, err := tls.Dial("tcp", addr, cfg)
	if err != nil {
		return err
	}
	tc := textproto.NewConn(conn)
	err = tc.PrintfLine("EHLO")
	conn.Close()
	return err
}

func leakTextprotoNeitherClosed(l net.Listener) error {
	conn, err := l.Accept()
	if err != nil {
		return err
	}
	tc := textproto.NewConn(conn) // want `textproto\.NewConn result tc is never closed`
	return tc.PrintfLine("220 ready")
}

// a wrapper over a struct literal whose Close is io.NopCloser's holds
// nothing to close.
func okTextprotoOverNopCloser(out io.Writer) error {
	tc := textproto.NewConn(struct {
		io.Reader
		io.Writer
		io.Closer
	}{strings.NewReader("220 ready\r\n"), out, io.NopCloser(nil)})
	_, err := tc.ReadLine()
	return err
}

// One whose Close is a dialed connection's holds the connection.
func leakTextprotoOverConnLiteral(addr string) error {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	rwc := struct {
		io.Reader
		io.Writer
		io.Closer
	}{conn, conn, conn}
	tc := textproto.NewConn(rwc) // want `textproto\.NewConn result tc is never closed`
	return tc.PrintfLine("HELO")
}

type handshaker interface {
	Handshake(c net.Conn) (net.Conn, error)
}

// a handshake's connection around the dialed one, which a deferred closure
// closes on failure and the caller gets on success.
func okHandshakeWrapped(addr string, h handshaker) (_ net.Conn, err error) {
	raw, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	defer func(c net.Conn) {
		if err != nil {
			c.Close()
		}
	}(raw)
	conn, err := h.Handshake(raw)
	if err != nil {
		return nil, err
	}
	if conn.RemoteAddr() == nil {
		return nil, errors.New("no remote address")
	}
	return conn, nil
}

func leakTLSNeitherClosed(addr string, cfg *tls.Config) error {
	raw, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	tc := tls.Client(raw, cfg) // want `tls\.Client result tc is never closed`
	return tc.Handshake()
}

// a TLS connection around a connection the caller owns: closing it would
// close the caller's.
func okServeTLS(conn net.Conn, cfg *tls.Config) error {
	tc := tls.Server(conn, cfg)
	return tc.Handshake()
}

// the same from a goroutine that captures the connection.
func okServeTLSInGoroutine(conn net.Conn, cfg *tls.Config) {
	go func() {
		defer conn.Close()
		tc := tls.Client(conn, cfg)
		if err := tc.Handshake(); err != nil {
			return
		}
	}()
}

// --- protocol clients whose goodbye closes the connection

// Quit sends QUIT and closes the connection.
func okSMTPQuit(addr string) error {
	c, err := smtp.Dial(addr)
	if err != nil {
		return err
	}
	defer c.Quit()
	return c.Noop()
}

func leakSMTPNoQuit(addr string) error {
	c, err := smtp.Dial(addr) // want `smtp\.Dial result c is never closed`
	if err != nil {
		return err
	}
	return c.Noop()
}

// session is a connection that closes itself when its peer hangs up.
type session struct{ done chan struct{} }

func (s *session) Close() error { close(s.done); return nil }

// Wait returns once the session has closed.
func (s *session) Wait() error { <-s.done; return nil }

func connect(c net.Conn) (*session, error) { return &session{done: make(chan struct{})}, nil }

func okSessionWait(c net.Conn) error {
	s, err := connect(c)
	if err != nil {
		return err
	}
	return s.Wait()
}

func leakSessionNoWait(c net.Conn) error {
	s, err := connect(c) // want `connect result s is never closed`
	if err != nil {
		return err
	}
	_ = s
	return nil
}

// A wrapper over a connection that the caller owns: closing the wrapper
// would close the caller's connection.
func okTextprotoOverParam(conn net.Conn) error {
	tc := textproto.NewConn(conn)
	return tc.PrintfLine("220 ready")
}
