// Package svc holds services that make their own store in their
// constructor or in a method: a service that keeps a closer it made must
// close it in its teardown (Close, Stop or Shutdown).
package svc

import (
	"errors"
	"sync"

	"own_service/store"
)

// kv is a resource of this package.
type kv struct{ name string }

func (k *kv) Close() error        { return release() }
func (k *kv) Get(s string) string { return k.name + s }

func newStore(name string) *kv { return &kv{name: name} }

// --- no teardown at all

// NoTeardown keeps a store and has no Close, Stop or Shutdown.
type NoTeardown struct {
	store *kv
	name  string
}

func NewNoTeardown(name string) *NoTeardown {
	st := newStore(name) // want `newStore result st is stored in NoTeardown\.store, but NoTeardown has no Close, Stop or Shutdown method`
	return &NoTeardown{store: st, name: name}
}

// NoTeardownLit makes its store inside the composite literal.
type NoTeardownLit struct{ store *kv }

func NewNoTeardownLit(name string) *NoTeardownLit {
	return &NoTeardownLit{store: newStore(name)} // want `newStore result is stored in NoTeardownLit\.store, but NoTeardownLit has no Close, Stop or Shutdown method`
}

// NoTeardownOther keeps a store made by another package's constructor.
type NoTeardownOther struct{ db *store.Store }

func NewNoTeardownOther(path string) (*NoTeardownOther, error) {
	db, err := store.Open(path) // want `store\.Open result db is stored in NoTeardownOther\.db, but NoTeardownOther has no Close, Stop or Shutdown method`
	if err != nil {
		return nil, err
	}
	return &NoTeardownOther{db: db}, nil
}

// Lazy opens its store in a method, and has no teardown.
type Lazy struct {
	mu    sync.Mutex
	store *kv
}

func (l *Lazy) Open(name string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.store = newStore(name) // want `newStore result is stored in Lazy\.store, but Lazy has no Close, Stop or Shutdown method`
}

// --- a teardown that forgets the store

// Forgets has a Close that closes its other store, not this one.
type Forgets struct {
	store *kv
	cache *kv
}

func NewForgets(name string) *Forgets {
	st := newStore(name) // want `newStore result st is stored in Forgets\.store, but \(\*Forgets\)\.Close never closes it`
	return &Forgets{store: st}
}

func (f *Forgets) Close() error {
	if f.cache != nil {
		return f.cache.Close()
	}
	return nil
}

// StopForgets has a value-receiver Stop that forgets its store.
type StopForgets struct {
	store *kv
	quit  chan struct{}
}

func NewStopForgets(name string) *StopForgets {
	s := &StopForgets{quit: make(chan struct{})}
	s.store = newStore(name) // want `newStore result is stored in StopForgets\.store, but StopForgets\.Stop never closes it`
	return s
}

func (s StopForgets) Stop() { close(s.quit) }

// LazyForgets opens its store in a method; Shutdown forgets it.
type LazyForgets struct {
	store *kv
	done  bool
}

func (l *LazyForgets) Start(name string) {
	l.store = newStore(name) // want `newStore result is stored in LazyForgets\.store, but \(\*LazyForgets\)\.Shutdown never closes it`
}

func (l *LazyForgets) Shutdown() error {
	l.done = true
	return nil
}

// --- teardowns that close the store

// Closes closes its store in Close.
type Closes struct{ store *kv }

// a Close that closes the store.
func NewCloses(name string) *Closes {
	st := newStore(name)
	return &Closes{store: st}
}

func (c *Closes) Close() error { return c.store.Close() }

// ClosesOther closes another package's Store in Close.
type ClosesOther struct{ db *store.Store }

// a Close that closes another package's store.
func NewClosesOther(path string) (*ClosesOther, error) {
	db, err := store.Open(path)
	if err != nil {
		return nil, err
	}
	return &ClosesOther{db: db}, nil
}

func (c *ClosesOther) Close() error { return c.db.Close() }

// ViaHelperMethod closes its store through a helper method.
type ViaHelperMethod struct {
	store *kv
	other *kv
}

// a Close that closes the store through a helper method.
func NewViaHelperMethod(name string) *ViaHelperMethod {
	return &ViaHelperMethod{store: newStore(name)}
}

func (v *ViaHelperMethod) Close() error {
	return errors.Join(v.closeStores(), v.flush())
}

func (v *ViaHelperMethod) closeStores() error { return v.store.Close() }
func (v *ViaHelperMethod) flush() error       { return nil }

