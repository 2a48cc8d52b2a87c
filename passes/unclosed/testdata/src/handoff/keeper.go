package handoff

import "net"

// A tester keeps the conn it is made with, and has no Close: its maker's
// caller closes the conn through it.
type tester struct {
	conn net.Conn
	sent int
}

func newTester(conn net.Conn) *tester { return &tester{conn: conn} }

func okCloseThroughKeeper(ln net.Listener) error {
	conn, err := ln.Accept()
	if err != nil {
		return err
	}
	tt := newTester(conn)
	defer tt.conn.Close()
	n, err := tt.conn.Write([]byte("ping"))
	tt.sent += n
	return err
}

func leakKeptConn(ln net.Listener) error {
	conn, err := ln.Accept() // want `ln.Accept result conn is never closed`
	if err != nil {
		return err
	}
	tt := newTester(conn)
	_, err = tt.conn.Write([]byte("ping"))
	return err
}
