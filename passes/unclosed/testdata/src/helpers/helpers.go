// Package helpers is imported by crosspkg: its functions make, hand out,
// keep and close resources, and the facts about them cross the package
// boundary.
package helpers

import (
	"io"
	"os"
	"sync"
)

// Conn is a resource of this package.
type Conn struct{ addr string }

func (c *Conn) Close() error { return release() }
func (c *Conn) Send(string)  {}

// Dial makes a Conn: its caller owns it.
func Dial(addr string) (*Conn, error) { return &Conn{addr: addr}, nil }

// OpenConfig wraps os.Open: its caller owns the file.
func OpenConfig(name string) (*os.File, error) {
	return os.Open(name)
}

var shared = &Conn{addr: "shared"}

// Shared returns the package's own Conn: callers must not close it.
func Shared() *Conn { return shared }

// Registry owns the Conns it holds.
type Registry struct {
	mu    sync.Mutex
	conns []*Conn
	main  *Conn
}

// Main returns the registry's Conn, which it keeps.
func (r *Registry) Main() *Conn { return r.main }

// Add takes ownership of c.
func (r *Registry) Add(c *Conn) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.conns = append(r.conns, c)
}

// CloseQuietly closes c and drops the error.
func CloseQuietly(c io.Closer) { _ = c.Close() }

var kept []io.Closer

// Keep stores c to close it at shutdown.
func Keep(c io.Closer) { kept = append(kept, c) }

// a pool constructor whose failure path closes what it opened.
func OpenBoth(a, b string) (*os.File, *os.File, error) {
	fa, err := os.Open(a)
	if err != nil {
		return nil, nil, err
	}
	fb, err := os.Open(b)
	if err != nil {
		fa.Close()
		return nil, nil, err
	}
	return fa, fb, nil
}

// Ping uses c and leaves it open.
func Ping(c *Conn) { c.Send("ping") }

// release stands for what a real Close gives back to the system.
var release = func() error { return nil }

// Buffer is in memory: its Close releases nothing.
type Buffer struct{ b []byte }

func NewBuffer() *Buffer         { return &Buffer{} }
func (b *Buffer) Close() error   { return nil }
func (b *Buffer) Write(p []byte) { b.b = append(b.b, p...) }

// Variables set to one function, as export_test.go files do: calls
// through them are calls of that function.
var (
	SharedFunc = Shared
	DialFunc   = Dial
)

// Hook starts as Shared, but anyone may set it: a call through it may
// return anything.
var Hook = Shared

func SetHook(f func() *Conn) { Hook = f }

// Resolver is a test double: its Close runs CloseCallback, which
// NewResolver sets to do nothing.
type Resolver struct {
	CloseCallback func()
	BuildCallback func(target string)
	scheme        string
}

func NewResolver(scheme string) *Resolver {
	return &Resolver{
		CloseCallback: func() {},
		BuildCallback: func(string) {},
		scheme:        scheme,
	}
}

func (r *Resolver) Close() { r.CloseCallback() }

// NewNotifyingResolver's CloseCallback tells its closed channel.
func NewNotifyingResolver(closed chan<- string) *Resolver {
	return &Resolver{CloseCallback: func() { closed <- "closed" }}
}

// NewReleasingResolver's CloseCallback gives back what release stands for.
func NewReleasingResolver() *Resolver {
	return &Resolver{CloseCallback: func() { _ = release() }}
}

// Ring is in memory whatever it holds: its Close releases nothing.
type Ring[T any] struct{ items []T }

func NewRing[T any](n int) *Ring[T] { return &Ring[T]{items: make([]T, 0, n)} }

func (r *Ring[T]) Close() { r.items = nil }

func (r *Ring[T]) Len() int { return len(r.items) }

// Head hands out chunk readers whose Close releases only the state they
// are made with.
type Head struct {
	mu     sync.Mutex
	closed bool
	open   []*State
}

type ChunkReader struct {
	head  *Head
	state *State
}

// State is an isolation state: its Close gives something back.
type State struct{ id int }

func (s *State) Close() { _ = release() }

func (h *Head) State() *State { return &State{} }

// Chunks reads with a state that the head lists among the open reads
// until the reader's Close gives it back.
func (h *Head) Chunks() (*ChunkReader, error) {
	return h.ChunkRange(h.openState())
}

func (h *Head) openState() *State {
	s := &State{id: len(h.open)}
	h.open = append(h.open, s)
	return s
}

func (h *Head) ChunkRange(s *State) (*ChunkReader, error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return nil, os.ErrClosed
	}
	return &ChunkReader{head: h, state: s}, nil
}

func (r *ChunkReader) Close() error {
	if r.state != nil {
		r.state.Close()
	}
	return nil
}

// Table keeps values of any type by name; what it hands out stays its
// own, whatever the type.
type Table[T any] struct {
	mu      sync.Mutex
	objects map[string]T
}

func (r *Table[T]) Get(name string) (T, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	t, ok := r.objects[name]
	if !ok {
		return t, os.ErrNotExist
	}
	return t, nil
}

// Must returns v, whatever it is, unless err says it failed.
func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

// Fresh makes a new value of T.
func Fresh[T any](mk func() T) T { return mk() }

// DelimitedWriter writes framed messages to w; its Close closes w if w
// can be closed.
type DelimitedWriter struct {
	w   io.Writer
	buf []byte
}

func NewDelimitedWriter(w io.Writer) *DelimitedWriter {
	return &DelimitedWriter{w, make([]byte, 10)}
}

// NewFramer makes its DelimitedWriter through another constructor.
func NewFramer(w io.Writer) *DelimitedWriter { return NewDelimitedWriter(w) }

