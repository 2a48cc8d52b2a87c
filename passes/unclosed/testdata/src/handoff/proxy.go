package handoff

import (
	"net"
	"net/http"
	"net/url"
	"time"
)

// connectProxy writes a CONNECT request on conn, which http.Request.Write
// keeps in a wrapper only while it writes, and returns conn, or closes it
// if it fails.
func connectProxy(conn net.Conn, addr string) (_ net.Conn, err error) {
	defer func() {
		if err != nil {
			conn.Close()
		}
	}()
	req := &http.Request{Method: http.MethodConnect, URL: &url.URL{Host: addr}, Header: http.Header{}}
	if err := req.Write(conn); err != nil {
		return nil, err
	}
	return conn, nil
}

func okDialThroughProxy(proxy, addr string) (net.Conn, error) {
	conn, err := net.Dial("tcp", proxy)
	if err != nil {
		return nil, err
	}
	return connectProxy(conn, addr)
}

func leakProxyConn(proxy, addr string) error {
	conn, err := net.Dial("tcp", proxy) // want `net.Dial result conn is never closed`
	if err != nil {
		return err
	}
	c, err := connectProxy(conn, addr)
	if err != nil {
		return err
	}
	return c.SetDeadline(time.Time{})
}
