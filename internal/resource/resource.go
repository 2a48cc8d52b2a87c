// Package resource is closecheck's model of what must be closed: which
// types are resources, which closing methods release them, which fields of
// other types carry one (http.Response.Body), and which well-known
// functions hand out a resource the caller does not own or use one without
// taking it over.
package resource

import (
	"go/types"
	"slices"
	"strings"
)

// IsCloseMethod reports whether a method of this name, called on a
// resource, releases it: Close, a close that does not wait for the
// release (sarama's AsyncClose) or does not wait for the peer
// (websocket's CloseNow), an abort such as a snapshot sink's Cancel, a
// protocol goodbye that closes the connection (smtp's Quit), the Wait
// of a session or connection, which returns once it has closed (its peer
// hung up, or it was closed elsewhere), or the Orphan of a lease session,
// which stops keeping it alive and leaves the lease to expire (etcd's).
func IsCloseMethod(name string) bool {
	switch name {
	case "Close", "CloseWithError", "AsyncClose", "CloseNow", "Cancel", "Abort", "Quit", "Wait", "Orphan":
		return true
	}
	return false
}

// IsReset reports whether fn is a reset that releases what it is called
// on, as a stream's: Reset() error, or ResetWithError(code) error. A
// Reset that returns nothing, or takes what to start over with
// (bufio.Writer's, gzip.Writer's), reuses its value instead.
func IsReset(fn *types.Func) bool {
	sig := fn.Signature()
	if sig.Recv() == nil || sig.Results().Len() != 1 || !isError(sig.Results().At(0).Type()) {
		return false
	}
	switch fn.Name() {
	case "Reset":
		return sig.Params().Len() == 0
	case "ResetWithError":
		return sig.Params().Len() == 1
	}
	return false
}

// IsCloser reports whether t has a method Close() whose results are empty
// or end in error. t may be a named type, a pointer to one, an interface
// or a type parameter.
func IsCloser(t types.Type) bool {
	if _, ok := t.Underlying().(*types.Signature); ok || isNamed(t, notResources) {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(t, false, nil, "Close")
	fn, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	sig := fn.Signature()
	if sig.Params().Len() != 0 || isNamed(sig.Recv().Type(), notResources) {
		// Also a Close promoted from an embedded reflect.Value.
		return false
	}
	res := sig.Results()
	return res.Len() == 0 || isError(res.At(res.Len()-1).Type())
}

// A typeKey names a named type by package path and name.
type typeKey struct{ pkg, name string }

// isNamed reports whether t, or the type t points to, is in set.
func isNamed(t types.Type, set map[typeKey]bool) bool {
	_, k, ok := namedKey(t)
	return ok && set[k]
}

// namedKey returns t, or the type t points to, as a named type of a
// package, and its key.
func namedKey(t types.Type) (*types.Named, typeKey, bool) {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok || named.Obj().Pkg() == nil {
		return nil, typeKey{}, false
	}
	return named, typeKey{named.Obj().Pkg().Path(), named.Obj().Name()}, true
}

// notResources lists types with a Close method that releases nothing the
// program could run out of.
var notResources = map[typeKey]bool{
	// Close closes the channel a Value holds.
	{"reflect", "Value"}: true,
	// Close drains the part; the next NextPart does that too.
	{"mime/multipart", "Part"}: true,
	// Encode flushes; Close only checks that the document is complete.
	{"encoding/xml", "Encoder"}: true,
}

// flushers lists types whose Close finishes the output written through
// them (a trailer, a checksum, buffered bytes) and releases nothing else.
var flushers = map[typeKey]bool{
	{"compress/gzip", "Writer"}:            true,
	{"compress/zlib", "Writer"}:            true,
	{"compress/flate", "Writer"}:           true,
	{"compress/lzw", "Writer"}:             true,
	{"archive/zip", "Writer"}:              true,
	{"archive/tar", "Writer"}:              true,
	{"mime/multipart", "Writer"}:           true,
	{"mime/quotedprintable", "Writer"}:     true,
	{"encoding/csv", "Writer"}:             true,
	{"net/http/httputil", "chunkedWriter"}: true,
	// The drop-in replacements of compress/*, which start no goroutine
	// (unlike s2's, zstd's and pgzip's writers).
	{"github.com/klauspost/compress/gzip", "Writer"}:  true,
	{"github.com/klauspost/compress/zlib", "Writer"}:  true,
	{"github.com/klauspost/compress/flate", "Writer"}: true,
}

// flusherMakers lists functions that return a flusher behind an interface.
var flusherMakers = set(
	funcs("encoding/base64", "", "NewEncoder"),
	funcs("encoding/base32", "", "NewEncoder"),
	funcs("encoding/ascii85", "", "NewEncoder"),
	funcs("encoding/hex", "", "Dumper"),
	funcs("compress/lzw", "", "NewWriter"),
	funcs("net/http/httputil", "", "NewChunkedWriter"),
	funcs("net/http/internal", "", "NewChunkedWriter"),
	// The message's final dot, over a connection the client closes.
	funcs("net/smtp", "Client", "Data"),
	// The end-of-stream record, over a connection the child closes.
	funcs("net/http/fcgi", "", "newWriter"),
)

// IsFlusher reports whether a resource of type t, made by fn (nil if not
// known), only finishes its output when closed. Skipping that close on a
// path that gives up on the output loses nothing; never closing it loses
// the output's end.
func IsFlusher(t types.Type, fn *types.Func) bool {
	return isNamed(t, flushers) || fn != nil && flusherMakers[keyOf(fn)]
}

func isError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}

