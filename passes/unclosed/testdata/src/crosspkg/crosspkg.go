// Package crosspkg uses the resources of package helpers.
package crosspkg

import (
	"bytes"
	"io"
	"os"

	"helpers"
)

func leakHelperDial(addr string) error {
	c, err := helpers.Dial(addr) // want `helpers\.Dial result c is never closed`
	if err != nil {
		return err
	}
	c.Send("hi")
	return nil
}

// a Conn from another package, closed.
func okHelperDial(addr string) error {
	c, err := helpers.Dial(addr)
	if err != nil {
		return err
	}
	defer c.Close()
	c.Send("hi")
	return nil
}

func leakOpenConfig(name string) ([]byte, error) {
	f, err := helpers.OpenConfig(name) // want `helpers\.OpenConfig result f is never closed`
	if err != nil {
		return nil, err
	}
	return io.ReadAll(f)
}

// a wrapped os.Open from another package, closed.
func okOpenConfig(name string) ([]byte, error) {
	f, err := helpers.OpenConfig(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}

// a shared Conn belongs to package helpers.
func okSharedNotOwned() {
	helpers.Shared().Send("hi")
}

// the registry's Conn belongs to the registry.
func okRegistryMainNotOwned(r *helpers.Registry) {
	c := r.Main()
	c.Send("hi")
}

// ownership handed to a registry method of another package.
func okRegistryAdd(r *helpers.Registry, addr string) error {
	c, err := helpers.Dial(addr)
	if err != nil {
		return err
	}
	r.Add(c)
	return nil
}

// deferred close through another package's helper.
func okDeferCloseQuietly(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer helpers.CloseQuietly(f)
	_, err = f.Stat()
	return err
}

// kept by another package until shutdown.
func okKeep(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	helpers.Keep(f)
	return nil
}

func leakOpenBothSecond(a, b string) error {
	fa, fb, err := helpers.OpenBoth(a, b) // want `helpers\.OpenBoth result fb is never closed`
	if err != nil {
		return err
	}
	_ = fb.Name()
	return fa.Close()
}

// both results of a two-file maker closed.
func okOpenBoth(a, b string) error {
	fa, fb, err := helpers.OpenBoth(a, b)
	if err != nil {
		return err
	}
	defer fa.Close()
	defer fb.Close()
	return nil
}

// helpers.Buffer's Close releases nothing: its fact says so.
func okImportedReleasesNothing() {
	b := helpers.NewBuffer()
	b.Write([]byte("hi"))
}

func okSharedThroughVariable() {
	helpers.SharedFunc().Send("hi")
}

func leakDialThroughVariable(addr string) {
	c, err := helpers.DialFunc(addr) // want `helpers\.DialFunc result c is never closed`
	if err != nil {
		return
	}
	c.Send("hi")
}

func leakHookSetElsewhere() {
	helpers.Hook().Send("hi") // want `helpers\.Hook result is never closed`
}

// helpers.NewResolver's Close runs only callbacks that do nothing.
func okResolverWithNoopHooks() string {
	r := helpers.NewResolver("test")
	r.BuildCallback("target")
	return "test:///"
}

func leakResolverThatNotifies(closed chan<- string) {
	r := helpers.NewNotifyingResolver(closed) // want `helpers\.NewNotifyingResolver result r is never closed`
	r.BuildCallback("target")
}

func leakResolverThatReleases() {
	r := helpers.NewReleasingResolver() // want `helpers\.NewReleasingResolver result r is never closed`
	r.BuildCallback("target")
}

// An instance of a generic type whose Close releases nothing.
func okImportedGenericReleasesNothing() int {
	r := helpers.NewRing[string](3)
	return r.Len()
}

// A chunk reader made with no state has nothing to close.
func okChunkReaderWithoutState(h *helpers.Head) error {
	r, err := h.ChunkRange(nil)
	if err != nil {
		return err
	}
	_ = r
	return nil
}

func leakChunks(h *helpers.Head) error {
	r, err := h.Chunks() // want `h\.Chunks result r is never closed`
	if err != nil {
		return err
	}
	_ = r
	return nil
}

func leakChunkReaderWithState(h *helpers.Head) error {
	r, err := h.ChunkRange(h.State()) // want `h\.ChunkRange result r is never closed`
	if err != nil {
		return err
	}
	_ = r
	return nil
}

// A generic table's Get hands out what the registry keeps.
func okFromGenericRegistry(r *helpers.Table[*os.File], name string) (string, error) {
	f, err := r.Get(name)
	if err != nil {
		return "", err
	}
	return f.Name(), nil
}

// A generic function that returns its argument hands the caller what it
// was given.
func leakThroughMust(name string) string {
	f := helpers.Must(os.Open(name)) // want `os\.Open result is never closed`
	return f.Name()
}

func okThroughMust(name string) string {
	f := helpers.Must(os.Open(name))
	defer f.Close()
	return f.Name()
}

func leakFromGenericMaker(name string) string {
	f := helpers.Fresh(func() *os.File { return helpers.Must(os.Create(name)) }) // want `helpers\.Fresh result f is never closed`
	return f.Name()
}

// A framing writer over a stream that the caller owns: closing the writer
// would close the caller's stream.
func okFramedOverParam(s io.ReadWriteCloser) error {
	wr := helpers.NewDelimitedWriter(s)
	return wr.WriteMsg("hello")
}

// One over what the function was given as a plain io.ReadWriter: it may be
// a stream, and it is not the function's to close.
func okFramedOverReadWriter(rw io.ReadWriter) error {
	wr := helpers.NewDelimitedWriter(rw)
	return wr.WriteMsg("hello")
}

// One over a buffer: its Close finds nothing to close.
func okFramedOverBuffer() ([]byte, error) {
	var buf bytes.Buffer
	wr := helpers.NewDelimitedWriter(&buf)
	err := wr.WriteMsg("hello")
	return buf.Bytes(), err
}

func okFramerOverReadWriter(rw io.ReadWriter) error {
	wr := helpers.NewFramer(rw)
	return wr.WriteMsg("hello")
}

func okFramedOverCaptured(s io.ReadWriteCloser) func() error {
	return func() error {
		wr := helpers.NewDelimitedWriter(s)
		return wr.WriteMsg("hello")
	}
}

func leakFramedOverOpened(name string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	wr := helpers.NewDelimitedWriter(f) // want `helpers\.NewDelimitedWriter result wr is never closed`
	return wr.WriteMsg("hello")
}

// A writer with a goroutine of its own needs its close, whoever owns what
// it writes to.
func leakPumpOverParam(rw io.ReadWriter) {
	p := helpers.NewPump(rw) // want `helpers\.NewPump result p is never closed`
	_ = p
}

// A query over a storage that the function's receiver holds: the engine,
// an interface, is not known to keep the storage in what it returns, so
// the query is still the caller's to close.
type queryable interface{ Select(string) []string }

type engine interface {
	NewQuery(q queryable, expr string) (io.Closer, error)
}

type testStorage struct{ f *os.File }

func (s *testStorage) Select(string) []string { return nil }
func (s *testStorage) Close() error           { return s.f.Close() }

type evalTest struct{ storage *testStorage }

func (t *evalTest) leakQueryOverStorage(e engine) error {
	q, err := e.NewQuery(t.storage, "up") // want `e\.NewQuery result q is never closed`
	if err != nil {
		return err
	}
	_ = q
	return nil
}

// A console over a file that the function was given is the caller's
// file; one over a file its maker opened is the caller's to close.
func okConsoleOverGiven(f *os.File) string {
	c := helpers.ConsoleFromFile(f)
	_ = c
	return f.Name()
}

func leakReceivedConsole(fd uintptr) error {
	c, err := helpers.ReceiveConsole(fd) // want `helpers\.ReceiveConsole result c is never closed`
	if err != nil {
		return err
	}
	_ = c
	return nil
}

// A console over the process's standard streams is the process's: closing
// it would close the terminal.
func okCurrentConsole() error {
	c := helpers.CurrentConsole()
	_ = c
	return nil
}

func okConsoleOverStdout() *os.File {
	c := helpers.ConsoleFromFile(os.Stdout)
	_ = c
	return os.Stdout
}

// One that may be over a file its maker opened is the caller's to close.
func leakConsoleOf(name string) error {
	c, err := helpers.ConsoleOf(name) // want `helpers\.ConsoleOf result c is never closed`
	if err != nil {
		return err
	}
	_ = c
	return nil
}

// A store that opens its database on its first update holds nothing until
// then: a constructor that fails before it keeps the store has nothing to
// close, nor has a function that only asks its name.
type snapshotter struct{ ms *helpers.MetaStore }

func (s *snapshotter) Close() error { return s.ms.Close() }

func newSnapshotter(root string) (*snapshotter, error) {
	ms, err := helpers.NewMetaStore(root + "/metadata.db")
	if err != nil {
		return nil, err
	}
	if err := os.Mkdir(root+"/snapshots", 0o700); err != nil {
		return nil, err
	}
	return &snapshotter{ms: ms}, nil
}

func okStoreName(root string) string {
	ms, _ := helpers.NewMetaStore(root)
	return ms.Name()
}

func leakUpdatedStore(root string) error {
	ms, err := helpers.NewMetaStore(root) // want `helpers\.NewMetaStore result ms is never closed`
	if err != nil {
		return err
	}
	return ms.Update(func(*os.File) error { return nil })
}

func leakUpdatedSnapshotter(root string) (*snapshotter, error) {
	ms, err := helpers.NewMetaStore(root) // want `helpers\.NewMetaStore result ms is not closed on the path that returns at line 365`
	if err != nil {
		return nil, err
	}
	if err := ms.Update(func(*os.File) error { return nil }); err != nil {
		return nil, err
	}
	return &snapshotter{ms: ms}, nil
}

// An iterator over hashes it holds holds nothing to close, nor does a
// wrapper of it whose field only its package can set.
func okParents(hashes []string) (string, error) {
	it := helpers.Parents(hashes)
	return it.Next()
}

// But a field that other packages can set may come to hold what they
// open.
type fileIter struct{ f *os.File }

func (fi fileIter) Next() (string, error) { return fi.f.Name(), nil }
func (fi fileIter) Close()                { fi.f.Close() }

func leakIterOverFile(name string) (string, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", err
	}
	it := helpers.ExportedParents(nil) // want `helpers\.ExportedParents result it is never closed`
	it.Iter = fileIter{f}
	return it.Next()
}

