// Package missing holds types whose teardown leaves a channel that
// consumers range over open, and their correct twins.
package missing

import (
	"os"
	"os/signal"
	"sync"
	"time"
)

type Event struct{ Name string }

// A subscription calls its handlers from a goroutine of its own.
type subscription struct {
	onEvent  func(Event)
	onClosed func()
	stop     chan struct{}
}

func subscribe(onEvent func(Event)) *subscription {
	return &subscription{onEvent: onEvent, stop: make(chan struct{})}
}

func (s *subscription) OnClosed(f func()) { s.onClosed = f }

func (s *subscription) Unsubscribe() {
	close(s.stop)
	if s.onClosed != nil {
		s.onClosed()
	}
}

// objWatcher is the bug of issue 5: Stop unsubscribes the producer but
// never closes updates.
type objWatcher struct {
	sub     *subscription
	updates chan Event
}

func newObjWatcher() *objWatcher {
	w := &objWatcher{updates: make(chan Event)}
	w.sub = subscribe(func(e Event) { w.updates <- e })
	return w
}

func (w *objWatcher) Updates() <-chan Event { return w.updates }

func (w *objWatcher) Stop() { // want `\(\*objWatcher\).Stop does not close updates, the channel that Updates returns: consumers ranging over it block forever`
	w.sub.Unsubscribe()
}

// closedWatcher closes in its teardown.
type closedWatcher struct {
	sub     *subscription
	updates chan Event
}

func newClosedWatcher() *closedWatcher {
	w := &closedWatcher{updates: make(chan Event)}
	w.sub = subscribe(func(e Event) { w.updates <- e })
	return w
}

func (w *closedWatcher) Updates() <-chan Event { return w.updates }

func (w *closedWatcher) Stop() {
	w.sub.Unsubscribe()
	close(w.updates)
}

// callbackWatcher closes in the subscription's closed handler that it
// registers.
type callbackWatcher struct {
	sub     *subscription
	updates chan Event
}

func newCallbackWatcher() *callbackWatcher {
	w := &callbackWatcher{updates: make(chan Event)}
	w.sub = subscribe(func(e Event) { w.updates <- e })
	w.sub.OnClosed(func() { close(w.updates) })
	return w
}

func (w *callbackWatcher) Updates() <-chan Event { return w.updates }

func (w *callbackWatcher) Stop() { w.sub.Unsubscribe() }

// Poller sends from a goroutine; Close tells it to stop, and the
// goroutine closes its channel on the way out.
type Poller struct {
	events chan Event
	done   chan struct{}
}

func NewPoller() *Poller {
	p := &Poller{events: make(chan Event), done: make(chan struct{})}
	go p.run()
	return p
}

func (p *Poller) run() {
	defer close(p.events)
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-p.done:
			return
		case <-t.C:
			select {
			case p.events <- Event{}:
			case <-p.done:
				return
			}
		}
	}
}

func (p *Poller) Events() <-chan Event { return p.events }

func (p *Poller) Close() { close(p.done) }

// LeakyPoller is Poller without the goroutine's close.
type LeakyPoller struct {
	events chan Event
	done   chan struct{}
}

func NewLeakyPoller() *LeakyPoller {
	p := &LeakyPoller{events: make(chan Event), done: make(chan struct{})}
	go p.run()
	return p
}

func (p *LeakyPoller) run() {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-p.done:
			return
		case <-t.C:
			select {
			case p.events <- Event{}:
			case <-p.done:
				return
			}
		}
	}
}

func (p *LeakyPoller) Events() <-chan Event { return p.events }

func (p *LeakyPoller) Close() { close(p.done) } // want `\(\*LeakyPoller\).Close does not close events, the channel that Events returns`

// helperWatcher closes in a helper method that Stop calls.
type helperWatcher struct {
	updates chan Event
	mu      sync.Mutex
}

func newHelperWatcher() *helperWatcher {
	w := &helperWatcher{updates: make(chan Event, 8)}
	go func() {
		for {
			w.updates <- Event{}
		}
	}()
	return w
}

func (w *helperWatcher) Updates() <-chan Event { return w.updates }

func (w *helperWatcher) Stop() {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.finish()
}

func (w *helperWatcher) finish() { close(w.updates) }

// paramHelper closes through a function that takes the channel.
type paramHelper struct{ updates chan Event }

func newParamHelper() *paramHelper {
	w := &paramHelper{updates: make(chan Event)}
	go func() { w.updates <- Event{} }()
	return w
}

func (w *paramHelper) Updates() <-chan Event { return w.updates }

func (w *paramHelper) Stop() { closeEvents(w.updates) }

func closeEvents(ch chan Event) { close(ch) }

// Feed's channel field is exported: consumers receive from it directly.
type Feed struct {
	C    chan Event
	quit chan struct{}
}

func NewFeed() *Feed {
	f := &Feed{C: make(chan Event), quit: make(chan struct{})}
	go func() {
		for {
			select {
			case f.C <- Event{}:
			case <-f.quit:
				return
			}
		}
	}()
	return f
}

