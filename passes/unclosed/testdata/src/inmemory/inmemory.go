// Package inmemory tests closers that hold no descriptor: pipes, archive
// entries, and responses read from a caller's reader. Leaving them open
// leaks nothing; the files and connections behind them are the resources.
package inmemory

import (
	"archive/zip"
	"bufio"
	"bytes"
	"crypto/tls"
	"io"
	"net"
	"net/http"
	"os"
	"time"
)

func okPipeHalves() *io.PipeReader {
	pr, pw := io.Pipe()
	go func() {
		pw.Write([]byte("x"))
	}()
	_ = pw
	return pr
}

func okNetPipe() net.Conn {
	c1, c2 := net.Pipe()
	c1.Close()
	return c2
}

func okZipEntry(data []byte) ([]byte, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	r, err := zr.File[0].Open()
	if err != nil {
		return nil, err
	}
	return io.ReadAll(r)
}

func okReadResponseOverConn(addr string) (int, error) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return 0, err
	}
	defer c.Close()
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// the archive file itself is a resource.
func leakZipFile(name string) (int, error) {
	zr, err := zip.OpenReader(name) // want `zip\.OpenReader result zr is never closed`
	if err != nil {
		return 0, err
	}
	return len(zr.File), nil
}

// the connection under the response is.
func leakConnUnderResponse(addr string) (int, error) {
	c, err := net.Dial("tcp", addr) // want `net\.Dial result c is never closed`
	if err != nil {
		return 0, err
	}
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

func leakFile(name string) error {
	f, err := os.Create(name) // want `os\.Create result f is never closed`
	if err != nil {
		return err
	}
	pr, pw := io.Pipe()
	go func() {
		io.Copy(pw, pr)
	}()
	_, err = f.Write([]byte("x"))
	return err
}

// an unwrapped value belongs to its wrapper.
func okUnwrap(c net.Conn) net.Conn {
	for {
		u, ok := c.(interface{ Unwrap() net.Conn })
		if !ok {
			return c
		}
		c = u.Unwrap()
	}
}

func okNetConn(c net.Conn) error {
	tc := tls.Client(c, nil)
	raw := tc.NetConn()
	return raw.SetDeadline(time.Time{})
}
