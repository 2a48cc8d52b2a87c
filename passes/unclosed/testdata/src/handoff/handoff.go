// Package handoff holds cases where the function gives its resource to
// another owner, or closes it in some indirect way, next to leaks where
// the resource only passes through calls that borrow it.
package handoff

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"sync"
	"testing"
)

type server struct {
	mu   sync.Mutex
	log  *os.File
	dbs  map[string]*sql.DB
	open []io.Closer
}

var current *os.File

// Close closes everything the server keeps.
func (s *server) Close() error {
	s.log.Close()
	for _, db := range s.dbs {
		db.Close()
	}
	for _, c := range s.open {
		c.Close()
	}
	return nil
}

// --- stored

// stored in a field of the receiver.
func (s *server) okStoreField(name string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	s.log = f
	return nil
}

// stored in a global.
func okStoreGlobal(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	current = f
	return nil
}

// stored in a map.
func (s *server) okStoreMap(name, dsn string) error {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.dbs[name] = db
	s.mu.Unlock()
	return nil
}

// appended to a field slice.
func (s *server) okAppendField(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	s.open = append(s.open, f)
	return nil
}

func (s *server) leakStoreOnlyOnSuccess(name string) error {
	f, err := os.Create(name) // want `os\.Create result f is not closed on the path that returns at line 92`
	if err != nil {
		return err
	}
	if _, err := f.WriteString("header\n"); err != nil {
		return err // leaking return
	}
	s.log = f
	return nil
}

// close when the header fails, store otherwise.
func (s *server) okStoreOnlyOnSuccess(name string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if _, err := f.WriteString("header\n"); err != nil {
		f.Close()
		return err
	}
	s.log = f
	return nil
}

// --- returned, alone or inside something

type bundle struct {
	f    *os.File
	name string
}

func (b bundle) Close() error { return b.f.Close() }

// returned in a struct.
func okReturnStruct(name string) (*bundle, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &bundle{f: f, name: name}, nil
}

// returned in a struct value.
func okReturnStructValue(name string) (bundle, error) {
	f, err := os.Open(name)
	if err != nil {
		return bundle{}, err
	}
	return bundle{f: f, name: name}, nil
}

// returned as a closure that closes it.
func okReturnCloser(name string) (func() error, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return func() error { return f.Close() }, nil
}

// returned as the method value f.Close.
func okReturnMethodValue(name string) (func() error, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return f.Close, nil
}

// returned in a map.
func okReturnMap(names []string) (map[string]*os.File, error) {
	m := make(map[string]*os.File)
	for _, n := range names {
		f, err := os.Open(n)
		if err != nil {
			return m, err
		}
		m[n] = f
	}
	return m, nil
}

// --- sent, captured by a goroutine

// sent on a channel.
func okSend(ch chan<- net.Conn, addr string) error {
	c, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	conn, err := c.Accept()
	c.Close()
	if err != nil {
		return err
	}
	ch <- conn
	return nil
}

// a goroutine that closes it.
func okGoroutineCloses(name string, out io.Writer) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	go func() {
		defer f.Close()
		io.Copy(out, f)
	}()
	return nil
}

// A goroutine that only reads it leaves it the function's to close.
func leakGoroutineOnlyReads(name string, out io.Writer) error {
	f, err := os.Open(name) // want `os\.Open result f is never closed`
	if err != nil {
		return err
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		io.Copy(out, f)
	}()
	wg.Wait()
	return nil
}

// the goroutine reads, the function closes after Wait.
func okGoroutineReadsThenClose(name string, out io.Writer) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		io.Copy(out, f)
	}()
	wg.Wait()
	return nil
}

// the goroutine's function closes what it copies.
func okGoStmtCopyAndClose(name string, out io.Writer) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	go func() {
		io.Copy(out, f)
		f.Close()
	}()
	return nil
}

// --- helpers that keep it, or close it

func closeQuietly(c io.Closer) { _ = c.Close() }

func track(c io.Closer) { registry = append(registry, c) }

