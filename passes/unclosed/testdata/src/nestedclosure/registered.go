package nestedclosure

import "net"

type hooks struct {
	onReady func()
}

var registry []hooks

func register(h hooks) { registry = append(registry, h) }

// The hook that closes conn is registered before conn is dialed: it
// closes what the variable holds when it runs.
func okHookBeforeDial(addr string) error {
	var conn net.Conn
	register(hooks{onReady: func() {
		go func() { conn.Close() }()
	}})
	var err error
	conn, err = net.Dial("tcp", addr)
	return err
}

// A hook that only reads the variable leaves conn open.
func leakHookOnlyReads(addr string) error {
	var conn net.Conn
	register(hooks{onReady: func() {
		_ = conn.LocalAddr()
	}})
	var err error
	conn, err = net.Dial("tcp", addr) // want `net.Dial result conn is not closed on the path that returns at line 33`
	return err
}
