package process

import (
	"sync/atomic"
	"time"
)

var config atomic.Value

// An example stands for a main program: its reloader runs for the
// process's lifetime.
func ExampleTrapSignals() {
	go func() { // want `goroutine runs a function literal whose loop at line 14 never exits`
		for {
			time.Sleep(time.Second)
			config.Store(time.Now())
		}
	}()
}

func Example() {
	go reload() // want `goroutine runs reload, whose loop at line 26 never exits`
}

func reload() {
	for {
		time.Sleep(time.Second)
		config.Store(time.Now())
	}
}
