package httpbody

import (
	"context"
	"io"
	"net"
	"net/http"
	"sync"
)

// An API client whose Do reads the whole body and closes it on each way
// out hands its callers a response with nothing left to close, through
// the interface as well.
type apiClient interface {
	Do(ctx context.Context, req *http.Request) (*http.Response, []byte, error)
}

type httpAPIClient struct{ c *http.Client }

func (h *httpAPIClient) Do(ctx context.Context, req *http.Request) (*http.Response, []byte, error) {
	resp, err := h.c.Do(req.WithContext(ctx))
	if err != nil {
		return nil, nil, err
	}
	done := make(chan struct{})
	var body []byte
	var readErr error
	go func() {
		defer close(done)
		body, readErr = io.ReadAll(resp.Body)
	}()
	select {
	case <-ctx.Done():
		resp.Body.Close()
		return resp, nil, ctx.Err()
	case <-done:
		resp.Body.Close()
		return resp, body, readErr
	}
}

func okClosedByDo(ctx context.Context, api apiClient, req *http.Request) (int, error) {
	resp, body, err := api.Do(ctx, req)
	if err != nil {
		return 0, err
	}
	return resp.StatusCode + len(body), nil
}

// One that closes the body only when the context ends leaves it open on
// the other way out.
type halfClosingClient struct{ c *http.Client }

func (h *halfClosingClient) Fetch(ctx context.Context, req *http.Request) (*http.Response, error) {
	resp, err := h.c.Do(req.WithContext(ctx))
	if err != nil {
		return nil, err
	}
	if ctx.Err() != nil {
		resp.Body.Close()
		return resp, ctx.Err()
	}
	return resp, nil
}

func leakHalfClosed(ctx context.Context, h *halfClosingClient, req *http.Request) int {
	resp, err := h.Fetch(ctx, req) // want `h.Fetch result resp.Body is never closed`
	if err != nil {
		return 0
	}
	return resp.StatusCode
}

// A server whose accept loop closes it when it ends is still the
// caller's to close: until then it listens.
type pluginServer struct {
	mu     sync.Mutex
	l      net.Listener
	conns  []net.Conn
	h      func(net.Conn)
	closed bool
}

func (s *pluginServer) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	for _, c := range s.conns {
		c.Close()
	}
	return s.l.Close()
}

func (s *pluginServer) accept() error {
	c, err := s.l.Accept()
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.conns = append(s.conns, c)
	s.mu.Unlock()
	go s.h(c)
	return nil
}

func newPluginServer(h func(net.Conn)) (*pluginServer, error) {
	l, err := net.Listen("unix", "/tmp/plugin.sock")
	if err != nil {
		return nil, err
	}
	if h == nil {
		h = func(net.Conn) {}
	}
	s := &pluginServer{l: l, h: h}
	go func() {
		defer s.Close()
		for {
			if err := s.accept(); err != nil {
				return
			}
		}
	}()
	return s, nil
}

func leakPluginServer() string {
	srv, err := newPluginServer(nil) // want `newPluginServer result srv is never closed`
	if err != nil {
		return ""
	}
	return srv.Addr().String()
}

func (s *pluginServer) Addr() net.Addr { return s.l.Addr() }