// A fieldKey names a resource field: a field of a struct type that carries
// the obligation of a value of that type (http.Response.Body).
type fieldKey struct{ pkg, typ, field string }

var resourceFields = []fieldKey{
	{"net/http", "Response", "Body"},
}

// Field returns the resource field of t (or of the struct t points to),
// or nil if t carries no obligation through a field.
func Field(t types.Type) *types.Var {
	named, key, ok := namedKey(t)
	if !ok {
		return nil
	}
	for _, k := range resourceFields {
		if key.pkg != k.pkg || key.name != k.typ {
			continue
		}
		st, ok := named.Underlying().(*types.Struct)
		if !ok {
			return nil
		}
		for f := range st.Fields() {
			if f.Name() == k.field {
				return f
			}
		}
	}
	return nil
}

// A Model decides which types are resources, with the user's ignore list.
type Model struct {
	Ignore List
}

// IsResource reports whether a value of type t must be closed by its
// owner, directly or through its resource field.
func (m *Model) IsResource(t types.Type) bool {
	if m.Ignore.HasType(t) {
		return false
	}
	return IsCloser(t) || Field(t) != nil
}

// A List is a comma-separated list of names, usable as a flag.
type List []string

func (l *List) String() string { return strings.Join(*l, ",") }

func (l *List) Set(s string) error {
	*l = nil
	for name := range strings.SplitSeq(s, ",") {
		if name = strings.TrimSpace(name); name != "" {
			*l = append(*l, name)
		}
	}
	return nil
}

// HasType reports whether t, or the type t points to, is named in the list
// as "importpath.Name".
func (l List) HasType(t types.Type) bool {
	if len(l) == 0 {
		return false
	}
	_, k, ok := namedKey(t)
	return ok && slices.Contains(l, k.pkg+"."+k.name)
}

// A funcKey names a package-level function (recv == "") or a method.
type funcKey struct{ pkg, recv, name string }

func keyOf(fn *types.Func) funcKey {
	if fn.Pkg() == nil {
		return funcKey{}
	}
	k := funcKey{pkg: fn.Pkg().Path(), name: fn.Name()}
	if recv := fn.Signature().Recv(); recv != nil {
		t := recv.Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if named, ok := types.Unalias(t).(*types.Named); ok {
			k.recv = named.Obj().Name()
		} else if _, ok := t.Underlying().(*types.Interface); ok {
			// The method of a named interface: "(context.Context).Value".
			if full := fn.FullName(); strings.HasPrefix(full, "("+k.pkg+".") {
				k.recv = strings.TrimPrefix(full[:strings.Index(full, ")")], "("+k.pkg+".")
			}
		}
	}
	return k
}

func funcs(pkg, recv string, names ...string) []funcKey {
	keys := make([]funcKey, len(names))
	for i, n := range names {
		keys[i] = funcKey{pkg, recv, n}
	}
	return keys
}

func set(groups ...[]funcKey) map[funcKey]bool {
	m := make(map[funcKey]bool)
	for _, g := range groups {
		for _, k := range g {
			m[k] = true
		}
	}
	return m
}

