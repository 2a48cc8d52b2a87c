// Package twice holds teardowns that close a channel of their receiver,
// with and without something to stop a second call from closing it again.
package twice

import (
	"net"
	"sync"
	"sync/atomic"
)

// plain closes with no guard.
type plain struct{ done chan struct{} }

func (p *plain) Close() error {
	close(p.done) // want `\(\*plain\).Close closes done with nothing to stop a second call: calling Close twice panics with "close of closed channel" \(guard it with a sync.Once or a closed flag\)`
	return nil
}

// valueRecv has a value receiver: the channel is shared all the same.
type valueRecv struct{ done chan struct{} }

func (v valueRecv) Stop() {
	close(v.done) // want `valueRecv.Stop closes done with nothing to stop a second call`
}

// deferred closes in a defer.
type deferred struct {
	mu   sync.Mutex
	done chan struct{}
}

func (d *deferred) Stop() {
	d.mu.Lock()
	defer d.mu.Unlock()
	defer close(d.done) // want `\(\*deferred\).Stop closes done with nothing to stop a second call`
}

// nilNoCheck sets the field to nil but does not check it: a second call
// closes nil, which panics too.
type nilNoCheck struct{ done chan struct{} }

func (n *nilNoCheck) Stop() {
	close(n.done) // want `\(\*nilNoCheck\).Stop closes done with nothing to stop a second call`
	n.done = nil
}

// unrelated branches on a field that it does not change.
type unrelated struct {
	conn net.Conn
	done chan struct{}
}

func (u *unrelated) Close() error {
	if u.conn != nil {
		u.conn.Close()
	}
	close(u.done) // want `\(\*unrelated\).Close closes done with nothing to stop a second call`
	return nil
}

// unsetFlag checks a flag that nothing in Close sets.
type unsetFlag struct {
	mu      sync.Mutex
	started bool
	done    chan struct{}
}

func (u *unsetFlag) Stop() {
	u.mu.Lock()
	defer u.mu.Unlock()
	if !u.started {
		return
	}
	close(u.done) // want `\(\*unsetFlag\).Stop closes done with nothing to stop a second call`
}

// nested closes a channel of a struct inside the receiver.
type inner struct{ quit chan struct{} }

type nested struct{ in inner }

func (n *nested) Shutdown() {
	close(n.in.quit) // want `\(\*nested\).Shutdown closes quit with nothing to stop a second call`
}

// once closes inside a sync.Once.
type once struct {
	once sync.Once
	done chan struct{}
}

func (o *once) Close() error {
	o.once.Do(func() { close(o.done) })
	return nil
}

// onceFunc closes in a sync.OnceFunc made with the value.
type onceFunc struct {
	stop func()
	done chan struct{}
}

func newOnceFunc() *onceFunc {
	o := &onceFunc{done: make(chan struct{})}
	o.stop = sync.OnceFunc(func() { close(o.done) })
	return o
}

func (o *onceFunc) Stop() { o.stop() }

// selectDefault closes only if the receive finds the channel open.
type selectDefault struct {
	mu   sync.Mutex
	done chan struct{}
}

func (s *selectDefault) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	select {
	case <-s.done:
	default:
		close(s.done)
	}
}

// selectReturn returns if the channel is closed already.
type selectReturn struct{ done chan struct{} }

func (s *selectReturn) Close() {
	select {
	case <-s.done:
		return
	default:
	}
	close(s.done)
}

// flag closes under a mutex-protected flag.
type flag struct {
	mu     sync.Mutex
	closed bool
	done   chan struct{}
}

func (f *flag) Close() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closed {
		return nil
	}
	f.closed = true
	close(f.done)
	return nil
}

// flagBlock closes inside the branch on the flag.
type flagBlock struct {
	mu      sync.Mutex
	stopped bool
	quit    chan struct{}
	events  chan int
}

func (f *flagBlock) Stop() {
	f.mu.Lock()
	if !f.stopped {
		f.stopped = true
		close(f.quit)
		close(f.events)
	}
	f.mu.Unlock()
}

// flagHelper sets the flag in a method it calls.
type flagHelper struct {
	closed bool
	done   chan struct{}
}

func (f *flagHelper) markClosed() { f.closed = true }

func (f *flagHelper) Close() {
	if f.closed {
		return
	}
	f.markClosed()
	close(f.done)
}

// state closes when it moves out of the running state.
type state struct {
	mu    sync.Mutex
	state int
	done  chan struct{}
}

const (
	running = iota
	stopped
)

func (s *state) Stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.state == stopped {
		return
	}
	s.state = stopped
	close(s.done)
}

// casBool closes once its atomic flag is swapped.
type casBool struct {
	closed atomic.Bool
	done   chan struct{}
}

func (c *casBool) Close() error {
	if !c.closed.CompareAndSwap(false, true) {
		return nil
	}
	close(c.done)
	return nil
}

// casInt closes once its int32 flag is swapped.
type casInt struct {
	closed int32
	done   chan struct{}
}

func (c *casInt) Close() {
	if atomic.CompareAndSwapInt32(&c.closed, 0, 1) {
		close(c.done)
	}
}

// swapped closes if its flag was not set before.
type swapped struct {
	closed atomic.Bool
	done   chan struct{}
}

func (s *swapped) Stop() {
	if s.closed.Swap(true) {
		return
	}
	close(s.done)
}

// nilAfter sets the channel to nil after closing it, under a nil check.
type nilAfter struct {
	mu   sync.Mutex
	done chan struct{}
}

func (n *nilAfter) Stop() {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.done != nil {
		close(n.done)
		n.done = nil
	}
}

// nilLocal takes the channel out of the field first.
type nilLocal struct {
	mu   sync.Mutex
	done chan struct{}
}

func (n *nilLocal) Stop() {
	n.mu.Lock()
	ch := n.done
	n.done = nil
	n.mu.Unlock()
	if ch == nil {
		return
	}
	close(ch)
}

// remade closes its channel and makes a new one: a second call closes
// the new one.
type remade struct {
	mu   sync.Mutex
	quit chan struct{}
}

func (r *remade) Stop() {
	r.mu.Lock()
	defer r.mu.Unlock()
	close(r.quit)
	r.quit = make(chan struct{})
}

// isClosed asks a method of its own.
type isClosed struct {
	mu     sync.Mutex
	closed bool
	done   chan struct{}
}

func (c *isClosed) isClosed() bool { return c.closed }

func (c *isClosed) Close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.isClosed() {
		return
	}
	c.closed = true
	close(c.done)
}

// mapEntry closes the channel of the entry it deletes.
type mapEntry struct {
	mu   sync.Mutex
	subs map[int]chan int
	done chan struct{}
}

func (m *mapEntry) Close() {
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, ok := m.subs[0]; !ok {
		return
	}
	delete(m.subs, 0)
	close(m.done)
}

// notTeardown closes in a method that is no teardown.
type notTeardown struct{ done chan struct{} }

func (n *notTeardown) finish() { close(n.done) }

// localChan closes a channel that is not the receiver's.
type localChan struct{}

func (localChan) Close() {
	ch := make(chan int)
	close(ch)
}

// stopper's loop returns only when Stop tells it to: a second Stop
// blocks on a loop that has returned.
type stopper struct{ quit chan struct{} }

func newStopper() *stopper {
	s := &stopper{quit: make(chan struct{})}
	go func() { <-s.quit }()
	return s
}

func (s *stopper) Stop() {
	s.quit <- struct{}{} // want `\(\*stopper\).Stop sends on quit to stop its loop: if the loop has already returned, Stop blocks forever \(close quit instead\)`
}
