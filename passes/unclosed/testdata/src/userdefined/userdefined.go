// Package userdefined holds cases for closer types declared by the
// program itself: constructors, getters, interfaces, generics.
package userdefined

import (
	"errors"
	"io"
	"os"
)

// Pool is a resource: Close() error.
type Pool struct{ conns []int }

func (p *Pool) Close() error  { return release() }
func (p *Pool) Get() int      { return p.conns[0] }
func (p *Pool) Ping() error   { return errDown }
func (p *Pool) Stats() string { return "" }

// NewPool makes a pool: its caller owns it.
func NewPool(n int) (*Pool, error) {
	if n <= 0 {
		return nil, errors.New("bad size")
	}
	return &Pool{conns: make([]int, n)}, nil
}

// Session is a resource whose Close has no result.
type Session struct{ id int }

func (s *Session) Close()      { release() }
func (s *Session) Run() string { return "" }

func newSession(id int) *Session { return &Session{id: id} }

// --- constructors

func leakNewPool() (int, error) {
	p, err := NewPool(4) // want `NewPool result p is never closed`
	if err != nil {
		return 0, err
	}
	return p.Get(), nil
}

// a pool used for one call and closed.
func okNewPoolDeferClose() (int, error) {
	p, err := NewPool(4)
	if err != nil {
		return 0, err
	}
	defer p.Close()
	return p.Get(), nil
}

func leakNewPoolOnPing() (*Pool, error) {
	p, err := NewPool(4) // want `NewPool result p is not closed on the path that returns at line 61`
	if err != nil {
		return nil, err
	}
	if err := p.Ping(); err != nil {
		return nil, err // leaking return
	}
	return p, nil
}

// constructor wrapper: close on failure, hand over on success.
func okNewPoolWrapper() (*Pool, error) {
	p, err := NewPool(4)
	if err != nil {
		return nil, err
	}
	if err := p.Ping(); err != nil {
		p.Close()
		return nil, err
	}
	return p, nil
}

func leakSession() string {
	s := newSession(1) // want `newSession result s is never closed`
	return s.Run()
}

// Close() without a result is a close too.
func okSession() string {
	s := newSession(1)
	defer s.Close()
	return s.Run()
}

// --- getters hand out what they do not give away

type Registry struct {
	pool *Pool
}

// Pool returns the registry's own pool: the caller does not own it.
func (r *Registry) Pool() *Pool { return r.pool }

var defaultPool = &Pool{}

// Default returns a global.
func Default() *Pool { return defaultPool }

// a pool read from a getter belongs to the registry.
func okGetterNotOwned(r *Registry) int {
	p := r.Pool()
	return p.Get()
}

// a pool read from a global belongs to the package.
func okGlobalGetterNotOwned() int {
	return Default().Get()
}

// Same returns its argument: the caller keeps its own ownership.
func Same(p *Pool) *Pool { return p }

// passing through Same: the pool is closed once, by the maker.
func okIdentityNotOwned() (int, error) {
	p, err := NewPool(1)
	if err != nil {
		return 0, err
	}
	defer p.Close()
	q := Same(p)
	return q.Get(), nil
}

// Cache hands out pooled values it keeps.
type Cache struct{ m map[string]*Pool }

func (c *Cache) Get(k string) *Pool {
	if p, ok := c.m[k]; ok {
		return p
	}
	p := &Pool{}
	c.m[k] = p
	return p
}

// the cache keeps what it hands out.
func okCachedNotOwned(c *Cache) int {
	return c.Get("a").Get()
}

// --- interface results

type Opener interface {
	Open(name string) (io.ReadCloser, error)
}

func leakInterfaceOpen(o Opener, name string) ([]byte, error) {
	rc, err := o.Open(name) // want `o\.Open result rc is never closed`
	if err != nil {
		return nil, err
	}
	return io.ReadAll(rc)
}

// an io.ReadCloser from an interface method, closed.
func okInterfaceOpen(o Opener, name string) ([]byte, error) {
	rc, err := o.Open(name)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	return io.ReadAll(rc)
}

// openCloser makes a file and returns it as an io.Closer.
func openCloser(name string) (io.Closer, error) {
	return os.Open(name)
}

func leakIOCloserResult(name string) error {
	c, err := openCloser(name) // want `openCloser result c is never closed`
	if err != nil {
		return err
	}
	_ = c
	return nil
}

// io.Closer result closed.
func okIOCloserResult(name string) error {
	c, err := openCloser(name)
	if err != nil {
		return err
	}
	return c.Close()
}

// --- function values

var openFn = os.Open

func leakFuncValue(name string) (string, error) {
	f, err := openFn(name) // want `openFn result f is never closed`
	if err != nil {
		return "", err
	}
	return f.Name(), nil
}

