// Package singleton starts process-wide goroutines inside a sync.Once:
// reported only with -unstoppable.singletons.
package singleton

import (
	"sync"
	"time"
)

var (
	once    sync.Once
	counter int
)

func tick() {
	for range time.Tick(time.Second) {
		counter++
	}
}

// Start starts the ticker once per process.
func Start() {
	once.Do(func() {
		go tick() // want `goroutine runs tick, whose loop at line 16 ranges over time.Tick\(time.Second\) forever`
	})
}

var startOnce = sync.OnceFunc(func() {
	go func() { // want `goroutine runs a function literal whose loop at line 30 never exits`
		for {
			counter--
		}
	}()
})

// Default returns the process-wide client, starting its refresher once.
func Default() *client {
	clientOnce.Do(def.start)
	return def
}

var (
	clientOnce sync.Once
	def        = &client{}
)

type client struct{ n int }

func (c *client) start() {
	c.warm()
}

// warm is only called from start, which only runs once.
func (c *client) warm() {
	go c.refresh() // want `goroutine runs \(\*client\).refresh, whose loop at line 59 never exits`
}

func (c *client) refresh() {
	for {
		c.n++
	}
}

var value = sync.OnceValue(func() int {
	go tick() // want `goroutine runs tick`
	return 1
})