var registry []io.Closer

// deferred call of a closing helper.
func okDeferCloseQuietly(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer closeQuietly(f)
	_, err = f.Stat()
	return err
}

// a helper that keeps it.
func okTrack(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	track(f)
	return nil
}

// --- closures that close

// `defer func() { _ = rows.Close() }()`.
func okDeferClosureRows(db *sql.DB) (int, error) {
	rows, err := db.Query("SELECT 1")
	if err != nil {
		return 0, err
	}
	defer func() { _ = rows.Close() }()
	n := 0
	for rows.Next() {
		n++
		if n > 5 {
			return n, nil
		}
	}
	return n, rows.Err()
}

// t.Cleanup with a closure.
func okTestCleanup(t *testing.T, name string) *os.File {
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// context.AfterFunc with a closure that closes.
func okAfterFunc(ctx context.Context, addr string) (net.Conn, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	context.AfterFunc(ctx, func() { ln.Close() })
	return ln.Accept()
}

func cleanup(fn func() error) { _ = fn() }

// `defer cleanup(f.Close)`: a method value handed to a helper.
func okDeferMethodValue(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer cleanup(f.Close)
	_, err = f.Stat()
	return err
}

// close through an io.Closer parameter of a function literal.
func okCloseThroughInterface(u string) (int, error) {
	res, err := http.Get(u)
	if err != nil {
		return 0, err
	}
	defer func(c io.Closer) { c.Close() }(res.Body)
	return res.StatusCode, nil
}

// close through a variable of type io.Closer.
func okCloseViaCloserVar(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	var c io.Closer = f
	defer c.Close()
	_, err = f.Stat()
	return err
}

// `err = rows.Close()` on every path, without defer.
func okPlainCloseEveryPath(db *sql.DB) (n int, err error) {
	rows, err := db.Query("SELECT 1")
	if err != nil {
		return 0, err
	}
	for rows.Next() {
		if err = rows.Scan(&n); err != nil {
			rows.Close()
			return 0, err
		}
	}
	err = rows.Close()
	return n, err
}

// --- one variable, two makers (a Phi)

// assigned in both branches, closed once.
func okPhiBothBranches(name string, create bool) error {
	var f *os.File
	var err error
	if create {
		f, err = os.Create(name)
	} else {
		f, err = os.Open(name)
	}
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = f.Stat()
	return err
}

func leakPhiBothBranches(name string, create bool) error {
	var f *os.File
	var err error
	if create {
		f, err = os.Create(name) // want `os\.Create result f is never closed`
	} else {
		f, err = os.Open(name) // want `os\.Open result f is never closed`
	}
	if err != nil {
		return err
	}
	_, err = f.Stat()
	return err
}

// --- wrapper types

type countingFile struct {
	*os.File
	n int
}

// wrapped in a struct that embeds it, closed through the promoted Close.
func okWrapperEmbedding(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	cf := &countingFile{File: f}
	defer cf.Close()
	_, err = cf.Stat()
	return err
}

// wrapped and returned.
func okWrapperReturned(name string) (io.ReadCloser, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &countingFile{File: f}, nil
}

// --- borrowers do not discharge

func leakIoCopy(dst io.Writer, name string) error {
	f, err := os.Open(name) // want `os\.Open result f is never closed`
	if err != nil {
		return err
	}
	_, err = io.Copy(dst, f)
	return err
}

// io.Copy, then close.
func okIoCopyThenClose(dst io.Writer, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(dst, f)
	return err
}

func leakFprintf(name, msg string) error {
	f, err := os.Create(name) // want `os\.Create result f is never closed`
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(f, "%s\n", msg)
	return err
}

// Fprintf, then Close with its error.
func okFprintfThenClose(name, msg string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if _, err := fmt.Fprintf(f, "%s\n", msg); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func leakBufioReader(name string) (string, error) {
	f, err := os.Open(name) // want `os\.Open result f is never closed`
	if err != nil {
		return "", err
	}
	return bufio.NewReader(f).ReadString('\n')
}

// bufio.NewReader over a deferred-closed file.
func okBufioReader(name string) (string, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	return bufio.NewReader(f).ReadString('\n')
}

func leakJSONDecoder(name string, v any) error {
	f, err := os.Open(name) // want `os\.Open result f is never closed`
	if err != nil {
		return err
	}
	return json.NewDecoder(f).Decode(v)
}

// json.NewDecoder over a deferred-closed file.
func okJSONDecoder(name string, v any) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	return json.NewDecoder(f).Decode(v)
}

func leakJSONEncoderBody(c *http.Client, req *http.Request, v any) error {
	resp, err := c.Do(req) // want `c\.Do result resp\.Body is never closed`
	if err != nil {
		return err
	}
	return json.NewDecoder(bufio.NewReader(resp.Body)).Decode(v)
}

// body behind a bufio.Reader, closed by defer.
func okBufferedBody(c *http.Client, req *http.Request, v any) error {
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(bufio.NewReader(resp.Body)).Decode(v)
}

// --- returning a wrapper that cannot close what it wraps

func leakReturnBufioReader(name string) (*bufio.Reader, error) {
	f, err := os.Open(name) // want `os\.Open result f is never closed`
	if err != nil {
		return nil, err
	}
	return bufio.NewReader(f), nil
}

type bufferedFile struct {
	*bufio.Reader
	f *os.File
}

func (b *bufferedFile) Close() error { return b.f.Close() }

// the buffered reader returned together with the file it reads.
func okReturnBufferedFile(name string) (*bufferedFile, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &bufferedFile{Reader: bufio.NewReader(f), f: f}, nil
}

func leakReturnNopCloser(name string) (io.ReadCloser, error) {
	f, err := os.Open(name) // want `os\.Open result f is never closed`
	if err != nil {
		return nil, err
	}
	return io.NopCloser(bufio.NewReader(f)), nil
}

// --- named results

// naked return of named results.
func okNamedResultNakedReturn(name string) (f *os.File, err error) {
	f, err = os.Open(name)
	if err != nil {
		return
	}
	if _, err = f.Stat(); err != nil {
		f.Close()
		return nil, err
	}
	return
}

// a deferred closure closes on error, the caller gets it otherwise.
func okNamedResultCloseOnError(name string) (f *os.File, err error) {
	f, err = os.Open(name)
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			f.Close()
			f = nil
		}
	}()
	if _, err = f.Stat(); err != nil {
		return f, err
	}
	return f, nil
}