// unknown callee: the result is presumed owned, and closed.
func okFuncValue(name string) (string, error) {
	f, err := openFn(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	return f.Name(), nil
}

// --- generics

func leakGenericMaker[T io.Closer](mk func() (T, error)) error {
	c, err := mk() // want `mk result c is never closed`
	if err != nil {
		return err
	}
	_ = c
	return nil
}

// generic resource from a maker, closed by defer.
func okGenericMaker[T io.Closer](mk func() (T, error)) error {
	c, err := mk()
	if err != nil {
		return err
	}
	defer c.Close()
	return nil
}

// Box is a generic resource.
type Box[T any] struct{ v T }

func (b *Box[T]) Close() error { return release() }
func (b *Box[T]) Value() T     { return b.v }

func NewBox[T any](v T) *Box[T] { return &Box[T]{v: v} }

func leakGenericBox() int {
	b := NewBox(42) // want `NewBox result b is never closed`
	return b.Value()
}

// generic resource type, closed.
func okGenericBox() int {
	b := NewBox(42)
	defer b.Close()
	return b.Value()
}

// --- a type embedding a closer is one

type LogFile struct {
	*os.File
	prefix string
}

func openLog(name string) (*LogFile, error) {
	f, err := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		return nil, err
	}
	return &LogFile{File: f, prefix: "> "}, nil
}

func leakEmbeddedCloser(name string) error {
	l, err := openLog(name) // want `openLog result l is never closed`
	if err != nil {
		return err
	}
	_, err = l.WriteString(l.prefix + "hi\n")
	return err
}

// promoted Close of the embedded *os.File.
func okEmbeddedCloser(name string) error {
	l, err := openLog(name)
	if err != nil {
		return err
	}
	defer l.Close()
	_, err = l.WriteString(l.prefix + "hi\n")
	return err
}

// --- recursion

// retryOpen calls itself: its result is presumed owned.
func retryOpen(name string, n int) (*os.File, error) {
	f, err := os.Open(name)
	if err != nil && n > 0 {
		return retryOpen(name, n-1)
	}
	return f, err
}

func leakRecursiveMaker(name string) error {
	f, err := retryOpen(name, 3) // want `retryOpen result f is never closed`
	if err != nil {
		return err
	}
	_ = f.Name()
	return nil
}

// a recursive maker's result, closed.
func okRecursiveMaker(name string) error {
	f, err := retryOpen(name, 3)
	if err != nil {
		return err
	}
	return f.Close()
}

// A Sink is written to and then either closed, to keep what was written,
// or cancelled, to throw it away.
type Sink interface {
	Write(p []byte) (int, error)
	Close() error
	Cancel() error
}

type store interface{ Create(name string) (Sink, error) }

// cancelled on failure, closed on success.
func okCancelOnFailure(s store, data []byte) error {
	sink, err := s.Create("snap")
	if err != nil {
		return err
	}
	if _, err := sink.Write(data); err != nil {
		sink.Cancel()
		return err
	}
	return sink.Close()
}

func leakNeitherOnFailure(s store, data []byte) error {
	sink, err := s.Create("snap") // want `s\.Create result sink is not closed on the path that returns at line 350`
	if err != nil {
		return err
	}
	if _, err := sink.Write(data); err != nil {
		return err // leaking return
	}
	return sink.Close()
}

// release stands for what a real Close gives back to the system.
var release = func() error { return nil }

// errDown is what a Ping that may fail returns.
var errDown error

// --- a Close that releases nothing

// memReader's Close only marks it closed: leaving one open leaks nothing.
type memReader struct {
	data   []byte
	closed bool
}

func newMemReader(b []byte) *memReader { return &memReader{data: b} }

func (r *memReader) Read(p []byte) (int, error) {
	n := copy(p, r.data)
	r.data = r.data[n:]
	return n, nil
}

func (r *memReader) Close() error {
	if r.closed {
		return errors.New("already closed")
	}
	r.closed = true
	return nil
}

func okReleasesNothing(b []byte) (int, error) {
	r := newMemReader(b)
	return r.Read(make([]byte, 8))
}

// ticket's Close closes the channel a goroutine waits on: that releases
// the goroutine.
type ticket struct{ done chan struct{} }

func newTicket() *ticket {
	t := &ticket{done: make(chan struct{})}
	go func() { <-t.done }()
	return t
}

func (t *ticket) Close() error {
	close(t.done)
	return nil
}

func leakClosesChannel() {
	t := newTicket() // want `newTicket result t is never closed`
	_ = t
}

// What an interface value's Close does is not known.
func leakInterfaceOfNothing(open func([]byte) io.ReadCloser) error {
	r := open(nil) // want `open result r is never closed`
	_, err := r.Read(nil)
	return err
}

// openMem hands out an in-memory reader as an io.ReadCloser: what it
// returns needs no close either.
func openMem(b []byte) (io.ReadCloser, error) {
	if b == nil {
		return nil, errors.New("no data")
	}
	return &memReader{data: b}, nil
}

func okInterfaceOfNothingKnown(b []byte) error {
	r, err := openMem(b)
	if err != nil {
		return err
	}
	_, err = r.Read(nil)
	return err
}

// --- a Close that only logs

type logger struct{ prefix string }

func (l *logger) Infof(format string, args ...any) { _ = release() }

// quietBalancer's Close only logs its shutdown: nothing to give back.
type quietBalancer struct{ log *logger }