func (d *DelimitedWriter) WriteMsg(msg string) error {
	_, err := io.WriteString(d.w, msg)
	return err
}

func (d *DelimitedWriter) Close() error {
	if c, ok := d.w.(io.Closer); ok {
		return c.Close()
	}
	return nil
}

// Pump writes to w from a goroutine of its own, which its Close stops.
type Pump struct {
	w    io.Writer
	done chan struct{}
}

func NewPump(w io.Writer) *Pump {
	p := &Pump{w: w, done: make(chan struct{})}
	go p.run()
	return p
}

func (p *Pump) run() { <-p.done }

func (p *Pump) Close() error {
	close(p.done)
	if c, ok := p.w.(io.Closer); ok {
		return c.Close()
	}
	return nil
}

// Console is a terminal over a file; its Close closes the file.
type Console struct{ f *os.File }

func (c *Console) Close() error { return c.f.Close() }

func ConsoleFromFile(f *os.File) *Console { return newConsole(f) }

func newConsole(f *os.File) *Console { return &Console{f: f} }

// ReceiveConsole opens the file it makes its Console over: its caller
// owns both.
func ReceiveConsole(fd uintptr) (*Console, error) {
	f := os.NewFile(fd, "pty")
	return ConsoleFromFile(f), nil
}

// CurrentConsole is the console of the process: one over the first of its
// standard streams that is a terminal.
func CurrentConsole() *Console {
	for _, s := range []*os.File{os.Stderr, os.Stdout, os.Stdin} {
		if c, err := terminal(s); err == nil {
			return c
		}
	}
	panic("no terminal")
}

// terminal fails for a file that is not a terminal.
func terminal(f *os.File) (*Console, error) {
	if _, err := f.Stat(); err != nil {
		return nil, err
	}
	return newConsole(f), nil
}

// ConsoleOf is a console over the first file that is a terminal, the
// process's standard input or one it opens.
func ConsoleOf(name string) (*Console, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	for _, s := range []*os.File{os.Stdin, f} {
		if c, err := terminal(s); err == nil {
			return c, nil
		}
	}
	return nil, f.Close()
}

// MetaStore opens its database on its first update; its Close closes it.
type MetaStore struct {
	mu   sync.Mutex
	name string
	db   *os.File
}

func NewMetaStore(name string) (*MetaStore, error) { return &MetaStore{name: name}, nil }

func (s *MetaStore) Name() string { return s.name }

func (s *MetaStore) Update(fn func(*os.File) error) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db == nil {
		db, err := os.OpenFile(s.name, os.O_RDWR|os.O_CREATE, 0o600)
		if err != nil {
			return err
		}
		s.db = db
	}
	return fn(s.db)
}

func (s *MetaStore) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.db == nil {
		return nil
	}
	return s.db.Close()
}

// Iter is what the package's iterators do.
type Iter interface {
	Next() (string, error)
	Close()
}

// HashIter iterates over the hashes it holds: its Close only forgets them.
type HashIter struct {
	hashes []string
	pos    int
}

func NewHashIter(hashes []string) *HashIter { return &HashIter{hashes: hashes} }

func (it *HashIter) Next() (string, error) {
	if it.pos >= len(it.hashes) {
		return "", io.EOF
	}
	it.pos++
	return it.hashes[it.pos-1], nil
}

func (it *HashIter) Close() { it.pos = len(it.hashes) }

// commitIter closes the iterator it embeds. Its type is not exported, nor
// handed out as itself, so no other package can set that field.
type commitIter struct{ Iter }

func NewCommitIter(it Iter) Iter { return &commitIter{it} }

func (c *commitIter) Close() { c.Iter.Close() }

// Parents iterates over hashes it holds.
func Parents(hashes []string) Iter { return NewCommitIter(NewHashIter(hashes)) }

// ExportedIter closes the iterator it embeds too, but any package may set
// that field.
type ExportedIter struct{ Iter }

func NewExportedIter(it Iter) *ExportedIter { return &ExportedIter{it} }

func (e *ExportedIter) Close() { e.Iter.Close() }

// ExportedParents wraps an iterator over hashes it holds.
func ExportedParents(hashes []string) *ExportedIter { return NewExportedIter(NewHashIter(hashes)) }

// Pool is a typed sync.Pool that boxes what it holds, so that a Put does
// not allocate.
type Pool[T any] struct {
	items, pointers sync.Pool
}

func (p *Pool[T]) Get() (item T) {
	if ptr, ok := p.items.Get().(*T); ok {
		item = *ptr
		p.pointers.Put(ptr)
	}
	return item
}

func (p *Pool[T]) Put(item T) {
	var ptr *T
	if boxed := p.pointers.Get(); boxed != nil {
		ptr = boxed.(*T)
	} else {
		ptr = new(T)
	}
	*ptr = item
	p.items.Put(ptr)
}

var scratch sync.Pool

// PutScratch gives a scratch buffer back to be reused.
func PutScratch(b []byte) {
	if b != nil {
		scratch.Put(&b)
	}
}

// PutScratchAndWake gives a buffer back, and wakes whoever waits for one.
func PutScratchAndWake(b []byte, wake chan struct{}) {
	scratch.Put(&b)
	close(wake)
}

// FIFOSet's Close runs the close function it is made with.
type FIFOSet struct {
	Dir   string
	close func() error
}

func NewFIFOSet(dir string, close func() error) *FIFOSet {
	return &FIFOSet{Dir: dir, close: close}
}

func (f *FIFOSet) Close() error {
	if f.close != nil {
		return f.close()
	}
	return nil
}
