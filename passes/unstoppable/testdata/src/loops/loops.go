// Package loops holds goroutines that nothing can stop.
package loops

import (
	"context"
	"log"
	"time"
)

func work(int) {}

func step() error { return nil }

func spin() {
	go func() { // want `^goroutine runs a function literal whose loop at line 16 never exits: nothing can stop it \(add a stop channel or context\)$`
		for {
			work(1)
		}
	}()
}

func emptyLoop() {
	work(0)
	go func() { // want `whose loop at line 25 never exits`
		for {
		}
	}()
}

func forTrue() {
	go func() { // want `whose loop at line 32 never exits`
		for true {
			work(2)
		}
	}()
}

func selectNoExit(work chan int) {
	ticker := time.NewTicker(time.Second)
	go func() { // want `whose loop at line 41 never exits`
		for {
			select {
			case <-ticker.C:
			case v := <-work:
				_ = v
			}
		}
	}()
}

func rangeTicker() {
	ticker := time.NewTicker(time.Second)
	go func() { // want `whose loop at line 55 ranges over ticker.C forever`
		defer ticker.Stop()
		for range ticker.C {
			work(3)
		}
	}()
}

func rangeTick() {
	go func() { // want `whose loop at line 63 ranges over time.Tick\(time.Second\) forever`
		for t := range time.Tick(time.Second) {
			_ = t
		}
	}()
}

type meterTicker struct {
	ticker *time.Ticker
	n      int
}

func (m *meterTicker) loop() {
	for range m.ticker.C {
		m.n++
	}
}

func startMeter() *meterTicker {
	m := &meterTicker{ticker: time.NewTicker(time.Second)}
	go m.loop() // want `^goroutine runs \(\*meterTicker\).loop, whose loop at line 75 ranges over m.ticker.C forever: nothing can stop it`
	return m
}

func rangeLocal() {
	ch := make(chan int)
	go func() { // want `whose loop at line 89 ranges over ch forever`
		for v := range ch {
			work(v)
		}
	}()
	ch <- 1
}

type service struct {
	jobs chan int
	n    int
}

func newService() *service {
	s := &service{jobs: make(chan int, 8)}
	go s.run()      // want `goroutine runs \(\*service\).run, whose loop at line 113 ranges over s.jobs forever`
	go s.receive()  // want `goroutine runs \(\*service\).receive, whose loop at line 119 receives from s.jobs, which is never closed`
	go s.plain()    // want `goroutine runs \(\*service\).plain, whose loop at line 129 receives from s.jobs, which is never closed`
	go s.selectOk() // want `whose loop at line 137 receives from s.jobs, which is never closed`
	return s
}

func (s *service) submit(v int) { s.jobs <- v }

func (s *service) run() {
	for v := range s.jobs {
		s.n += v
	}
}

func (s *service) receive() {
	for {
		v, ok := <-s.jobs
		if !ok {
			return // cannot happen: nothing closes s.jobs
		}
		s.n += v
	}
}

func (s *service) plain() {
	for {
		v := <-s.jobs
		s.n += v
	}
}

func (s *service) selectOk() {
	tick := time.NewTicker(time.Minute)
	for {
		select {
		case v, ok := <-s.jobs:
			if !ok {
				return
			}
			s.n += v
		case <-tick.C:
			s.n = 0
		}
	}
}

var events = make(chan string)

func logEvents() {
	go func() { // want `whose loop at line 154 ranges over events forever`
		for e := range events {
			_ = e
		}
	}()
}

func gotoLoop() {
	go func() { // want `whose loop at line 162 never exits`
	again:
		work(4)
		goto again
	}()
}

func panicOnly() {
	go func() { // want `whose loop at line 170 never exits`
		for {
			if err := step(); err != nil {
				panic(err) // a crash is not a way to stop it
			}
		}
	}()
}

var started bool

func pump() {
	for {
		work(5)
	}
}

// startOnce guards the goroutine with a hand-made flag: it still leaks
// into every test that calls it.
func startOnce() {
	if !started {
		started = true
		go pump() // want `goroutine runs pump, whose loop at line 181 never exits`
	}
}

func callsPump() {
	go func() { // want `goroutine runs a function literal that calls pump at line 198, which loops forever`
		work(6)
		pump()
	}()
}

func maybe(fast bool) {
	if fast {
		return
	}
	for {
		work(7)
	}
}

func startMaybe() {
	go maybe(true) // want `goroutine runs maybe, whose loop at line 206 never exits`
}

func afterInLoop() {
	go func() { // want `whose loop at line 217 never exits`
		for {
			select {
			case <-time.After(time.Second):
				work(8)
			}
		}
	}()
}

func inner(n int) {
	go func() { // want `whose loop at line 229 never exits`
		for i := 0; i < n; i++ {
			for {
				work(i)
			}
		}
	}()
}

func ignoresDone(ctx context.Context, in chan int) {
	go func() { // want `whose loop at line 238 never exits`
		for {
			select {
			case <-ctx.Done():
				work(0) // noticed, and ignored
			case v := <-in:
				work(v)
			}
		}
	}()
}

func methodValue(s *service) {
	run := s.run
	go run() // want `goroutine runs \(\*service\).run, whose loop at line 113`
}

func inLoop(n int) {
	for i := range n {
		go func() { // want `whose loop at line 257 never exits`
			for {
				work(i)
			}
		}()
	}
}

func retryForever() {
	go func() { // want `whose loop at line 266 never exits`
		for {
			if err := step(); err != nil {
				continue
			}
			work(9)
		}
	}()
}

// A package-level variable's initializer starts a goroutine too.
var background = func() int {
	go func() { // want `whose loop at line 278 never exits`
		for {
			work(10)
		}
	}()
	return 1
}()

func fatalInside() {
	go func() { // want `whose loop at line 287 never exits`
		for {
			if err := step(); err != nil {
				log.Fatal(err)
			}
			work(11)
		}
	}()
}