func newQuietBalancer() *quietBalancer { return &quietBalancer{log: &logger{}} }

func (b *quietBalancer) Close() { b.log.Infof("%p: shutdown", b) }

func okCloseOnlyLogs() *logger {
	b := newQuietBalancer()
	return b.log
}

// drainingBalancer's Close hands its reason to a call that is no logger.
type drainingBalancer struct{ log *logger }

func newDrainingBalancer() *drainingBalancer { return &drainingBalancer{log: &logger{}} }

func (b *drainingBalancer) Close() { b.drain("shutdown") }

func (b *drainingBalancer) drain(reason string) { _ = release() }

func leakCloseDrains() *logger {
	b := newDrainingBalancer() // want `newDrainingBalancer result b is never closed`
	return b.log
}

// --- a wrapper whose Close is the one of what it wraps

// framedReader counts frames over the reader it embeds, and closes it by
// the embedded Close.
type framedReader struct {
	io.ReadCloser
	frames int
}

func newFramedReader(r io.ReadCloser) (io.ReadCloser, error) {
	if r == nil {
		return nil, errors.New("no reader")
	}
	return &framedReader{ReadCloser: r}, nil
}

func okWrapsInMemory(b []byte) error {
	fr, err := newFramedReader(newMemReader(b))
	if err != nil {
		return err
	}
	_, err = fr.Read(nil)
	return err
}

// A helper that wraps an in-memory reader hands out nothing to close.
func newFramedMem(b []byte) *framedReader {
	fr, err := newFramedReader(newMemReader(b))
	if err != nil {
		panic(err)
	}
	return fr.(*framedReader)
}

func okHelperWrapsInMemory(b []byte) int {
	fr := newFramedMem(b)
	return fr.frames
}

func leakWrapsFile(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	fr, err := newFramedReader(f) // want `newFramedReader result fr is never closed`
	if err != nil {
		return err
	}
	_, err = fr.Read(nil)
	return err
}

// A helper that wraps a file hands out the file's close.
func newFramedFile(name string) *framedReader {
	f, err := os.Open(name)
	if err != nil {
		panic(err)
	}
	fr, err := newFramedReader(f)
	if err != nil {
		panic(err)
	}
	return fr.(*framedReader)
}

func leakHelperWrapsFile(name string) int {
	fr := newFramedFile(name) // want `newFramedFile result fr is never closed`
	return fr.frames
}

// --- wrappers over files that their caller closes

// multiReader reads the files it is given one after another, and closes
// them when it is closed.
type multiReader struct{ files []*os.File }

func newMultiReader(files ...*os.File) io.ReadCloser { return &multiReader{files: files} }

func (m *multiReader) Read(p []byte) (int, error) { return 0, io.EOF }

func (m *multiReader) Close() error {
	for _, f := range m.files {
		f.Close()
	}
	return nil
}

func okVariadicWrapperOverClosedFile(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	r := newMultiReader(f)
	_, err = r.Read(nil)
	f.Close()
	return err
}

func leakVariadicWrapperOverOpenFile(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	r := newMultiReader(f) // want `newMultiReader result r is never closed`
	_, err = r.Read(nil)
	return err
}

// lineCounter reads through what it is given, and has nothing to close.
type lineCounter struct{ r io.Reader }

func newLineCounter(r io.Reader) *lineCounter { return &lineCounter{r: r} }

func okWrapperKeptOverDeferClosedFile(name string) (*lineCounter, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer func() { f.Close() }()
	return newLineCounter(newMultiReader(f)), nil
}

func leakWrapperKeptOverOpenFile(name string) (*lineCounter, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return newLineCounter(newMultiReader(f)), nil // want `newMultiReader result is handed to newLineCounter, which keeps it in lineCounter\.r, but lineCounter has no Close, Stop or Shutdown method`
}

// --- a fake that embeds the interface it implements in part

// partialFake's Close is its embedded ReadCloser's, which its maker
// leaves nil: there is nothing to close.
type partialFake struct {
	io.ReadCloser
	data []byte
}

func newPartialFake(b []byte) *partialFake { return &partialFake{data: b} }

func okFakeWithNilEmbeddedCloser(b []byte) int {
	f := newPartialFake(b)
	return len(f.data)
}

func newFakeOver(name string) (*partialFake, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &partialFake{ReadCloser: f}, nil
}

func leakFakeOverFile(name string) int {
	p, err := newFakeOver(name) // want `newFakeOver result p is never closed`
	if err != nil {
		return 0
	}
	return len(p.data)
}

// A lease only reads what it is given and holds something of its own:
// closing what it read from does not release it.
type lease struct{ n int }

func (l *lease) Close() error { return release() }

func openLease(r io.Reader) *lease {
	n, _ := r.Read(nil)
	return &lease{n: n}
}

func leakLeaseOverDeferClosedFile(name string) (int, error) {
	f, err := os.Open(name)
	if err != nil {
		return 0, err
	}
	defer func() { f.Close() }()
	l := openLease(f) // want `openLease result l is never closed`
	return l.n, nil
}
