// Package netdial tests connections from net.Dial, net.DialTimeout and
// (*net.Dialer).DialContext: the dialer hands its connection back through a
// channel, and the caller owns it.
package netdial

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net"
	"time"
)

// --- net.Dial

func leakDialNeverClosed(addr string) error {
	conn, err := net.Dial("tcp", addr) // want `net\.Dial result conn is never closed`
	if err != nil {
		return err
	}
	_, err = conn.Write([]byte("ping"))
	return err
}

// defer Close after the error check.
func okDialDeferClose(addr string) error {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	defer conn.Close()
	_, err = conn.Write([]byte("ping"))
	return err
}

// --- SetDeadline failure

func leakDialTimeoutDeadline(addr string) (net.Conn, error) {
	conn, err := net.DialTimeout("tcp", addr, time.Second) // want `net\.DialTimeout result conn is not closed on the path that returns at line 45`
	if err != nil {
		return nil, err
	}
	if err := conn.SetDeadline(time.Now().Add(time.Second)); err != nil {
		return nil, err // leaking return
	}
	return conn, nil
}

// close on the deadline error, hand over on success.
func okDialTimeoutDeadline(addr string) (net.Conn, error) {
	conn, err := net.DialTimeout("tcp", addr, time.Second)
	if err != nil {
		return nil, err
	}
	if err := conn.SetDeadline(time.Now().Add(time.Second)); err != nil {
		conn.Close()
		return nil, err
	}
	return conn, nil
}

// --- Dialer.DialContext

func leakDialContextGreeting(ctx context.Context, addr string) (string, error) {
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", addr) // want `d\.DialContext result conn is not closed on the path that returns at line 73`
	if err != nil {
		return "", err
	}
	line, err := bufio.NewReader(conn).ReadString('\n')
	if err != nil {
		return "", err // leaking return
	}
	conn.Close()
	return line, nil
}

// defer the close; bufio.NewReader only borrows conn.
func okDialContextGreeting(ctx context.Context, addr string) (string, error) {
	var d net.Dialer
	conn, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return "", err
	}
	defer conn.Close()
	return bufio.NewReader(conn).ReadString('\n')
}

// --- fmt.Fprintf is a borrower

func leakFprintfToConn(addr, msg string) error {
	conn, err := net.Dial("tcp", addr) // want `net\.Dial result conn is never closed`
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(conn, "%s\n", msg)
	return err
}

// Fprintf then Close, Close's error returned.
func okFprintfThenClose(addr, msg string) error {
	conn, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	if _, err := fmt.Fprintf(conn, "%s\n", msg); err != nil {
		conn.Close()
		return err
	}
	return conn.Close()
}

// --- retry loops

func leakDialRetryDeadline(addr string) (net.Conn, error) {
	for i := 0; i < 3; i++ {
		c, err := net.Dial("tcp", addr) // want `net\.Dial result c is not closed before the next iteration of the loop`
		if err != nil {
			continue
		}
		if err := c.SetDeadline(time.Now().Add(time.Second)); err != nil {
			continue
		}
		return c, nil
	}
	return nil, errors.New("no connection")
}

// the first good connection returned, failures closed.
func okDialRetry(addr string) (net.Conn, error) {
	for i := 0; i < 3; i++ {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			continue
		}
		if err := c.SetDeadline(time.Now().Add(time.Second)); err != nil {
			c.Close()
			continue
		}
		return c, nil
	}
	return nil, errors.New("no connection")
}
