// Package process starts goroutines that serve the whole process: they
// wait for its signals. They are reported only with -unstoppable.main.
package process

import (
	"os"
	"os/signal"
)

// TrapSignals ends the process on the second interrupt: the goroutine
// lives as long as the process, by design.
func TrapSignals() {
	go func() { // want `goroutine runs a function literal whose loop at line 16 never exits`
		shutdown := make(chan os.Signal, 1)
		signal.Notify(shutdown, os.Interrupt)
		for i := 0; true; i++ {
			<-shutdown
			if i > 0 {
				os.Exit(1)
			}
			go cleanUp()
		}
	}()
}

func cleanUp() {}

type reloader struct {
	hup  chan os.Signal
	load func()
}

// Watch reloads on each SIGHUP that the process gets.
func (r *reloader) Watch() {
	r.hup = make(chan os.Signal, 1)
	signal.Notify(r.hup, os.Interrupt)
	go r.loop() // want `goroutine runs \(\*reloader\).loop, whose loop at line 41 never exits`
}

func (r *reloader) loop() {
	for {
		select {
		case <-r.hup:
			r.load()
		}
	}
}
