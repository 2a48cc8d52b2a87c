// Package stops holds goroutines that something can stop: none is reported.
package stops

import (
	"context"
	"errors"
	"log"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"lib"
)

func work(int) {}

func step() error { return nil }

func ctxDone(ctx context.Context, in chan int) {
	go func() {
		for {
			select {
			case <-ctx.Done():
				return
			case v := <-in:
				work(v)
			}
		}
	}()
}

type stopper struct {
	quit chan struct{}
	jobs chan int
	once sync.Once
}

func newStopper() *stopper {
	s := &stopper{quit: make(chan struct{}), jobs: make(chan int)}
	go s.loop()
	go s.drain()
	return s
}

func (s *stopper) loop() {
	ticker := time.NewTicker(time.Second)
	defer ticker.Stop()
	for {
		select {
		case <-ticker.C:
			work(1)
		case <-s.quit:
			return
		}
	}
}

// drain tests ok on a channel that Close closes.
func (s *stopper) drain() {
	for {
		v, ok := <-s.jobs
		if !ok {
			return
		}
		work(v)
	}
}

func (s *stopper) Close() {
	s.once.Do(func() {
		close(s.quit)
		close(s.jobs)
	})
}

// paramSelect selects on a channel parameter: its owner may close it,
// and a receive from it may end the loop.
func paramSelect(stop <-chan struct{}) {
	go func() {
		for {
			select {
			case <-stop:
				return
			default:
				work(2)
			}
		}
	}()
}

func timerEnds(in chan int) {
	go func() {
		timeout := time.After(time.Minute)
		for {
			select {
			case <-timeout:
				return
			case v := <-in:
				work(v)
			}
		}
	}()
}

func timerBreaks(in chan int) {
	go func() {
		timer := time.NewTimer(time.Minute)
	loop:
		for {
			select {
			case <-timer.C:
				break loop
			case v := <-in:
				work(v)
			}
		}
		work(0)
	}()
}

func okMayClose(in chan int) {
	go func() {
		for {
			v, ok := <-in
			if !ok {
				return
			}
			work(v)
		}
	}()
}

func returnOnError() {
	go func() {
		for {
			if err := step(); err != nil {
				return
			}
		}
	}()
}

func ctxErr(ctx context.Context) {
	go func() {
		for {
			if ctx.Err() != nil {
				return
			}
			work(3)
		}
	}()
}

type flagged struct{ stopped atomic.Bool }

func (f *flagged) start() {
	go func() {
		for !f.stopped.Load() {
			work(4)
		}
	}()
	go func() {
		for {
			if f.stopped.Load() {
				return
			}
			work(5)
		}
	}()
}

func producerCloses() {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := range 10 {
			out <- i
		}
	}()
	go func() {
		for v := range out {
			work(v)
		}
	}()
}

func labelledBreak(in chan int) {
	go func() {
	outer:
		for {
			select {
			case v := <-in:
				if v == 0 {
					break outer
				}
			}
		}
	}()
}

func consume(in <-chan int) {
	for v := range in {
		work(v)
	}
}

func rangeParam(ch chan int) {
	go consume(ch)
	go func() {
		for v := range ch {
			work(v)
		}
	}()
}

func rangeOtherPackage() {
	go func() {
		for v := range lib.Feed() {
			work(v)
		}
	}()
}

func goexit() {
	go func() {
		for {
			if step() != nil {
				runtime.Goexit()
			}
		}
	}()
}

func flagLoop(quit chan bool) {
	go func() {
		running := true
		for running {
			select {
			case <-quit:
				running = false
			default:
				work(6)
			}
		}
	}()
}

func closedLater() {
	ch := make(chan int)
	go func() {
		for v := range ch {
			work(v)
		}
	}()
	ch <- 1
	close(ch)
}

// closedInClosure closes the channel from a function that another
// package calls.
func closedInClosure() func() {
	ch := make(chan int)
	go func() {
		for range ch {
		}
	}()
	return func() { close(ch) }
}

func register(c chan int) { close(c) }

func passedToCall() {
	ch := make(chan int)
	go func() {
		for range ch {
		}
	}()
	register(ch)
}

// Bus is another package's to close.
type Bus struct{ Events chan int }

func (b *Bus) Listen() {
	go func() {
		for range b.Events {
		}
	}()
}

type subs struct{ all []chan int }

func (s *subs) add() {
	ch := make(chan int)
	s.all = append(s.all, ch)
	go func() {
		for range ch {
		}
	}()
}

func (s *subs) closeAll() {
	for _, ch := range s.all {
		close(ch)
	}
}

type copier struct{ in chan int }

func (c *copier) start() {
	c.in = make(chan int)
	go func() {
		for range c.in {
		}
	}()
}

func (c *copier) stop() {
	in := c.in
	close(in)
}

type fromParam struct{ in chan int }

func newFromParam(in chan int) *fromParam {
	f := &fromParam{in: in}
	go func() {
		for range f.in {
		}
	}()
	return f
}

type request struct{ reply chan int }

func replies(reqs chan request) {
	ch := make(chan int)
	reqs <- request{reply: ch}
	go func() {
		for range ch {
		}
	}()
}

func answer(reqs chan request) {
	for r := range reqs {
		close(r.reply)
	}
}

func finite() {
	go func() {
		for i := 0; i < 10; i++ {
			work(i)
		}
	}()
}

func returnInBody(in chan int) {
	go func() {
		for {
			v := <-in
			work(v)
			return
		}
	}()
}

func crashes() {
	go func() {
		panic(errors.New("no loop here"))
	}()
}

func recursive(n int) {
	work(n)
	recursive(n + 1)
}

func startRecursive() {
	go recursive(0)
}

func dynamic(f func()) {
	go f()
}

func stopWith(ctx context.Context) {
	go lib.RunCtx(ctx)
}

// exitsAfter ranges over a slice, then ends the process: the loop ends.
// (internal/pkgbits's Decoder.Sync has this shape.)
func exitsAfter(pcs []int) {
	go func() {
		for _, pc := range pcs {
			work(pc)
		}
		os.Exit(1)
	}()
}

func breaksThenFatal() {
	go func() {
		for {
			if step() != nil {
				break
			}
		}
		log.Fatal("stopped")
	}()
}

// Report prints its lines and exits: no fact, its loop ends.
func Report(lines []string) {
	for _, l := range lines {
		println(l)
	}
	os.Exit(2)
}

func startReport() {
	go Report(nil)
}