// ViaHelperFunc closes its store through a helper function.
type ViaHelperFunc struct{ store *kv }

func closeLogged(k *kv) {
	if err := k.Close(); err != nil {
		println(err.Error())
	}
}

// a Stop that closes the store through a helper function of the package.
func NewViaHelperFunc(name string) *ViaHelperFunc {
	st := newStore(name)
	return &ViaHelperFunc{store: st}
}

func (v *ViaHelperFunc) Stop() { closeLogged(v.store) }

// Deferred closes its store in a deferred closure.
type Deferred struct {
	mu    sync.Mutex
	store *kv
}

// a Close that closes the store in a deferred closure.
func NewDeferred(name string) *Deferred {
	st := newStore(name)
	return &Deferred{store: st}
}

func (d *Deferred) Close() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	defer func() { _ = d.store.Close() }()
	return nil
}

// DeferredDirect defers the close of its store.
type DeferredDirect struct{ store *kv }

// a Shutdown that defers the store's Close.
func NewDeferredDirect(name string) *DeferredDirect {
	return &DeferredDirect{store: newStore(name)}
}

func (d *DeferredDirect) Shutdown() error {
	defer d.store.Close()
	return nil
}

// Goroutine closes its store from a goroutine that waits until the last
// request is done.
type Goroutine struct {
	store *kv
	done  chan struct{}
	quit  chan struct{}
}

// a Close that starts a goroutine which closes the store once done.
func NewGoroutine(name string) *Goroutine {
	st := newStore(name)
	return &Goroutine{store: st, done: make(chan struct{}), quit: make(chan struct{})}
}

func (g *Goroutine) Close() error {
	close(g.quit)
	go func() {
		<-g.done
		g.store.Close()
	}()
	return nil
}

// Loop closes its store at the end of its run loop, which its constructor
// starts and its Close stops.
type Loop struct {
	store *kv
	quit  chan struct{}
	wg    sync.WaitGroup
}

// the run loop closes the store when Close tells it to stop.
func NewLoop(name string) *Loop {
	l := &Loop{store: newStore(name), quit: make(chan struct{})}
	l.wg.Add(1)
	go l.run()
	return l
}

func (l *Loop) run() {
	defer l.wg.Done()
	defer l.store.Close()
	<-l.quit
}

func (l *Loop) Close() error {
	close(l.quit)
	l.wg.Wait()
	return nil
}

// StopViaGoroutine's Stop runs a goroutine that drains, then closes.
type StopViaGoroutine struct {
	store *kv
	done  chan struct{}
}

// a Stop whose `go` statement calls a closing helper method.
func NewStopViaGoroutine(name string) *StopViaGoroutine {
	return &StopViaGoroutine{store: newStore(name), done: make(chan struct{})}
}

func (s *StopViaGoroutine) Stop() {
	go s.drainAndClose()
}

func (s *StopViaGoroutine) drainAndClose() {
	<-s.done
	s.store.Close()
}

// Embedded embeds an unexported closer, whose Close it promotes.
type Embedded struct {
	*kv
	name string
}

// an embedded closer closed by the promoted Close.
func NewEmbedded(name string) *Embedded {
	st := newStore(name)
	return &Embedded{kv: st, name: name}
}

// ClosedElsewhere has no teardown, but a function of its package closes
// its store.
type ClosedElsewhere struct{ store *kv }

// no teardown, but Release of the same package closes the field.
func NewClosedElsewhere(name string) *ClosedElsewhere {
	return &ClosedElsewhere{store: newStore(name)}
}

func Release(c *ClosedElsewhere) { c.store.Close() }

// Exported keeps its store in an exported field: its users may close it.
type Exported struct{ Store *kv }

// an exported field is its users' to close.
func NewExported(name string) *Exported {
	return &Exported{Store: newStore(name)}
}

// Interface keeps a store behind an io.Closer-like interface and closes
// it in Close.
type Interface struct {
	c interface{ Close() error }
}

// a Close that closes the interface-typed field.
func NewInterface(name string) *Interface {
	return &Interface{c: newStore(name)}
}

func (i *Interface) Close() error { return i.c.Close() }

// Pool dials into a slice field and closes every element in Close.
type Pool struct{ conns []*kv }

// a Close that closes every element of the slice field.
func (p *Pool) Grow(name string) {
	p.conns = append(p.conns, newStore(name))
}

