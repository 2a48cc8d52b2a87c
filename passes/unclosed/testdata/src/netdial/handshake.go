package netdial

import (
	"crypto/tls"
	"net"
)

// tls.Dial returns a conn only once its handshake has succeeded: a second
// Handshake returns nil, and its error check decides nothing.
func okHandshakeAfterDial(addr string) (*tls.Conn, error) {
	conn, err := tls.Dial("tcp", addr, &tls.Config{})
	if err != nil {
		return nil, err
	}
	if err := conn.Handshake(); err != nil {
		return nil, err
	}
	return conn, nil
}

func okHandshakeAfterDialDeferred(addr string) error {
	conn, err := tls.DialWithDialer(&net.Dialer{}, "tcp", addr, &tls.Config{})
	if err != nil {
		return err
	}
	if err := conn.Handshake(); err != nil {
		return err
	}
	defer conn.Close()
	return conn.CloseWrite()
}

// tls.Client does no handshake: the first one may fail, and the conn must
// be closed then.
func leakHandshakeAfterClient(addr string) (*tls.Conn, error) {
	raw, err := net.Dial("tcp", addr)
	if err != nil {
		return nil, err
	}
	conn := tls.Client(raw, &tls.Config{}) // want `tls.Client result conn is not closed on the path that returns at line 42`
	if err := conn.Handshake(); err != nil {
		return nil, err
	}
	return conn, nil
}