func (f *Feed) Stop() { close(f.quit) } // want `\(\*Feed\).Stop does not close C, an exported channel field: consumers ranging over it block forever`

// ClosedFeed closes its exported field.
type ClosedFeed struct {
	C    chan Event
	quit chan struct{}
}

func NewClosedFeed() *ClosedFeed {
	f := &ClosedFeed{C: make(chan Event), quit: make(chan struct{})}
	go func() {
		defer close(f.C)
		for {
			select {
			case f.C <- Event{}:
			case <-f.quit:
				return
			}
		}
	}()
	return f
}

func (f *ClosedFeed) Stop() { close(f.quit) }

// localMade makes its channel into a local first, and a constructor
// returns it with the type.
type localMade struct {
	out  chan int
	stop chan struct{}
}

func StartLocal() (*localMade, <-chan int) {
	ch := make(chan int)
	l := &localMade{out: ch, stop: make(chan struct{})}
	go func() {
		for i := 0; ; i++ {
			select {
			case ch <- i:
			case <-l.stop:
				return
			}
		}
	}()
	return l, ch
}

func (l *localMade) Shutdown() error { // want `\(\*localMade\).Shutdown does not close out, the channel that StartLocal returns`
	close(l.stop)
	return nil
}

// localClosed closes the local that it stored in the field.
type localClosed struct {
	out  chan int
	stop chan struct{}
}

func startLocalClosed() *localClosed {
	ch := make(chan int)
	l := &localClosed{out: ch, stop: make(chan struct{})}
	go func() {
		defer close(ch)
		for i := 0; ; i++ {
			select {
			case ch <- i:
			case <-l.stop:
				return
			}
		}
	}()
	return l
}

func (l *localClosed) Out() <-chan int { return l.out }

func (l *localClosed) Shutdown() error {
	close(l.stop)
	return nil
}

// internal's channels never leave it.
type internal struct {
	work chan int
	quit chan struct{}
}

func newInternal() *internal {
	in := &internal{work: make(chan int), quit: make(chan struct{})}
	go in.loop()
	return in
}

func (in *internal) loop() {
	for {
		select {
		case v := <-in.work:
			_ = v
		case <-in.quit:
			return
		}
	}
}

func (in *internal) Add(v int) { in.work <- v }

func (in *internal) Stop() { close(in.quit) }

// given's channel is its caller's, who closes it.
type given struct {
	out  chan<- Event
	quit chan struct{}
}

func NewGiven(out chan<- Event) *given {
	g := &given{out: out, quit: make(chan struct{})}
	go func() {
		for {
			select {
			case g.out <- Event{}:
			case <-g.quit:
				return
			}
		}
	}()
	return g
}

func (g *given) Out() chan<- Event { return g.out }

func (g *given) Stop() { close(g.quit) }

// noTeardown has no Stop, Close or Shutdown: there is nothing to blame.
type noTeardown struct{ updates chan Event }

func newNoTeardown() *noTeardown {
	n := &noTeardown{updates: make(chan Event)}
	go func() { n.updates <- Event{} }()
	return n
}

func (n *noTeardown) Updates() <-chan Event { return n.updates }

// notify hands its channel to signal.Notify, out of sight.
type notify struct {
	sigs chan os.Signal
	quit chan struct{}
}

func newNotify() *notify {
	n := &notify{sigs: make(chan os.Signal, 1), quit: make(chan struct{})}
	signal.Notify(n.sigs, os.Interrupt)
	go func() { n.sigs <- os.Interrupt }()
	return n
}

func (n *notify) Signals() <-chan os.Signal { return n.sigs }

func (n *notify) Stop() { signal.Stop(n.sigs) }

// neverSent has a channel that nothing sends on.
type neverSent struct{ updates chan Event }

func newNeverSent() *neverSent { return &neverSent{updates: make(chan Event)} }

func (n *neverSent) Updates() <-chan Event { return n.updates }

func (n *neverSent) Stop() {}

// base holds the channel of the types that embed it.
type base struct {
	events chan Event
}

func (b *base) Events() <-chan Event { return b.events }

// Embedding's Close is the teardown of the channel it embeds.
type Embedding struct {
	base
	quit chan struct{}
}

func NewEmbedding() *Embedding {
	e := &Embedding{base: base{events: make(chan Event)}, quit: make(chan struct{})}
	go func() {
		for {
			select {
			case e.events <- Event{}:
			case <-e.quit:
				return
			}
		}
	}()
	return e
}

func (e *Embedding) Close() error { // want `\(\*Embedding\).Close does not close events, the channel that Events returns`
	close(e.quit)
	return nil
}

// closedBase is base with the close.
type closedBase struct {
	events chan Event
}

func (b *closedBase) Events() <-chan Event { return b.events }

type ClosingEmbedding struct {
	*closedBase
	quit chan struct{}
}

func NewClosingEmbedding() *ClosingEmbedding {
	e := &ClosingEmbedding{closedBase: &closedBase{events: make(chan Event)}, quit: make(chan struct{})}
	go func() {
		defer close(e.events)
		for {
			select {
			case e.events <- Event{}:
			case <-e.quit:
				return
			}
		}
	}()
	return e
}

