// Package unclosed defines an Analyzer that reports resources a function
// makes and then fails to close.
//
// # Analyzer unclosed
//
// unclosed: report values with a Close method that are not closed on some path
//
// A resource is a value whose type has a method Close() whose results are
// empty or end in error: *os.File, net.Conn, *sql.Rows, io.ReadCloser, and
// the types of your own code that follow the same convention. The body of
// an *http.Response is one too: the obligation is resp.Body. A few types
// whose Close releases nothing the program could run out of are not
// resources, nor are the structs that embed one and promote its Close:
// reflect.Value (whose Close closes the channel it holds),
// mime/multipart.Part and encoding/xml.Encoder.
//
// A function owns the resources that its calls return to it (os.Open,
// net.Dial, db.Query, newPool(), ...), unless the callee only hands out one
// that something else owns: a field of its receiver, a global, one of its
// parameters. It does not own the resources it reads from its parameters,
// fields, globals or collections, nor what it gets out of a sync.Pool, a
// sync.Map, an atomic or weak pointer or a context's values. What a call returns that needs no close
// (a File that elf.NewFile makes over the caller's reader) becomes one when
// the function stores a resource in it: elf.Open's result holds the file
// it opened.
//
// On every path from the call to a normal return, the owner must do one of:
//
//   - close it: x.Close(), defer x.Close(), a deferred closure that closes
//     it, a closure that closes it handed to anything (t.Cleanup, a
//     lifecycle hook, context.AfterFunc: it closes what its variable
//     holds when it runs, so it may be handed over before the resource is
//     made), or a close through io.Closer.
//     Besides Close, its methods CloseWithError, AsyncClose (sarama's,
//     which starts the shutdown without waiting for it), CloseNow, Cancel
//     and Abort (a snapshot sink's), Quit (smtp's goodbye), Wait (a
//     session's, which returns once it has closed), Orphan (a lease
//     session's, which stops keeping the lease alive) and a stream's reset
//     (Reset() error, ResetWithError(code) error, which abort it) count as
//     closing it; a Reset that returns nothing or takes what to start over
//     with reuses the value;
//   - give it away: return it (alone or inside a struct, slice, map or
//     closure), store it in a field, a global, a map or a slice, send it on a
//     channel, or capture it in a goroutine that closes it or gives it away
//     (one that only uses it leaves it the function's to close). An
//     exec.Cmd's Stdin, Stdout, Stderr and ExtraFiles take nothing over:
//     the child gets its own copies, and the files stay the caller's;
//   - hand it to a call that may keep it. What the callee does with it is
//     known from facts that closecheck computes for every function, in
//     every package: a helper that only reads it (and the standard
//     io.Copy, io.ReadAll, fmt.Fprintf, bufio.NewReader, json.NewDecoder,
//     ...) leaves the caller owning it; a helper that closes it closes
//     it; a helper that returns it hands the obligation to its result.
//     A method that returns what it also keeps where its type's teardown
//     closes it (a test server's Connect that appends each conn to a list
//     its Close closes) leaves the caller nothing to close, and so does
//     a function that puts what it returns in a map that outlives the
//     call (a cache's getOrCreate that fills a map its receiver holds),
//     unless the value's Close deletes it from a map: then the map is a
//     table of the open ones, and the caller's Close takes it out.
//     A call that keeps it in a field of what it returns hands it to that
//     value; if the caller drops that value and its type has no
//     teardown, it lives where the callee put it (a server's client, in
//     the read loop the callee started), and the package's code that
//     closes that field releases it.
//     Calls through interfaces and function values may keep it; a call
//     through a package-level variable only ever set to one function (var
//     X = x, as export_test.go files do) is a call of that function; the
//     fakes that _test.go files set it to count only for calls in test
//     files. A
//     resource made around another one (tls.Client(conn),
//     textproto.NewConn(conn)) is released when the one inside is closed,
//     or given away after it was made (a view that ipv4.NewPacketConn(ln)
//     makes to set a socket option, before ln is handed to its server).
//     The request that http.NewRequest makes carries its body: Client.Do
//     and Transport.RoundTrip close it, also when they fail. So do the
//     Azure SDK's pipelines with the body of a request that its
//     runtime.NewRequest makes: such a request is not reported.
//
// Who owns what a call through a function value returns is known when
// the package's code shows every function the value can be, and their
// facts agree: a local variable only ever set to functions, which
// closures capture only to call (a test's prepare helper, called from its
// subtests), or an element of an unexported table only ever filled with
// functions (a test's table of constructors that each register their
// cleanup).
//
// Calling the resource's own methods (f.Read, conn.SetDeadline, rows.Next)
// uses it without giving it away, but for a method that closes it: one
// whose fact says it closes its receiver, or, through an interface, one
// that every implementation in sight (in the calling package and the
// interface's) closes its receiver in, as go-git's iterators' ForEach.
//
// Some paths need no close: where the call's own error is non-nil
// (if err != nil { return err }, errors.Is(err, ...), err == nil forms,
// also after a retry loop that breaks once the call succeeds, or
// a predicate of your own that returns true only for a non-nil error, as
// a test's errEndsTest(t, err, wantErr) or testenv.SyscallIsNotSupported),
// where the resource is nil (a type assertion on it, to an interface its
// type already implements, fails only then), where a function whose error is nil on every
// return has failed (a constructor that keeps the signature of one that
// can fail, or the Handshake of a conn that tls.Dial returned, which only
// returns a conn once its handshake succeeded), and paths that end in
// panic, os.Exit,
// log.Fatal, t.Fatal or runtime.Goexit. When rows.Next() returns false,
// the *sql.Rows is already closed, as are pgx's and clickhouse-go's Rows
// (pgx's also close themselves when Scan fails); an early return or break
// out of the loop still leaks it. A resource made in a loop must be closed before the next
// iteration; defer in a loop counts as a close. A loop whose condition is
// the constant true is left only by its breaks and returns. A loop from a
// constant to a constant (for i := 0; i < 3; i++), and a range over a
// slice literal with elements, runs its body at least once. A check of a variable that
// the branch which made the resource leaves nil (err, when only the other
// branch calls what can fail) does not take the failing way on that path.
// Nor does a check of the condition under which the resource was made
// (if lock { l = lockFile() } ... if lock { l.Close() }, or name != ""
// and then name == ""), when it holds one value throughout the call, or
// of a flag that every way from the resource to the check sets alike
// (fd, didOpen := b.fd, false; if fd == nil { fd = open(); didOpen = true }).
//
// The report is at the call that made the resource, and names the first
// path that leaks it:
//
//	f, err := os.Open(name) // os.Open result f is not closed on the path that returns at line 20
//
// # Types that own closers
//
// A type owns the resources that code of its package makes and keeps in
// its unexported fields: its teardown method (Close, Stop or Shutdown)
// must close them. A resource stored in such a field is reported when the
// type has no teardown, or when the teardown never closes that field and
// no other code of the package closes it or hands it on:
//
//	st := newStore() // newStore result st is stored in Service.store, but (*Service).Close never closes it
//	return &Service{store: st}
//
// A field holds a copy when the function that makes the resource also
// closes it on every path, or hands it to what closes it: a test server
// that keeps the listener it passes to go serve(ctx, ln), which closes it
// when ctx ends.
//
// A resource handed to a function that keeps it in a field is the caller's
// to close as long as the caller closes it (a shared *sql.DB injected into
// a repository is fine). If the caller never closes it, the keeper's type
// must, and the report names the field it does not close:
//
//	sw := swarm.NewSwarm() // swarm.NewSwarm result sw is handed to basichost.NewHost, which keeps it in BasicHost.network, but (*BasicHost).Close never closes that field
//	h := basichost.NewHost(sw)
//
// A close through the keeper's field (defer ct.conn.Close(), where ct :=
// newClientTester(t, conn)) closes it too.
// When the keeper's teardown does close it, the obligation moves to the
// keeper: closing, returning or storing it is enough. When the keeper's
// package hands the field on to a method of another of its fields, as a
// stub server serves its Listener through its S (go ss.S.Serve(lis)),
// stopping that field (defer stub.S.Stop()) is enough too. A function that
// keeps it only on the way, and returns it (one that writes a request
// through a wrapper of the conn, then returns the conn), returns it.
//
// A call whose every result is assigned to the blank identifier
// (_ = bindConnection(ctx, rwc)) is not reported: as for errcheck, the
// code says it drops the value on purpose. `_, err := os.Create(name)`,
// which keeps only the error, still leaks the file and is reported. In a
// _test.go file, a call whose results the test drops (a statement of its
// own, or assigned to _) is not reported: the test calls it for its
// error or side effects, usually expecting it to fail. Nor is a resource
// that a test assigns to _ while it keeps what came with it
// (_, info, err := creds.ClientHandshake(...)): the test checks the auth
// info or the form file's header, and says it has no use for the conn.
//
// Results that need no close are not reported: io.NopCloser, the pipes of
// *exec.Cmd (Wait closes them), a transaction's statements, the response of
// an httptest.ResponseRecorder, files of an embed.FS, in-memory pipes
// (io.Pipe, net.Pipe), entries of a zip archive, the body of a response
// that http.ReadResponse reads from the caller's reader, the response to a
// HEAD request (http.Head, or Client.Do of a request that http.NewRequest
// makes with the method HEAD), what a wrapper's Unwrap or NetConn
// hands out, and klauspost/compress's zstd coders made over a nil reader
// or writer, which only EncodeAll and DecodeAll use and whose
// documentation makes once and never closes. Nor are values of a type whose Close releases nothing: it
// calls no function (but errors.New, fmt.Errorf, loggers, print- or
// printf-like, the locking of a sync.Mutex or RWMutex, and the
// CloseIdleConnections of an http.Client or Transport, which have no Close
// of their own), closes and sends on no channel and starts no goroutine, as
// an in-memory fake's `return nil`, a balancer's Close that only logs, or
// an API client's that only drops idle connections. A Close that does no
// more than give memory back to a sync.Pool, itself or through functions
// that do (a typed pool's Put, a helper that puts a slice back), releases
// nothing either: the garbage collector frees what it would have given
// back, so skipping it costs allocations, not a leak. A query whose Close
// returns its result's slices to a pool is not reported; one whose Close
// also closes a file, or hands a connection back over a channel, is. The
// same goes for
// values that their maker sets up so that Close does nothing: a wrapper
// whose Close is the one of the embedded field that holds such a value
// (a codec over a struct literal whose embedded io.Closer is
// io.NopCloser(nil)), a
// test double whose Close only runs callbacks that its maker sets to do
// nothing (a manual resolver's CloseCallback), or that it is given as
// functions that do nothing (a FIFO set made with
// func() error { return nil }; one made with a close function its caller
// was given is still reported), a fake whose Close is
// promoted from an embedded interface its maker leaves nil, and a value
// whose Close only closes fields that no other package can set (unexported
// ones, or exported ones of a type the package never hands out as itself,
// as an iterator it returns as an interface) and that its package sets nowhere
// but where it makes one (or in what one of its constructors has just
// returned, as an Open that stores the file it opened in what NewFile
// made), made with those fields nil or holding values that need no close
// (a chunk reader made with a nil isolation state, a File that NewFile
// makes over the caller's reader). When those fields hold what the
// function was given (a parameter, a captured variable or a field of one)
// or a value of a concrete type with no Close, closing the value would
// close nothing that is the function's: a framing writer over a stream
// the caller owns, or over a bytes.Buffer, whose Close closes what it
// writes to if that can be closed, is not reported. One with a goroutine
// of its own still is. Nor is a value made over the process's standard
// streams only (a console over os.Stdin, os.Stdout or os.Stderr, the
// first that is a terminal): closing it would close the terminal.
//
// A value may hold nothing yet: a type whose Close releases only what
// some of its fields hold, when its package fills those fields, after a
// value is made, only in methods on that value (a transport that opens a
// pipeline when one is asked for, a store that opens its database on its
// first transaction). A value that its maker leaves with those fields
// empty holds something only once a path reaches a use that may fill
// them: a call of such a method, or of one that calls it, or a hand-off
// to anything but the type's other methods and the package's functions
// that do no more with it. A test that makes an in-memory transport only
// to encode peers with it, or a constructor that fails before it keeps
// the store it made, has nothing to close. Which types are lazy, and
// which functions make their values empty, are facts, so the values of
// another package's lazy types are judged too.
//
// Nor is what a function closes as it returns it: a client's Do that reads
// the whole body and closes it in a closure it defers before any return,
// unless the response is nil, or on every way out after it got the
// response, hands its caller a response with nothing left to close. One
// that closes the body only when it fails does not.
//
// A resource that a function run by a package-level sync.Once (Do, or
// OnceFunc, OnceValue, OnceValues kept in a package-level variable) makes
// and never closes is a process-wide singleton, as a test binary's shared
// server: it is not reported. One that such a function closes on some
// paths is still reported on the others, and a Once of each value (a
// closeOnce field) runs once per value. Nor is a resource reported that
// the main function of a command makes outside any loop and leaves open
// when it returns: the process ends there and releases it. A flusher's
// output still needs its close, and what main makes in a loop (an
// accepted connection) still leaks.
//
// A writer whose Close only finishes its output (the writers of
// compress/gzip, zlib and flate and of klauspost/compress's replacements,
// of archive/tar and archive/zip, encoding/csv and mime/multipart, and
// base64 or hex encoders) is reported when it is never closed, as its
// output then lacks its end. A path that gives up on the output (the
// return after a failed Write) need not close it, nor need a test, and
// one dropped where it is made (_, err := gzip.NewWriterLevel(io.Discard,
// level), to check the level) has no output.
//
// A resource made around others is released when they are closed: by a
// close, a deferred closure over the variable that holds them, or a
// t.Cleanup closure, which closes what its variable holds when the test
// ends, values assigned to it later included. The ones inside are found
// through captured variables and variadic arguments
// (NewSegmentBufReader(s)). x.Close() on a pointer whose Close has a value
// receiver closes x.
//
// A method called through an interface whose implementations are not in
// sight (the consumer declares the interface, another package implements
// it) is presumed to hand the caller a resource it owns, unless it takes
// no arguments and is named for the type it returns: Client() APIClient,
// PollFD() *poll.FD, Conn() net.Conn are getters of what their receiver
// holds. So is a method that is given only names (and a context), cannot
// fail and whose name starts with no verb that makes or acquires (New,
// Open, Dial, Accept, ...): SnapshotService(name) looks up what its
// implementation holds under that name. Where the implementations are in sight (in the package or the
// interface's), the caller owns the result unless every one of them hands
// out what it keeps; an implementation that wraps another and calls the
// same getter on it (a routed host's Network() is its inner host's)
// counts as saying what the name says. The test doubles of _test.go files
// count only for calls in test files, so a package's own code is judged
// the same whether its tests are compiled with it or not.
//
// A generic function's results and parameters of a type parameter are
// judged as those of an interface: a generic table's Get hands out what
// the table keeps, and a generic Must hands its caller the resource it
// was given.
//
// # Flags
//
//	-unclosed.ignore=importpath.Type,...
//
// adds types whose values need no close, for example
// -unclosed.ignore=example.com/pool.Conn.
//
//	-unclosed.teardown=Name,...
//
// adds method names that, besides Close, Stop and Shutdown, tear a type
// down and must close what it owns.
package unclosed