// notOwned lists functions whose resource results the caller must not, or
// need not, close: another value owns them, or closing is a no-op.
var notOwned = set(
	funcs("io", "", "NopCloser"),
	funcs("io/ioutil", "", "NopCloser"),
	// (*exec.Cmd).Wait closes the pipes.
	funcs("os/exec", "Cmd", "StdinPipe", "StdoutPipe", "StderrPipe"),
	// A transaction's statements are closed with the transaction.
	funcs("database/sql", "Tx", "Stmt", "StmtContext", "Prepare", "PrepareContext"),
	// The recorded body is an in-memory buffer.
	funcs("net/http/httptest", "ResponseRecorder", "Result"),
	// The body of a response to HEAD is http.NoBody.
	funcs("net/http", "", "Head"),
	funcs("net/http", "Client", "Head"),
	// Wraps a request body, which the server closes.
	funcs("net/http", "", "MaxBytesReader"),
	// The body reads from the caller's reader: closing it releases
	// nothing that the reader's owner does not.
	funcs("net/http", "", "ReadResponse"),
	// In-memory pipes: an open half holds no descriptor, only the
	// goroutine blocked on it, which unstoppable and the tests judge.
	funcs("io", "", "Pipe"),
	funcs("net", "", "Pipe"),
	// An entry of an archive the caller holds; closing it returns a
	// decompressor to a pool.
	funcs("archive/zip", "File", "Open"),
	funcs("archive/zip", "Reader", "Open"),
	// Reads out of containers: the container, or whoever put the value
	// there, owns it.
	funcs("context", "Context", "Value"),
	funcs("sync", "Pool", "Get"),
	funcs("sync", "Map", "Load", "LoadOrStore", "LoadAndDelete", "Swap"),
	funcs("sync/atomic", "Value", "Load", "Swap"),
	funcs("sync/atomic", "Pointer", "Load", "Swap"),
	funcs("weak", "Pointer", "Value"),
	// Embedded files hold no descriptor.
	funcs("embed", "FS", "Open"),
	// Decompressors whose Close releases nothing and leaves the wrapped
	// reader open.
	funcs("compress/gzip", "", "NewReader"),
	funcs("compress/zlib", "", "NewReader", "NewReaderDict"),
	funcs("compress/flate", "", "NewReader", "NewReaderDict"),
	funcs("compress/lzw", "", "NewReader"),
	// and klauspost/compress's drop-in replacements of them.
	funcs("github.com/klauspost/compress/gzip", "", "NewReader"),
	funcs("github.com/klauspost/compress/zlib", "", "NewReader", "NewReaderDict"),
	funcs("github.com/klauspost/compress/flate", "", "NewReader", "NewReaderDict"),
	// The Azure SDK's requests, made without a body: their Close closes
	// the body that SetBody may hand them later, which the pipeline's
	// transport closes when it sends them, as Client.Do does a net/http
	// request's.
	funcs("github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime", "", "NewRequest"),
	funcs("github.com/Azure/azure-sdk-for-go/sdk/azcore/internal/exported", "", "NewRequest"),
)

// NotOwned reports whether the resources fn returns need no close by its
// caller. Besides the table, a method that unwraps its receiver (Unwrap,
// tls.Conn's NetConn) hands out what the receiver already owns.
func NotOwned(fn *types.Func) bool {
	if sig, ok := fn.Type().(*types.Signature); ok && sig.Recv() != nil && sig.Params().Len() == 0 {
		switch fn.Name() {
		case "Unwrap", "NetConn":
			return true
		}
	}
	return notOwned[keyOf(fn)]
}

// statelessOverNil lists constructors whose result, made over no stream
// (a nil first argument), holds nothing: zstd's coders for EncodeAll and
// DecodeAll, which klauspost/compress's documentation makes once and
// never closes.
var statelessOverNil = set(
	funcs("github.com/klauspost/compress/zstd", "", "NewReader", "NewWriter"),
)

// StatelessOverNil reports whether the resources fn returns hold nothing
// when its first argument is nil.
func StatelessOverNil(fn *types.Func) bool {
	return statelessOverNil[keyOf(fn)]
}