func (e *ClosingEmbedding) Close() error {
	close(e.quit)
	return nil
}

// Watcher is an alias: its methods are those of aliased, reported once, by the name its receiver is written with.
type Watcher = aliased

type aliased struct {
	ch   chan string
	quit chan struct{}
}

func NewWatcher() *Watcher {
	w := &Watcher{ch: make(chan string), quit: make(chan struct{})}
	go func() {
		for {
			select {
			case w.ch <- "x":
			case <-w.quit:
				return
			}
		}
	}()
	return w
}

func (w *Watcher) Changes() <-chan string { return w.ch }

func (w *Watcher) Stop() { close(w.quit) } // want `\(\*Watcher\).Stop does not close ch, the channel that Changes returns`

// valueStop has a value receiver and a value composite literal.
type valueStop struct {
	ch   chan int
	quit chan struct{}
}

func newValueStop() valueStop {
	v := valueStop{ch: make(chan int), quit: make(chan struct{})}
	go func() {
		for {
			select {
			case v.ch <- 1:
			case <-v.quit:
				return
			}
		}
	}()
	return v
}

func (v valueStop) C() <-chan int { return v.ch }

func (v valueStop) Stop() { close(v.quit) } // want `valueStop.Stop does not close ch, the channel that C returns`

// subs keeps the channel in a second struct, whose field is closed.
type subs struct {
	out chan int
}

type relay struct {
	ch   chan int
	subs []*subs
}

func newRelay() *relay {
	r := &relay{ch: make(chan int)}
	r.subs = append(r.subs, &subs{out: r.ch})
	go func() { r.ch <- 1 }()
	return r
}

func (r *relay) C() <-chan int { return r.ch }

func (r *relay) Close() {
	for _, s := range r.subs {
		close(s.out)
	}
}

// reset replaces its channel; the old one is closed through a local.
type reset struct {
	mu sync.Mutex
	ch chan int
}

func newReset() *reset {
	r := &reset{ch: make(chan int, 1)}
	go func() { r.ch <- 1 }()
	return r
}

func (r *reset) C() <-chan int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.ch
}

func (r *reset) Stop() {
	r.mu.Lock()
	old := r.ch
	r.ch = make(chan int, 1)
	r.mu.Unlock()
	close(old)
}

// methodValue hands a method that closes to a registry of callbacks.
type methodValue struct {
	ch chan int
}

var hooks []func()

func newMethodValue() *methodValue {
	m := &methodValue{ch: make(chan int)}
	hooks = append(hooks, m.finish)
	go func() { m.ch <- 1 }()
	return m
}

func (m *methodValue) finish()          { close(m.ch) }
func (m *methodValue) C() <-chan int    { return m.ch }
func (m *methodValue) Close() error     { return nil }
func (m *methodValue) String() string   { return "m" }
func (m *methodValue) Chan() chan<- int { return m.ch }

// fromHelper gets its channel through an unexported function's
// parameter, which every caller gives a new channel.
type fromHelper struct {
	out  chan int
	quit chan struct{}
}

func newFromHelper() *fromHelper { return build(make(chan int)) }

func build(out chan int) *fromHelper {
	f := &fromHelper{out: out, quit: make(chan struct{})}
	go func() {
		for {
			select {
			case f.out <- 1:
			case <-f.quit:
				return
			}
		}
	}()
	return f
}

func (f *fromHelper) Out() <-chan int { return f.out }

func (f *fromHelper) Stop() { close(f.quit) } // want `\(\*fromHelper\).Stop does not close out, the channel that Out returns`

// fromCall gets its channel from another package's function.
type fromCall struct {
	out chan os.Signal
}

func newFromCall(mk func() chan os.Signal) *fromCall {
	f := &fromCall{out: mk()}
	go func() { f.out <- os.Interrupt }()
	return f
}

func (f *fromCall) Out() <-chan os.Signal { return f.out }
func (f *fromCall) Stop()                 {}

// partial's Close takes the part to close: it is no teardown.
type partial struct {
	ch chan int
}

func newPartial() *partial {
	p := &partial{ch: make(chan int)}
	go func() { p.ch <- 1 }()
	return p
}

func (p *partial) C() <-chan int         { return p.ch }
func (p *partial) Close(names ...string) {}

// inbox is a request queue that only the type's own loop receives from:
// its unexported accessor switches a select case on and off.
type inbox struct {
	requests chan int
	stop     chan struct{}
	stable   bool
}

func newInbox() *inbox {
	b := &inbox{requests: make(chan int), stop: make(chan struct{})}
	go b.loop()
	return b
}

func (b *inbox) Request(n int) {
	select {
	case b.requests <- n:
	case <-b.stop:
	}
}

func (b *inbox) requestsIfStable() chan int {
	if b.stable {
		return b.requests
	}
	return nil
}

func (b *inbox) loop() {
	for {
		select {
		case <-b.requestsIfStable():
		case <-b.stop:
			return
		}
	}
}

func (b *inbox) Shutdown() { close(b.stop) }