// "return nil, err" sets the named result f to nil before the deferred
// closure runs, so the closure closes nil and the file leaks.
func leakNamedResultNilledBeforeDefer(name string) (f *os.File, err error) {
	f, err = os.Open(name) // want `os\.Open result f is not closed before its variable is assigned again at line 605`
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			f.Close()
		}
	}()
	if _, err = f.Stat(); err != nil {
		return nil, err // the nil is assigned here
	}
	return f, nil
}

// errors.Join with the Close error in a deferred closure.
func okDeferJoinCloseError(name string) (err error) {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, f.Close()) }()
	_, err = f.WriteString("x")
	return err
}

// --- closing the wrong one

func leakClosedTheOtherTwice(a, b string) error {
	fa, err := os.Open(a)
	if err != nil {
		return err
	}
	defer fa.Close()
	fb, err := os.Open(b) // want `os\.Open result fb is never closed`
	if err != nil {
		return err
	}
	defer fa.Close()
	_, err = fb.Stat()
	return err
}

// each file closed once.
func okClosedEachOnce(a, b string) error {
	fa, err := os.Open(a)
	if err != nil {
		return err
	}
	defer fa.Close()
	fb, err := os.Open(b)
	if err != nil {
		return err
	}
	defer fb.Close()
	_, err = fb.Stat()
	return err
}

// --- out-parameters and cleanup closures in variables

// handed over through an out-parameter.
func okOutParam(name string, out **os.File) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	*out = f
	return nil
}

