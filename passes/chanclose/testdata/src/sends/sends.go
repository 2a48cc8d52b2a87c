// Package sends holds teardowns that stop a loop by sending on a channel.
package sends

import (
	"context"
	"sync"
	"time"
)

func poll() error { return nil }

// poller's Stop blocks forever if run has returned on an error.
type poller struct {
	quit chan struct{}
}

func newPoller() *poller {
	p := &poller{quit: make(chan struct{})}
	go p.run()
	return p
}

func (p *poller) run() {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-p.quit:
			return
		case <-t.C:
			if err := poll(); err != nil {
				return
			}
		}
	}
}

func (p *poller) Stop() {
	p.quit <- struct{}{} // want `\(\*poller\).Stop sends on quit to stop its loop: if the loop has already returned, Stop blocks forever \(close quit instead\)`
}

// zeroBuf makes its channel with an explicit zero buffer.
type zeroBuf struct {
	stop chan bool
	done chan struct{}
}

func newZeroBuf() *zeroBuf {
	z := &zeroBuf{stop: make(chan bool, 0), done: make(chan struct{})}
	go func() {
		defer close(z.done)
		select {
		case <-z.stop:
		case <-time.After(time.Minute):
		}
	}()
	return z
}

func (z *zeroBuf) Close() error {
	z.stop <- true // want `\(\*zeroBuf\).Close sends on stop to stop its loop`
	<-z.done
	return nil
}

// told's loop returns only when Stop tells it to: only a second Stop
// finds it gone, which -chanclose.idempotent reports, as it does closes
// that panic on a second call.
type told struct {
	quit chan struct{}
}

func newTold() *told {
	t := &told{quit: make(chan struct{})}
	go t.run()
	return t
}

func (t *told) run() {
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for {
		select {
		case <-t.quit:
			return
		case <-tick.C:
			_ = poll()
		}
	}
}

func (t *told) Stop() { t.quit <- struct{}{} }

// buffered can take one send without a receiver.
type buffered struct {
	quit chan struct{}
}

func newBuffered() *buffered {
	b := &buffered{quit: make(chan struct{}, 1)}
	go func() {
		for {
			select {
			case <-b.quit:
				return
			default:
				_ = poll()
			}
		}
	}()
	return b
}

func (b *buffered) Stop() { b.quit <- struct{}{} }

// selectDefault gives up when nothing receives.
type selectDefault struct {
	quit chan struct{}
}

func newSelectDefault() *selectDefault {
	s := &selectDefault{quit: make(chan struct{})}
	go func() { <-s.quit }()
	return s
}

func (s *selectDefault) Stop() {
	select {
	case s.quit <- struct{}{}:
	default:
	}
}

// selectDone waits for the send or for the loop's end.
type selectDone struct {
	quit chan struct{}
	done chan struct{}
}

func newSelectDone() *selectDone {
	s := &selectDone{quit: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(s.done)
		<-s.quit
	}()
	return s
}

func (s *selectDone) Stop() {
	select {
	case s.quit <- struct{}{}:
	case <-s.done:
	}
}

// closer closes instead.
type closer struct {
	quit chan struct{}
}

func newCloser() *closer {
	c := &closer{quit: make(chan struct{})}
	go func() { <-c.quit }()
	return c
}

func (c *closer) Stop() { close(c.quit) }

// mixed is made buffered in one place: a send may not block.
type mixed struct {
	quit chan int
}

func newMixed(n int) *mixed {
	m := &mixed{quit: make(chan int)}
	if n > 0 {
		m.quit = make(chan int, n)
	}
	go func() { <-m.quit }()
	return m
}

func (m *mixed) Stop() { m.quit <- 1 }

// sized has a buffer whose size is not known here.
type sized struct {
	quit chan int
}

func newSized(n int) *sized {
	s := &sized{quit: make(chan int, n)}
	go func() { <-s.quit }()
	return s
}

func (s *sized) Stop() { s.quit <- 1 }

// foreign's quit channel is its caller's, who knows its buffer.
type foreign struct {
	quit chan struct{}
}

func NewForeign(quit chan struct{}) *foreign {
	f := &foreign{quit: quit}
	go func() { <-f.quit }()
	return f
}

func (f *foreign) Stop() { f.quit <- struct{}{} }

// notStop sends in a method that is no teardown.
type notStop struct {
	work chan int
}

func newNotStop() *notStop {
	n := &notStop{work: make(chan int)}
	go func() {
		for range n.work {
		}
	}()
	return n
}

func (n *notStop) Add(v int) { n.work <- v }

func (n *notStop) Close() { close(n.work) }

// request stops the loop with a request that the loop answers: if the
// loop has returned, Shutdown blocks all the same.
type request struct {
	reqs chan chan error
}

func newRequest() *request {
	r := &request{reqs: make(chan chan error)}
	go func() {
		if poll() != nil {
			return
		}
		for reply := range r.reqs {
			reply <- nil
			return
		}
	}()
	return r
}

func (r *request) Shutdown() error {
	reply := make(chan error, 1)
	r.reqs <- reply // want `\(\*request\).Shutdown sends on reqs to stop its loop`
	return <-reply
}

// topics' Close takes the topics to close: it is no teardown, and its
// loop goes on after it.
type topics struct {
	cmds chan []string
}

func newTopics() *topics {
	t := &topics{cmds: make(chan []string)}
	go func() {
		for range t.cmds {
		}
	}()
	return t
}

func (t *topics) Close(names ...string) { t.cmds <- names }

// ctxShutdown takes a context, as http.Server's Shutdown does.
type ctxShutdown struct {
	quit chan struct{}
}

func newCtxShutdown() *ctxShutdown {
	c := &ctxShutdown{quit: make(chan struct{})}
	go func() {
		if poll() == nil {
			<-c.quit
		}
	}()
	return c
}

func (c *ctxShutdown) Shutdown(ctx context.Context) error {
	c.quit <- struct{}{} // want `\(\*ctxShutdown\).Shutdown sends on quit`
	return ctx.Err()
}

// running sends once per run, under a flag that Stop clears: its loop
// returns only when told to.
type running struct {
	mu      sync.Mutex
	running bool
	stop    chan struct{}
}

func newRunning() *running {
	return &running{stop: make(chan struct{})}
}

func (r *running) Start() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.running {
		return
	}
	r.running = true
	go func() {
		for {
			select {
			case <-r.stop:
				return
			default:
				_ = poll()
			}
		}
	}()
}

func (r *running) Stop() {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.running {
		r.stop <- struct{}{}
		r.running = false
	}
}

// unsetRunning checks a flag that Stop does not clear: a second call
// sends again to a loop that has returned.
type unsetRunning struct {
	started bool
	stop    chan struct{}
}

func newUnsetRunning() *unsetRunning {
	u := &unsetRunning{stop: make(chan struct{}), started: true}
	go func() {
		for poll() == nil {
			select {
			case <-u.stop:
				return
			default:
			}
		}
	}()
	return u
}

func (u *unsetRunning) Stop() {
	if u.started {
		u.stop <- struct{}{} // want `\(\*unsetRunning\).Stop sends on stop to stop its loop`
	}
}

// ignored's send is suppressed with a reason.
type ignored struct {
	quit chan struct{}
}

func newIgnored() *ignored {
	i := &ignored{quit: make(chan struct{})}
	go func() { <-i.quit }()
	return i
}

func (i *ignored) Stop() {
	//closecheck:ignore the loop returns only when Stop tells it to
	i.quit <- struct{}{}
}
