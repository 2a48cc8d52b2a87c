package handoff

import (
	"context"
	"net"
)

// serve accepts until ctx ends, then closes ln.
func serve(ctx context.Context, ln net.Listener) {
	go func() {
		<-ctx.Done()
		ln.Close()
	}()
	defer ln.Close()
	for {
		conn, err := ln.Accept()
		if err != nil {
			return
		}
		conn.Close()
	}
}

// accept accepts until ln fails, and leaves ln open.
func accept(ln net.Listener) {
	for {
		conn, err := ln.Accept()
		if err != nil {
			return
		}
		conn.Close()
	}
}

// A testServer keeps a copy of the listener its serving goroutine closes.
type testServer struct {
	Addr string
	ln   net.Listener
}

func (s *testServer) Close() error { return nil }

func newTestServer(ctx context.Context) *testServer {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go serve(ctx, ln)
	return &testServer{Addr: ln.Addr().String(), ln: ln}
}

func newOpenTestServer() *testServer {
	ln, err := net.Listen("tcp", "127.0.0.1:0") // want `net.Listen result ln is stored in testServer.ln, but \(\*testServer\).Close never closes it`
	if err != nil {
		panic(err)
	}
	go accept(ln)
	return &testServer{Addr: ln.Addr().String(), ln: ln}
}

func newMaybeServedTestServer(ctx context.Context, start bool) *testServer {
	ln, err := net.Listen("tcp", "127.0.0.1:0") // want `net.Listen result ln is stored in testServer.ln, but \(\*testServer\).Close never closes it`
	if err != nil {
		panic(err)
	}
	if start {
		go serve(ctx, ln)
	}
	return &testServer{Addr: ln.Addr().String(), ln: ln}
}
