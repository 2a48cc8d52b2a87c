package errflow

import (
	"fmt"
	"net"
	"os"
	"time"
)

type recorded struct{ net.Conn }

// retryDial keeps its error in a named result, which its defer puts in
// memory: the check after the loop reads the error of the last dial.
func retryDial(addr string, tmp string) (rc *recorded, err error) {
	defer os.Remove(tmp)
	var conn net.Conn
	for i := uint(0); i < 5; i++ {
		conn, err = net.Dial("tcp", addr)
		if err == nil {
			break
		}
		time.Sleep((1 << i) * time.Millisecond)
	}
	if err != nil {
		err = fmt.Errorf("dial %s: %v", addr, err)
		return nil, err
	}
	return &recorded{Conn: conn}, nil
}

// leakRetryDial checks another error after the loop: a dial that
// succeeded leaks on its return.
func leakRetryDial(addr string, tmp string) (rc *recorded, err error) {
	defer os.Remove(tmp)
	var conn net.Conn
	for i := uint(0); i < 5; i++ {
		conn, err = net.Dial("tcp", addr) // want `net.Dial result conn is not closed on the path that returns at line 43`
		if err == nil {
			break
		}
	}
	if _, err = os.Stat(tmp); err != nil {
		return nil, err
	}
	return &recorded{Conn: conn}, nil
}

// retryDialAfterCheck has put another error in err before the loop, and
// checked it: the loop runs at least once, so the check after it reads
// the last dial's.
func retryDialAfterCheck(addr string, tmp string) (rc *recorded, err error) {
	defer os.Remove(tmp)
	_, err = os.Stat(tmp)
	if err != nil {
		panic(err)
	}
	var conn net.Conn
	for i := 0; i < 3; i++ {
		conn, err = net.Dial("tcp", addr)
		if err == nil {
			break
		}
	}
	if err != nil {
		return nil, err
	}
	return &recorded{Conn: conn}, nil
}
