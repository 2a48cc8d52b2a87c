package loops

import (
	"os"
	"os/signal"
	"sync"
	"time"
)

// A loop that waits on a channel no signal is sent to is no signal
// handler, though it looks like one.
func trapKicks(kick chan os.Signal) {
	go func() { // want `goroutine runs a function literal whose loop at line 14 never exits`
		for i := 0; true; i++ {
			<-kick
			if i > 0 {
				os.Exit(1)
			}
		}
	}()
}

func kicker() {
	kick := make(chan os.Signal, 1)
	trapKicks(kick)
	kick <- os.Interrupt
}

// Registering for signals does not excuse a loop that never waits for
// them.
func tickAfterNotify() {
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt)
	go func() { // want `goroutine runs a function literal whose loop at line 35 ranges over time.Tick\(time.Second\) forever`
		for range time.Tick(time.Second) {
			work(2)
		}
	}()
	<-sig
}

// ExampleLike is not in a test file: it is no example.
func ExampleLike() {
	go func() { // want `goroutine runs a function literal whose loop at line 45 never exits`
		for {
			time.Sleep(time.Second)
		}
	}()
}

// A Once of each value runs once per value, not once per process.
type pinger struct {
	startOnce sync.Once
}

func (p *pinger) Start() {
	p.startOnce.Do(func() {
		go func() { // want `goroutine runs a function literal whose loop at line 59 ranges over time.Tick\(time.Second\) forever`
			for range time.Tick(time.Second) {
				work(3)
			}
		}()
	})
}
