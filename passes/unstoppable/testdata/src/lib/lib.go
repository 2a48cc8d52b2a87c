// Package lib starts nothing itself: its callers start its loops.
package lib

import (
	"context"
	"time"
)

func work(int) {}

// Run loops until the process ends.
func Run() { // want Run:"never returns: loop at lib.go:13 never exits"
	for {
		work(1)
	}
}

// RunCtx loops until ctx is done.
func RunCtx(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		default:
			work(2)
		}
	}
}

// Maybe loops forever unless it is told not to start.
func Maybe(skip bool) { // want Maybe:"may loop forever: loop at lib.go:36 ranges over t.C forever"
	if skip {
		return
	}
	t := time.NewTicker(time.Second)
	for range t.C {
		work(3)
	}
}

// Feed returns a channel of values that it closes when they are sent.
func Feed() <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := range 3 {
			ch <- i
		}
	}()
	return ch
}

// Server serves forever.
type Server struct{ n int }

func (s *Server) Serve() { // want Serve:"never returns: calls \\(\\*Server\\).loop at lib.go:57"
	s.loop()
}

func (s *Server) loop() {
	for {
		s.n++
	}
}