func (p *Pool) Close() error {
	for _, c := range p.conns {
		c.Close()
	}
	return nil
}

// Cache keeps what it opens in a map field and closes every value in Stop.
type Cache struct{ byName map[string]*kv }

// a Stop that closes every value of the map field.
func (c *Cache) Get(name string) *kv {
	k, ok := c.byName[name]
	if !ok {
		k = newStore(name)
		c.byName[name] = k
	}
	return k
}

func (c *Cache) Stop() {
	for name, k := range c.byName {
		k.Close()
		delete(c.byName, name)
	}
}

// ViaOtherPackage closes its store through a helper of package store.
type ViaOtherPackage struct{ db *store.Store }

// a Close that closes the store through another package's closing helper.
func NewViaOtherPackage(path string) (*ViaOtherPackage, error) {
	db, err := store.Open(path)
	if err != nil {
		return nil, err
	}
	return &ViaOtherPackage{db: db}, nil
}

func (v *ViaOtherPackage) Close() error {
	store.Shut(v.db)
	return nil
}

// Once closes its store once, through sync.Once and a closure.
type Once struct {
	once  sync.Once
	store *kv
}

// a Close that closes the store inside once.Do(func() { ... }).
func NewOnce(name string) *Once { return &Once{store: newStore(name)} }

func (o *Once) Close() error {
	o.once.Do(func() { o.store.Close() })
	return nil
}

// OnceMethodValue closes its store through sync.Once and a method value.
type OnceMethodValue struct {
	once  sync.Once
	store *kv
}

// a Close that passes the method value o.closeStore to once.Do.
func NewOnceMethodValue(name string) *OnceMethodValue {
	return &OnceMethodValue{store: newStore(name)}
}

func (o *OnceMethodValue) Close() error {
	o.once.Do(o.closeStore)
	return nil
}

func (o *OnceMethodValue) closeStore() { o.store.Close() }

// ShadowsEmbedded embeds a closer but declares its own Close, which
// forgets it.
type ShadowsEmbedded struct {
	*kv
	closed bool
}

func NewShadowsEmbedded(name string) *ShadowsEmbedded {
	st := newStore(name) // want `newStore result st is stored in ShadowsEmbedded\.kv, but \(\*ShadowsEmbedded\)\.Close never closes it`
	return &ShadowsEmbedded{kv: st}
}

func (s *ShadowsEmbedded) Close() error {
	s.closed = true
	return nil
}

// WrapsEmbedded embeds a closer and its own Close closes it.
type WrapsEmbedded struct {
	*kv
	closed bool
}

// its own Close calls the embedded field's Close.
func NewWrapsEmbedded(name string) *WrapsEmbedded {
	st := newStore(name)
	return &WrapsEmbedded{kv: st}
}

func (w *WrapsEmbedded) Close() error {
	w.closed = true
	return w.kv.Close()
}

// Setter keeps its store through a setter method, and has no teardown.
type Setter struct{ store *kv }

func (s *Setter) setStore(k *kv) { s.store = k }

func NewSetter(name string) *Setter {
	s := &Setter{}
	s.setStore(newStore(name)) // want `newStore result is handed to \(\*Setter\)\.setStore, which keeps it in Setter\.store, but Setter has no Close, Stop or Shutdown method`
	return s
}

// Reopen replaces its store in a method; Close forgets it.
type Reopen struct {
	db   *store.Store
	path string
}

func (r *Reopen) Reopen() error {
	db, err := store.Open(r.path) // want `store\.Open result db is stored in Reopen\.db, but \(\*Reopen\)\.Close never closes it`
	if err != nil {
		return err
	}
	r.db = db
	return nil
}

func (r *Reopen) Close() error { return nil }

// segment embeds its store: closing a segment is its store's Close.
type segment struct{ *kv }

func newSegment(name string) *segment { return &segment{newStore(name)} }

// Log closes its segment through the segment's promoted Close.
type Log struct{ seg *segment }

func NewLog(name string) *Log {
	return &Log{seg: newSegment(name)}
}

func (l *Log) Close() error { return l.seg.Close() }

// LogForgets never closes its segment.
type LogForgets struct{ seg *segment }

func NewLogForgets(name string) *LogForgets {
	return &LogForgets{seg: newSegment(name)} // want `newSegment result is stored in LogForgets\.seg, but \(\*LogForgets\)\.Close never closes it`
}

func (l *LogForgets) Close() error { return nil }

// release stands for what a real Close gives back to the system.
var release = func() error { return nil }