// a cleanup closure held in a variable, deferred.
func okCleanupVarDeferred(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	cleanup := func() { f.Close() }
	defer cleanup()
	_, err = f.Stat()
	return err
}

func leakCleanupVarOnOnePath(name string) error {
	f, err := os.Open(name) // want `os\.Open result f is not closed on the path that returns at line 688`
	if err != nil {
		return err
	}
	cleanup := func() { f.Close() }
	if _, err := f.Stat(); err != nil {
		cleanup()
		return err
	}
	return nil // leaking return
}

func getPooled(name string) (*os.File, func(), error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	return f, func() { f.Close() }, nil
}

// the release function returned with the resource is the way to give it back.
func okReleaseFunc(name string) error {
	f, release, err := getPooled(name)
	if err != nil {
		return err
	}
	defer release()
	_, err = f.Stat()
	return err
}

type connKey struct{}

// a connection read out of a context belongs to whoever put it there.
func okFromContext(ctx context.Context) string {
	c, ok := ctx.Value(connKey{}).(net.Conn)
	if !ok {
		return ""
	}
	return c.LocalAddr().String()
}

type switcher struct {
	current, pending *os.File
}

// switchTo keeps what it makes in the receiver, and returns it as well.
func (s *switcher) switchTo(name string) (*os.File, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	s.pending = f
	return f, nil
}

func (s *switcher) Close() error {
	s.pending.Close()
	return s.current.Close()
}

// the result of a function that keeps what it returns is not the caller's.
func okKeptByCallee(s *switcher, name string) error {
	_, err := s.switchTo(name)
	return err
}

// a deferred closure sets the named result, which a return fills only at
// the end: the earlier "return nil, err" does not overwrite the resource.
func okNamedResultSetByDefer(ctx context.Context, name string) (f *os.File, err error) {
	c, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer func() {
		if err != nil {
			c.Close()
		}
	}()
	if _, err := c.Stat(); err != nil {
		return nil, err
	}
	defer func() {
		if ctx.Err() != nil {
			f = nil
		}
	}()
	return c, nil
}

// a connection typed out of a context by a helper.
func connFrom(ctx context.Context) net.Conn {
	c, _ := ctx.Value(connKey{}).(net.Conn)
	return c
}

func okFromContextHelper(ctx context.Context) string {
	c := connFrom(ctx)
	if c == nil {
		return ""
	}
	return c.LocalAddr().String()
}

// an accept loop in a goroutine, its error in a variable of the function.
func okAcceptInGoroutine(ln net.Listener, conns chan<- net.Conn) error {
	var acceptErr error
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			var c net.Conn
			c, acceptErr = ln.Accept()
			if acceptErr != nil {
				return
			}
			conns <- c
		}
	}()
	<-done
	return acceptErr
}

// A connPool hands out connections it keeps; its only implementation in
// this package says so.
type connPool interface {
	GetConn(addr string) (net.Conn, error)
}

type mapPool struct {
	mu    sync.Mutex
	conns map[string]net.Conn
}

func (p *mapPool) GetConn(addr string) (net.Conn, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if c, ok := p.conns[addr]; ok {
		return c, nil
	}
	return nil, errors.New("no connection")
}

// a pooled connection is the pool's.
func okPooled(p connPool, addr string) error {
	c, err := p.GetConn(addr)
	if err != nil {
		return err
	}
	_, err = c.Write([]byte("ping"))
	return err
}

// A dialer's implementations in this package make a new connection.
type dialer interface {
	DialConn(addr string) (net.Conn, error)
}

type tcpDialer struct{}

func (tcpDialer) DialConn(addr string) (net.Conn, error) { return net.Dial("tcp", addr) }

func leakDialedThroughInterface(d dialer, addr string) error {
	c, err := d.DialConn(addr) // want `d\.DialConn result c is never closed`
	if err != nil {
		return err
	}
	_, err = c.Write([]byte("ping"))
	return err
}