// borrowers lists functions that read, write or wrap their resource
// arguments without closing or keeping them beyond the caller's use: after
// the call the caller still owns the resource.
var borrowers = set(
	funcs("io", "", "Copy", "CopyN", "CopyBuffer", "ReadAll", "ReadFull", "ReadAtLeast",
		"WriteString", "LimitReader", "TeeReader", "MultiReader", "MultiWriter",
		"NewSectionReader", "NewOffsetWriter"),
	funcs("io/ioutil", "", "ReadAll"),
	funcs("fmt", "", "Fprint", "Fprintf", "Fprintln", "Fscan", "Fscanf", "Fscanln"),
	funcs("bufio", "", "NewReader", "NewReaderSize", "NewWriter", "NewWriterSize", "NewScanner"),
	funcs("bufio", "Reader", "Reset", "WriteTo"),
	funcs("bufio", "Writer", "Reset", "ReadFrom"),
	funcs("bytes", "Buffer", "ReadFrom", "WriteTo"),
	funcs("encoding/json", "", "NewDecoder", "NewEncoder"),
	funcs("encoding/xml", "", "NewDecoder", "NewEncoder"),
	funcs("encoding/gob", "", "NewDecoder", "NewEncoder"),
	funcs("encoding/csv", "", "NewReader", "NewWriter"),
	funcs("encoding/binary", "", "Read", "Write"),
	funcs("encoding/base64", "", "NewDecoder", "NewEncoder"),
	funcs("encoding/hex", "", "NewDecoder", "NewEncoder", "Dumper"),
	funcs("encoding/pem", "", "Encode"),
	funcs("compress/gzip", "", "NewReader", "NewWriter", "NewWriterLevel"),
	funcs("compress/gzip", "Reader", "Reset"),
	funcs("compress/gzip", "Writer", "Reset"),
	funcs("compress/zlib", "", "NewReader", "NewReaderDict", "NewWriter", "NewWriterLevel", "NewWriterLevelDict"),
	funcs("compress/flate", "", "NewReader", "NewReaderDict", "NewWriter", "NewWriterDict"),
	funcs("compress/bzip2", "", "NewReader"),
	funcs("compress/lzw", "", "NewReader", "NewWriter"),
	funcs("archive/tar", "", "NewReader", "NewWriter"),
	funcs("archive/zip", "", "NewReader", "NewWriter"),
	funcs("mime/multipart", "", "NewReader", "NewWriter"),
	// A transaction-specific copy; the statement stays its owner's.
	funcs("database/sql", "Tx", "Stmt", "StmtContext"),
	funcs("text/template", "Template", "Execute", "ExecuteTemplate"),
	funcs("html/template", "Template", "Execute", "ExecuteTemplate"),
)

// Borrows reports whether fn uses its resource arguments without closing
// or keeping them.
func Borrows(fn *types.Func) bool { return borrowers[keyOf(fn)] }

// carriers lists functions whose first result carries their last
// argument as its owner would: http.NewRequest keeps body as the request's
// Body, which Client.Do and Transport.RoundTrip close, even when they fail.
// What the function does with it on paths its caller never takes (wrap a
// plain io.Reader in io.NopCloser) says nothing of a resource.
var carriers = set(
	funcs("net/http", "", "NewRequest", "NewRequestWithContext"),
)

// Carries reports whether fn's first result carries its last argument.
func Carries(fn *types.Func) bool { return carriers[keyOf(fn)] }

// senders lists the methods that send a request and return its response.
var senders = set(
	funcs("net/http", "Client", "Do"),
	funcs("net/http", "Transport", "RoundTrip"),
	funcs("net/http", "RoundTripper", "RoundTrip"),
)

// SendsRequest reports whether fn sends the request that is its last
// argument and returns the response.
func SendsRequest(fn *types.Func) bool { return senders[keyOf(fn)] }

// handshaken lists functions that return a connection only once its
// handshake has succeeded, and handshakes the methods that return the
// error of a handshake already done.
var (
	handshaken = set(funcs("crypto/tls", "", "Dial", "DialWithDialer"))
	handshakes = set(funcs("crypto/tls", "Conn", "Handshake", "HandshakeContext"))
)

// RepeatsHandshake reports whether method, called on a connection that
// maker returned, returns the error of the handshake maker did: nil.
func RepeatsHandshake(method, maker *types.Func) bool {
	return handshakes[keyOf(method)] && handshaken[keyOf(maker)]
}

// releaseNothing lists calls that give back nothing a Close owes: the
// errors that say it is already closed, the locking that guards a Close
// which only sets a flag, and dropping the idle connections of an
// http.Client or Transport. Neither has a Close, so nobody is asked to
// close one, and the connections end on the transport's idle timeout or
// the server's: a Close that only drops them, as an API client's over its
// http.Client, holds no more than the client does.
var releaseNothing = set(
	funcs("errors", "", "New"),
	funcs("fmt", "", "Errorf"),
	funcs("sync", "Mutex", "Lock", "Unlock"),
	funcs("sync", "RWMutex", "Lock", "Unlock", "RLock", "RUnlock"),
	funcs("net/http", "Client", "CloseIdleConnections"),
	funcs("net/http", "Transport", "CloseIdleConnections"),
	// Taking memory from a pool, as a typed pool's Put does to get a
	// pointer to box what it puts back.
	funcs("sync", "Pool", "Get"),
)

