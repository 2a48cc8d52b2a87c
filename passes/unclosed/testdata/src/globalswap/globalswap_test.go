package globalswap

import (
	"context"
	"net"
	"testing"
)

// A test's own call may reach the fake it swapped in.
func TestLeakFromSwappedGetter(t *testing.T) {
	getConn = func(context.Context) net.Conn {
		c, _ := net.Dial("tcp", "localhost:0")
		return c
	}
	conn := getConn(context.Background()) // want `getConn result conn is never closed`
	if conn != nil {
		t.Log(conn.LocalAddr())
	}
}