// A parameter that a closure captures is still what the function was
// given, unless the closure stores something else in it.
func okFramedOverCapturedParam(rw io.ReadWriter) error {
	done := make(chan error)
	go func() {
		w := helpers.NewDelimitedWriter(rw)
		done <- w.WriteMsg("hello")
	}()
	r := helpers.NewDelimitedWriter(rw)
	err := r.WriteMsg("again")
	if werr := <-done; werr != nil {
		return werr
	}
	return err
}

func leakFramedOverReassigned(rw io.ReadWriter, name string) error {
	open := func() {
		if f, err := os.Create(name); err == nil {
			rw = f
		}
	}
	open()
	w := helpers.NewDelimitedWriter(rw) // want `helpers\.NewDelimitedWriter result w is never closed`
	return w.WriteMsg("hello")
}

// A FIFO set made with a close function that does nothing has nothing to
// close, directly or from a helper that makes one.
func okFIFOSetWithNoopClose() string {
	f := helpers.NewFIFOSet("d", func() error { return nil })
	return f.Dir
}

func newStreams(dir string) *helpers.FIFOSet {
	return helpers.NewFIFOSet(dir, func() error { return nil })
}

func okStreamsWithNoopClose() string {
	return newStreams("d").Dir
}

func leakFIFOSetThatRemoves(dir string) string {
	f := helpers.NewFIFOSet(dir, func() error { return os.RemoveAll(dir) }) // want `helpers\.NewFIFOSet result f is never closed`
	return f.Dir
}

// The close function the caller gave is one it expects Close to run.
func leakFIFOSetOverGivenClose(dir string, cleanup func() error) string {
	f := helpers.NewFIFOSet(dir, cleanup) // want `helpers\.NewFIFOSet result f is never closed`
	return f.Dir
}