// ReleasesNothing reports whether a call of fn, in a Close, gives back
// nothing.
func ReleasesNothing(fn *types.Func) bool { return releaseNothing[keyOf(fn)] }

// recycling lists the calls that give memory back to be reused. What they
// take the garbage collector would free as well: a Close that does no more
// saves allocations, and skipping it leaks nothing.
var recycling = set(funcs("sync", "Pool", "Put"))

// Recycles reports whether a call of fn gives memory back to be reused.
func Recycles(fn *types.Func) bool { return recycling[keyOf(fn)] }

// TakesFromPool reports whether a call of fn returns memory that was given
// back to be reused, and is its caller's now.
func TakesFromPool(fn *types.Func) bool { return keyOf(fn) == funcKey{"sync", "Pool", "Get"} }

// IsContext reports whether t is context.Context.
func IsContext(t types.Type) bool {
	named, ok := types.Unalias(t).(*types.Named)
	return ok && named.Obj().Pkg() != nil && named.Obj().Pkg().Path() == "context" && named.Obj().Name() == "Context"
}

// closedWhenFalse lists methods after whose false result the receiver is
// already closed: "If Next returns false, the Rows are closed automatically".
var closedWhenFalse = set(
	funcs("database/sql", "Rows", "Next"),
	// pgx: "It automatically closes rows upon returning false".
	funcs("github.com/jackc/pgx/v5", "Rows", "Next"),
	funcs("github.com/jackc/pgx/v4", "Rows", "Next"),
	// clickhouse-go's rows close themselves in Next's defer when it
	// returns false.
	funcs("github.com/ClickHouse/clickhouse-go/v2/lib/driver", "Rows", "Next"),
)

// ClosedWhenFalse reports whether a false result of method fn means that
// its receiver has been closed.
func ClosedWhenFalse(fn *types.Func) bool { return closedWhenFalse[keyOf(fn)] }

// closedWhenFailing lists methods after whose non-nil error the receiver
// is already closed: pgx's Rows.Scan closes the rows when it fails.
var closedWhenFailing = set(
	funcs("github.com/jackc/pgx/v5", "Rows", "Scan"),
	funcs("github.com/jackc/pgx/v4", "Rows", "Scan"),
)

// ClosedWhenFailing reports whether a non-nil error of method fn means
// that its receiver has been closed.
func ClosedWhenFailing(fn *types.Func) bool { return closedWhenFailing[keyOf(fn)] }

// borrowingFields lists fields of standard types that use what is stored
// in them without taking it over: exec.Cmd hands its files to the child
// process, which gets its own copies, and leaves them open.
var borrowingFields = map[fieldKey]bool{
	{"os/exec", "Cmd", "Stdin"}:      true,
	{"os/exec", "Cmd", "Stdout"}:     true,
	{"os/exec", "Cmd", "Stderr"}:     true,
	{"os/exec", "Cmd", "ExtraFiles"}: true,
}

// BorrowingField reports whether field of t, a struct or a pointer to
// one, only uses the resources stored in it.
func BorrowingField(t types.Type, field string) bool {
	_, k, ok := namedKey(t)
	return ok && borrowingFields[fieldKey{k.pkg, k.name, field}]
}

// ExtraTeardowns lists method names, beyond Close, Stop and Shutdown, that
// tear a value down: set by a flag.
var ExtraTeardowns List

// Teardowns returns the names of the methods that tear a value down and
// must close what it owns, in the order they are looked for.
func Teardowns() []string {
	return append([]string{"Close", "Stop", "Shutdown"}, ExtraTeardowns...)
}

// AssertsError reports whether obj is a test assertion that an error is
// not nil (testify's assert.Error, require.ErrorIs, ...): code after it
// runs, as the test means it, only when the call failed.
func AssertsError(obj types.Object) bool {
	fn, ok := obj.(*types.Func)
	if !ok || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "github.com/stretchr/testify/assert", "github.com/stretchr/testify/require":
		return strings.HasPrefix(fn.Name(), "Error") || fn.Name() == "EqualError"
	}
	return false
}
