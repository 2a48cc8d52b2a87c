// Package badinput holds code that the pass must survive without a panic
// or a report: range-over-func, goto, recursion, odd types.
package badinput

import "iter"

type Event int

// seqWatcher hands out an iterator over its channel, and closes it.
type seqWatcher struct {
	ch   chan Event
	quit chan struct{}
}

func newSeqWatcher() *seqWatcher {
	w := &seqWatcher{ch: make(chan Event), quit: make(chan struct{})}
	go func() {
		defer close(w.ch)
		for i := 0; ; i++ {
			select {
			case w.ch <- Event(i):
			case <-w.quit:
				return
			}
		}
	}()
	return w
}

func (w *seqWatcher) All() iter.Seq[Event] {
	return func(yield func(Event) bool) {
		for e := range w.ch {
			if !yield(e) {
				return
			}
		}
	}
}

func (w *seqWatcher) Updates() <-chan Event { return w.ch }

func (w *seqWatcher) Stop() {
	for range w.All() {
		break
	}
	select {
	case <-w.quit:
	default:
		close(w.quit)
	}
}

// gotoStop loops with goto in its teardown.
type gotoStop struct {
	closed bool
	done   chan struct{}
}

func (g *gotoStop) Stop() {
	i := 0
again:
	if g.closed {
		return
	}
	i++
	if i < 3 {
		goto again
	}
	g.closed = true
	close(g.done)
}

// recursive functions hand the channel around in a cycle.
type recursive struct {
	ch chan int
}

func newRecursive() *recursive {
	r := &recursive{ch: make(chan int)}
	go ping(r.ch, 3)
	return r
}

func ping(ch chan int, n int) {
	if n == 0 {
		close(ch)
		return
	}
	ch <- n
	pong(ch, n-1)
}

func pong(ch chan int, n int) { ping(ch, n) }

func (r *recursive) C() <-chan int { return r.ch }
func (r *recursive) Close()        {}

// chanOfChan sends channels on a channel.
type chanOfChan struct {
	reqs chan chan int
}

func newChanOfChan() *chanOfChan {
	c := &chanOfChan{reqs: make(chan chan int)}
	go func() {
		for r := range c.reqs {
			r <- 1
		}
	}()
	return c
}

func (c *chanOfChan) Reqs() chan<- chan int { return c.reqs }
func (c *chanOfChan) Close()                { close(c.reqs) }

// Named is a named channel type.
type Named chan int

type namedField struct {
	n Named
}

func newNamedField() *namedField {
	f := &namedField{n: make(Named)}
	go func() { f.n <- 1 }()
	return f
}

func (f *namedField) N() Named { return f.n }
func (f *namedField) Stop()    { close(f.n) }

// Close is a function, not a method; closeMethod is not a struct.
func Close() {}

type closeMethod int

func (closeMethod) Close() {}

// tparam closes through a type parameter whose core type is a channel.
func tparam[C ~chan int](c C) { close(c) }

type viaTParam struct{ ch chan int }

func newViaTParam() *viaTParam {
	v := &viaTParam{ch: make(chan int)}
	go func() { v.ch <- 1 }()
	return v
}

func (v *viaTParam) C() <-chan int { return v.ch }
func (v *viaTParam) Stop()         { tparam(v.ch) }

// global keeps its channel in a package variable initialized by a
// function literal.
var global = func() chan int { return make(chan int) }()

type viaGlobal struct{ ch chan int }

func newViaGlobal() *viaGlobal {
	v := &viaGlobal{ch: global}
	go func() { v.ch <- 1 }()
	return v
}

func (v *viaGlobal) C() <-chan int { return v.ch }
func (v *viaGlobal) Stop()         { close(global) }
