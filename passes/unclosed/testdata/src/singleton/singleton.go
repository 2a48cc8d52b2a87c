// Package singleton makes resources inside a sync.Once: one per process,
// kept for its life.
package singleton

import (
	"errors"
	"net/http/httptest"
	"os"
	"sync"
)

var (
	httpOnce sync.Once
	addr     string
)

func startHTTPServer() {
	server := httptest.NewServer(nil)
	addr = server.Listener.Addr().String()
}

// Addr starts the test binary's shared server once.
func Addr() string {
	httpOnce.Do(startHTTPServer)
	return addr
}

var devNull = sync.OnceValue(func() string {
	f, err := os.Open(os.DevNull)
	if err != nil {
		return ""
	}
	return f.Name()
})

// A function that the once runs, and closes what it makes on one path,
// means to close it on all.
var config = sync.OnceValues(func() ([]byte, error) {
	f, err := os.Open("config") // want `os.Open result f is not closed on the path that returns at line 46`
	if err != nil {
		return nil, err
	}
	buf := make([]byte, 512)
	n, err := f.Read(buf)
	if err != nil {
		return nil, err
	}
	f.Close()
	return buf[:n], nil
})

// Without the once, each call makes a server that nothing closes.
func startEachTime() string {
	server := httptest.NewServer(nil) // want `httptest.NewServer result server is never closed`
	return server.Listener.Addr().String()
}

func use() error {
	if Addr() == "" || devNull() == "" || startEachTime() == "" {
		return errors.New("none")
	}
	_, err := config()
	return err
}

// A Once of each value runs once per value: what its function drops
// leaks once per value.
type conn struct {
	url       string
	closeOnce sync.Once
}

func (c *conn) Close() {
	c.closeOnce.Do(func() {
		server := httptest.NewServer(nil) // want `httptest.NewServer result server is never closed`
		c.url = server.URL
	})
}
