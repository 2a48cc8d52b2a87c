package unclosed

import (
	"cmp"
	_ "embed"
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/ssa"

	"github.com/closecheck/closecheck/internal/analysisdoc"
	"github.com/closecheck/closecheck/internal/flow"
	"github.com/closecheck/closecheck/internal/ownership"
	"github.com/closecheck/closecheck/internal/report"
	"github.com/closecheck/closecheck/internal/resource"
	"github.com/closecheck/closecheck/internal/ssafuncs"
)

//go:embed doc.go
var doc string

// Analyzer reports resources that a function makes and does not close on
// some path, nor give to another owner.
var Analyzer = &analysis.Analyzer{
	Name:     "unclosed",
	Doc:      analysisdoc.MustExtract(doc, "unclosed"),
	URL:      "https://github.com/closecheck/closecheck#unclosed",
	Requires: []*analysis.Analyzer{buildssa.Analyzer, ownership.Analyzer},
	Run:      run,
}

var model resource.Model

func init() {
	Analyzer.Flags.Var(&model.Ignore, "ignore",
		"comma-separated `types` (importpath.Name) whose values need no close")
	Analyzer.Flags.Var(&resource.ExtraTeardowns, "teardown",
		"comma-separated `names` of methods that, besides Close, Stop and Shutdown, tear a type down")
}

func run(pass *analysis.Pass) (any, error) {
	ssainfo := pass.ResultOf[buildssa.Analyzer].(*buildssa.SSA)
	own := pass.ResultOf[ownership.Analyzer].(*ownership.Info)
	rep := report.New(pass)
	for _, fn := range ssafuncs.All(ssainfo) {
		for _, b := range fn.Blocks {
			for _, instr := range b.Instrs {
				if call, ok := instr.(*ssa.Call); ok {
					checkCall(pass, own, rep, call)
				}
			}
		}
	}
	rep.Flush()
	return nil, nil
}

// An obligation is one resource that a call hands its caller.
type obligation struct {
	call  *ssa.Call
	index int       // result index
	value ssa.Value // nil when the result is discarded
	err   ssa.Value // the call's error result, or nil
	field *types.Var
}

func checkCall(pass *analysis.Pass, own *ownership.Info, rep *report.Reporter, call *ssa.Call) {
	if _, ok := call.Call.Value.(*ssa.Builtin); ok {
		return
	}
	for _, ob := range obligations(pass, own, call) {
		check(pass, own, rep, ob)
	}
}

func obligations(pass *analysis.Pass, own *ownership.Info, call *ssa.Call) []obligation {
	if wrapsBorrowed(own, call) {
		// A resource made around one that this function does not own
		// (tls.Server(conn) on a parameter) is released by its owner.
		return nil
	}
	tuple, ok := call.Type().(*types.Tuple)
	if !ok {
		if !isResource(call.Type()) || !own.CallerOwns(call.Common(), 0) {
			return nil
		}
		if stmt := statementOf(pass, call); blankAssigned(stmt) || own.InTestFile(call.Pos()) && discarded(stmt, false) {
			return nil
		}
		return []obligation{{call: call, value: call, field: resource.Field(call.Type())}}
	}
	extracts := make([]ssa.Value, tuple.Len())
	for _, ref := range *call.Referrers() {
		if ex, ok := ref.(*ssa.Extract); ok {
			extracts[ex.Index] = ex
		}
	}
	var err ssa.Value
	if last := tuple.Len() - 1; last > 0 && types.Identical(tuple.At(last).Type(), types.Universe.Lookup("error").Type()) {
		err = extracts[last]
	}
	if hasFunc(tuple) {
		// The function returned with it releases it:
		// conn, release, err := pool.get().
		return nil
	}
	var obs []obligation
	for i := range tuple.Len() {
		t := tuple.At(i).Type()
		if isResource(t) && own.CallerOwns(call.Common(), i) {
			obs = append(obs, obligation{call: call, index: i, value: extracts[i], err: err, field: resource.Field(t)})
		}
	}
	if len(obs) == 0 {
		return nil
	}
	stmt := statementOf(pass, call)
	if blankAssigned(stmt) {
		return nil
	}
	if own.InTestFile(call.Pos()) {
		if discarded(stmt, err != nil && used(err)) {
			// A test that calls it for its error alone, or for its side
			// effects, expects it to fail: against a stub, a bad address,
			// a canceled request.
			return nil
		}
		// A test that keeps the handshake's auth info or the form file's
		// header but assigns the resource to _ says it wants no more of
		// it; it is a fake's or an in-memory one more often than not.
		obs = slices.DeleteFunc(obs, func(ob obligation) bool { return blankAt(stmt, ob.index) })
	}
	return obs
}

// statementOf returns the statement whose expression is call, or nil.
func statementOf(pass *analysis.Pass, call *ssa.Call) ast.Node {
	site := callSyntax(pass, obligation{call: call})
	if len(site.path) < 2 {
		return nil
	}
	return site.path[1]
}

// blankAssigned reports whether stmt assigns every result of its call to the
// blank identifier (_ = bindConnection(...)): as errcheck takes it for an
// error, the code says it drops the resource on purpose, usually because
// it releases itself. `_, err := os.Create(name)` is not such a statement.
func blankAssigned(stmt ast.Node) bool {
	assign, ok := stmt.(*ast.AssignStmt)
	return ok && len(assign.Rhs) == 1 && allBlank(assign.Lhs)
}

// discarded reports whether stmt drops the results of its call: the call
// is a statement of its own, or its results are assigned to the blank
// identifier, all of them or, if keepErr, all but the last.
func discarded(stmt ast.Node, keepErr bool) bool {
	switch stmt := stmt.(type) {
	case *ast.ExprStmt:
		return true
	case *ast.AssignStmt:
		if len(stmt.Rhs) != 1 {
			return false
		}
		lhs := stmt.Lhs
		if keepErr {
			lhs = lhs[:len(lhs)-1]
		}
		return allBlank(lhs)
	}
	return false
}

// blankAt reports whether stmt assigns result i of its call to the blank
// identifier.
func blankAt(stmt ast.Node, i int) bool {
	assign, ok := stmt.(*ast.AssignStmt)
	return ok && len(assign.Rhs) == 1 && i < len(assign.Lhs) && allBlank(assign.Lhs[i:i+1])
}

func allBlank(exprs []ast.Expr) bool {
	for _, e := range exprs {
		if id, ok := e.(*ast.Ident); !ok || id.Name != "_" {
			return false
		}
	}
	return true
}

// used reports whether v has a use.
func used(v ssa.Value) bool {
	refs := v.Referrers()
	return refs != nil && len(*refs) > 0
}

// wrapsBorrowed reports whether call wraps a resource that its function
// does not own: it takes one, besides a receiver, and keeps it where the
// result's teardown closes it, or where the analysis cannot follow. A
// stream passed as an io.Writer counts only where the callee is known to
// keep it so: a storage passed as a plain Queryable to an interface's
// method says nothing. A wrapper whose Close closes only what it was made
// over wraps what the function was given, whatever its type (see
// ownership's WrapsGiven).
func wrapsBorrowed(own *ownership.Info, call *ssa.Call) bool {
	if own.WrapsGiven(&call.Call) {
		return true
	}
	for i, passed := range call.Call.Args {
		arg := ownership.Unconverted(passed)
		if i < firstInside(&call.Call) || !isResource(arg.Type()) || own.MadeHere(arg) {
			continue
		}
		effect, ok := own.ParamEffect(&call.Call, i)
		if !isResource(passed.Type()) && !ok {
			continue
		}
		if effect.Kind != ownership.Returns && madeAround(own, effect, ok) {
			return true
		}
	}
	return false
}

// firstInside returns the index of c's first argument that what c makes
// may be around: a method's receiver makes it, it is not inside it.
func firstInside(c *ssa.CallCommon) int {
	if !c.IsInvoke() && c.Signature().Recv() != nil {
		return 1
	}
	return 0
}

func hasFunc(tuple *types.Tuple) bool {
	for v := range tuple.Variables() {
		if _, ok := v.Type().Underlying().(*types.Signature); ok {
			return true
		}
	}
	return false
}

func isResource(t types.Type) bool { return model.IsResource(t) }

func check(pass *analysis.Pass, own *ownership.Info, rep *report.Reporter, ob obligation) {
	// A discarded result needs no alias, but its error still says on which
	// paths it was made.
	trace := own.Trace(ob.value, ob.field, ob.err)
	wrapped, wrappedGiven := wrappedCloses(own, ob.call, !trace.GivesAway())
	q := flow.Query{
		Start:  ob.call,
		Stop:   func(instr ssa.Instruction) bool { return trace.Handled(instr) || wrapped[instr] },
		Arm:    func(instr ssa.Instruction) bool { return trace.Deferred[instr] },
		Leak:   func(instr ssa.Instruction) bool { return trace.Overwrites[instr] },
		Pruned: trace.Pruned,
		Holds:  trace.IsErr,
		Phis:   trace.ErrPhis(),
		Armed:  deferredBefore(trace, ob.call) || deferredCloseBefore(wrapped, ob.call),

		ArmedPerIteration: trace.CellsIn(ob.call.Block()),
	}
	if fills, ok := own.Fills(ob.value); ok {
		q.Fill = func(instr ssa.Instruction) bool { return fills[instr] }
	}
	escape := q.Escape()
	_, isReturn := escape.(*ssa.Return)
	if (escape == nil || isReturn) && madeOnceInMain(pass, ob) {
		// main returns only to end the process, which releases it.
		return
	}
	// Closing what it wraps releases it wherever it is kept.
	if msg := keptByNonCloser(pass, own, trace); msg != "" && len(wrapped) == 0 && !closedEverywhere(q, trace) {
		reportLeak(pass, rep, ob, msg, false)
		return
	}
	switch {
	case escape == nil:
	case ob.flusher() && (trace.Discharged() || own.InTestFile(ob.call.Pos()) || dropped(pass, ob)):
		// Skipping the close of a flusher on some path gives up output
		// that the path does not want; one dropped where it is made
		// (_, err := gzip.NewWriterLevel(io.Discard, level), a check of
		// the level) has no output; a test that never closes one checks
		// something other than its output.
	case !trace.Discharged() && own.RunsOnce(ob.call.Parent()):
		// A resource that a function run by a sync.Once never closes is
		// a process-wide singleton, as a test binary's shared server.
	case ob.value == nil:
		reportLeak(pass, rep, ob, "is never closed", false)
	case !trace.Discharged() && len(trace.Handovers) > 0:
		reportLeak(pass, rep, ob, handedToNonCloser(pass, own, trace), false)
	case !trace.Discharged() && !wrappedGiven:
		reportLeak(pass, rep, ob, "is never closed", true)
	case escape == ob.call:
		reportLeak(pass, rep, ob, "is not closed before the next iteration of the loop", false)
	case !isReturn:
		line := pass.Fset.Position(escape.Pos()).Line
		reportLeak(pass, rep, ob, fmt.Sprintf("is not closed before its variable is assigned again at line %d", line), false)
	case isLoopBody(escape.Parent()):
		reportLeak(pass, rep, ob, loopBodyExit(pass, escape.(*ssa.Return)), false)
	default:
		line := pass.Fset.Position(returnPos(escape)).Line
		reportLeak(pass, rep, ob, fmt.Sprintf("is not closed on the path that returns at line %d", line), false)
	}
}

// madeOnceInMain reports whether ob's resource is made by the main
// function of a command, outside any loop, and only needs a close to be
// released: it lives as long as the process, which releases it when main
// returns. A flusher's output still needs its close.
func madeOnceInMain(pass *analysis.Pass, ob obligation) bool {
	fn := ob.call.Parent()
	return pass.Pkg.Name() == "main" && fn.Name() == "main" && fn.Parent() == nil && fn.Signature.Recv() == nil &&
		!flow.InCycle(ob.call.Block()) && !ob.flusher()
}

// dropped reports whether ob's resource is dropped where it is made: its
// result is discarded or assigned to the blank identifier.
func dropped(pass *analysis.Pass, ob obligation) bool {
	return ob.value == nil || blankAt(statementOf(pass, ob.call), ob.index)
}

// closedEverywhere reports whether the function closes the resource, or
// hands it to a function that does, on every path of q, whatever else
// keeps it: a field that holds it too holds a copy, as a server's field
// holds the listener that the goroutine serving on it closes.
func closedEverywhere(q flow.Query, trace *ownership.Trace) bool {
	q.Stop = func(instr ssa.Instruction) bool { return trace.Closes[instr] }
	return q.Escape() == nil
}

// keptByNonCloser describes how the resource ends up in a field of a type
// of this package whose teardown does not close that field, or returns "".
// Only a value that outlives the function counts: the receiver or another
// parameter, or a value the function returns.
// It returns "" if another field that comes to hold the resource is
// closed by its owner.
func keptByNonCloser(pass *analysis.Pass, own *ownership.Info, trace *ownership.Trace) string {
	var first string
	for _, instr := range sortedInstrs(trace.Kept) {
		k := trace.Kept[instr]
		msg := notClosedBy(own, k, "it")
		if msg == "" {
			return ""
		}
		st, ok := instr.(*ssa.Store)
		if !ok {
			continue
		}
		if fa, ok := st.Addr.(*ssa.FieldAddr); ok && first == "" && k.Type.Pkg() == pass.Pkg && !token.IsExported(k.Field) && outlives(fa.X) {
			first = fmt.Sprintf("is stored in %s.%s, but %s", k.Type.Name(), k.Field, msg)
		}
	}
	return first
}

// handedToNonCloser describes the first call that keeps the resource in
// a field that its type's teardown does not close.
func handedToNonCloser(pass *analysis.Pass, own *ownership.Info, trace *ownership.Trace) string {
	instr := sortedInstrs(trace.Handovers)[0]
	k := trace.Handovers[instr]
	callee := instr.(ssa.CallInstruction).Common().StaticCallee()
	return fmt.Sprintf("is handed to %s, which keeps it in %s.%s, but %s",
		funcName(pass, callee), k.Type.Name(), k.Field, notClosedBy(own, k, "that field"))
}

// notClosedBy says why k's type does not close k's field, or returns "".
func notClosedBy(own *ownership.Info, k ownership.Keeper, it string) string {
	tf := own.TypeFact(k.Type)
	switch {
	case tf != nil && tf.ClosesField(k.Field):
		return ""
	case tf == nil || tf.Teardown == "":
		return fmt.Sprintf("%s has no %s method", k.Type.Name(), teardownList())
	}
	return fmt.Sprintf("%s never closes %s", tf.Method(k.Type), it)
}

func teardownList() string {
	names := resource.Teardowns()
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// outlives reports whether the struct value x will be reachable after its
// function returns: a parameter, or a value the function returns.
func outlives(x ssa.Value) bool {
	switch x := x.(type) {
	case *ssa.Parameter:
		return true
	case *ssa.Alloc:
		return isReturned(x, make(map[ssa.Value]bool))
	}
	return false
}

func isReturned(v ssa.Value, seen map[ssa.Value]bool) bool {
	if seen[v] {
		return false
	}
	seen[v] = true
	refs := v.Referrers()
	if refs == nil {
		return false
	}
	for _, ref := range *refs {
		switch ref := ref.(type) {
		case *ssa.Return:
			return true
		case *ssa.ChangeType, *ssa.MakeInterface, *ssa.Phi:
			if isReturned(ref.(ssa.Value), seen) {
				return true
			}
		}
	}
	return false
}

func funcName(pass *analysis.Pass, fn *ssa.Function) string {
	if recv := fn.Signature.Recv(); recv != nil {
		if tn := namedOf(recv.Type()); tn != "" {
			return tn + "." + fn.Name()
		}
	}
	if fn.Pkg != nil && fn.Pkg.Pkg != pass.Pkg {
		return fn.Pkg.Pkg.Name() + "." + fn.Name()
	}
	return fn.Name()
}

func namedOf(t types.Type) string {
	ptr := ""
	if p, ok := t.(*types.Pointer); ok {
		t, ptr = p.Elem(), "*"
	}
	if named, ok := types.Unalias(t).(*types.Named); ok {
		if ptr != "" {
			return "(*" + named.Obj().Name() + ")"
		}
		return named.Obj().Name()
	}
	return ""
}

// sortedInstrs returns the keys of m in source order, for deterministic
// reports.
func sortedInstrs[V any](m map[ssa.Instruction]V) []ssa.Instruction {
	instrs := make([]ssa.Instruction, 0, len(m))
	for instr := range m {
		instrs = append(instrs, instr)
	}
	// Instructions without a position (NoPos) are ordered by their place
	// in the function, as map order is not fixed.
	slices.SortFunc(instrs, func(a, b ssa.Instruction) int {
		if c := cmp.Or(cmp.Compare(a.Pos(), b.Pos()), cmp.Compare(a.Block().Index, b.Block().Index)); c != 0 {
			return c
		}
		// Only ties within a block pay for finding their index.
		return cmp.Compare(slices.Index(a.Block().Instrs, a), slices.Index(b.Block().Instrs, b))
	})
	return instrs
}

// wrappedCloses returns the closes, in the caller, of the resources that
// call takes as arguments: a resource made around another one (tls.Client
// around a net.Conn, a handshake's result around its connection) is
// released when the one inside is closed, or when a deferred closure
// closes the variable that holds it. A view, which the function never
// gives away, is also released where the one inside is given away after
// the call, if the callee is known to keep it in a field that the view's
// teardown closes (given): a view made to set a socket option
// (ipv4.NewPacketConn(ln)) leaves nothing behind once ln is handed to the
// proxy that serves on it. A child balancer that its parent keeps, made
// with the parent as its ClientConn, is no view of it.
func wrappedCloses(own *ownership.Info, call *ssa.Call, view bool) (closes map[ssa.Instruction]bool, given bool) {
	for i, arg := range call.Call.Args {
		if i < firstInside(&call.Call) {
			continue
		}
		effect, known := own.ParamEffect(&call.Call, i)
		if !madeAround(own, effect, known) {
			continue
		}
		keptInside := view && known && effect.Kind == ownership.Stores && effect.Field != ""
		for _, v := range heldValues(arg) {
			if !isResource(v.Type()) {
				continue
			}
			tr := own.Trace(v, resource.Field(v.Type()), nil)
			for instr := range tr.Closes {
				closes = addInstr(closes, instr)
			}
			for instr := range tr.Deferred {
				closes = addInstr(closes, instr)
			}
			if !keptInside {
				continue
			}
			for instr := range tr.Gives {
				if instr != call && !flow.Precedes(instr, call) {
					closes = addInstr(closes, instr)
					given = true
				}
			}
		}
	}
	return closes, given
}

// madeAround reports whether what a call makes is around an argument
// that the callee treats as effect says (known: whether it is known), so
// that closing the argument releases it: unless the callee only uses or
// closes the argument (a querier over a database it reads from), or keeps
// it in a field that its type's teardown leaves open, which means the
// teardown releases something else (a query that keeps the storage it
// reads).
func madeAround(own *ownership.Info, effect ownership.Effect, known bool) bool {
	switch {
	case !known:
		return true
	case effect.Kind == ownership.Borrows, effect.Kind == ownership.Closes:
		return false
	case effect.Kind == ownership.Stores && effect.Field != "":
		return own.KeeperCloses(effect)
	}
	return true
}

// heldValues returns the values that arg passes: arg itself, or what was
// stored in the variable it is loaded from (one a closure captures), and
// for a variadic call's argument slice, those of its elements.
func heldValues(arg ssa.Value) []ssa.Value {
	arg = ownership.Unconverted(arg)
	if sl, ok := arg.(*ssa.Slice); ok {
		if array, ok := sl.X.(*ssa.Alloc); ok {
			var vals []ssa.Value
			for _, elem := range storedIn(array) {
				vals = append(vals, loadedFrom(elem)...)
			}
			return vals
		}
	}
	return loadedFrom(arg)
}

// loadedFrom returns what was stored in the variable that v is loaded
// from, or v itself.
func loadedFrom(v ssa.Value) []ssa.Value {
	if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL {
		if cell, ok := load.X.(*ssa.Alloc); ok {
			return storedIn(cell)
		}
	}
	return []ssa.Value{v}
}

// storedIn returns the values stored in a local variable or array.
func storedIn(alloc *ssa.Alloc) []ssa.Value {
	addrs := []ssa.Value{alloc}
	for _, ref := range *alloc.Referrers() {
		if elem, ok := ref.(*ssa.IndexAddr); ok {
			addrs = append(addrs, elem)
		}
	}
	var vals []ssa.Value
	for _, addr := range addrs {
		for _, v := range ownership.StoredAt(addr) {
			vals = append(vals, ownership.Unconverted(v))
		}
	}
	return vals
}

func addInstr(set map[ssa.Instruction]bool, instr ssa.Instruction) map[ssa.Instruction]bool {
	if set == nil {
		set = make(map[ssa.Instruction]bool)
	}
	set[instr] = true
	return set
}

// deferredCloseBefore reports whether one of closes is a defer made
// before call on every path.
func deferredCloseBefore(closes map[ssa.Instruction]bool, call *ssa.Call) bool {
	for instr := range closes {
		if _, ok := instr.(*ssa.Defer); ok && flow.Precedes(instr, call) {
			return true
		}
	}
	return false
}

// deferredBefore reports whether a deferred close of the variable that
// will hold the resource is made before the resource, on every path.
func deferredBefore(trace *ownership.Trace, call *ssa.Call) bool {
	for instr := range trace.Deferred {
		if flow.Precedes(instr, call) {
			return true
		}
	}
	return false
}

func (ob obligation) flusher() bool {
	var callee *types.Func
	if fn := ob.call.Common().StaticCallee(); fn != nil {
		callee, _ = fn.Object().(*types.Func)
	}
	return resource.IsFlusher(resultType(ob.call, ob.index), callee)
}

func resultType(call *ssa.Call, i int) types.Type {
	if tuple, ok := call.Type().(*types.Tuple); ok {
		return tuple.At(i).Type()
	}
	return call.Type()
}

// isLoopBody reports whether fn is the body of a range-over-func loop,
// whose returns continue or leave the loop.
func isLoopBody(fn *ssa.Function) bool {
	_, ok := fn.Syntax().(*ast.RangeStmt)
	return ok
}

// loopBodyExit describes a return of a range-over-func loop body: true
// asks for the next iteration, anything else leaves the loop.
func loopBodyExit(pass *analysis.Pass, ret *ssa.Return) string {
	if len(ret.Results) == 1 {
		if val, ok := flow.ConstBool(ret.Results[0]); ok && val {
			return "is not closed before the next iteration of the loop"
		}
	}
	return fmt.Sprintf("is not closed on the path that leaves the loop at line %d", pass.Fset.Position(returnPos(ret)).Line)
}

// returnPos returns the position of a return, or of the closing brace of
// the function for the implicit return at its end.
func returnPos(ret ssa.Instruction) token.Pos {
	if ret.Pos().IsValid() {
		return ret.Pos()
	}
	if body := ssafuncs.Body(ret.Parent()); body != nil {
		return body.Rbrace
	}
	return ret.Parent().Pos()
}

// reportLeak reports ob, with the message's verb phrase what; fixable asks
// for a suggested "defer x.Close()" where that is mechanical.
func reportLeak(pass *analysis.Pass, rep *report.Reporter, ob obligation, what string, fixable bool) {
	site := callSyntax(pass, ob)
	expr, name := site.expr, site.name
	pos := ob.call.Pos()
	subject := "call"
	if expr != nil {
		pos = expr.Pos()
		subject = types.ExprString(expr.Fun)
	}
	subject += " result"
	if name != "" {
		subject += " " + name
	}
	if ob.field != nil {
		if name == "" {
			subject += "'s " + ob.field.Name()
		} else {
			subject += "." + ob.field.Name()
		}
	}
	d := analysis.Diagnostic{
		Pos:     pos,
		Message: subject + " " + what,
	}
	if fixable {
		d.SuggestedFixes = site.deferClose(pass, ob)
	}
	rep.Report(d)
}

// A callSite is the syntax of the call that made a resource.
type callSite struct {
	expr *ast.CallExpr
	name string     // the variable assigned the resource, or ""
	path []ast.Node // from expr outwards to the file
}

// deferClose suggests "defer x.Close()" after the statement that makes
// x, or after the error check that follows it, when x is a plain variable
// made outside any loop.
func (s callSite) deferClose(pass *analysis.Pass, ob obligation) []analysis.SuggestedFix {
	if s.name == "" || len(s.path) < 3 {
		return nil
	}
	assign, ok := s.path[1].(*ast.AssignStmt)
	if !ok {
		return nil
	}
	block, ok := s.path[2].(*ast.BlockStmt)
	if !ok || inLoop(s.path[2:]) {
		return nil
	}
	at := assign.End()
	for i, stmt := range block.List {
		if stmt == assign && i+1 < len(block.List) && checksErr(block.List[i+1], assign) {
			at = block.List[i+1].End()
		}
	}
	// Insert at the end of the line, after any comment on it.
	file := pass.Fset.File(at)
	if line := file.Line(at); line < file.LineCount() {
		at = file.LineStart(line+1) - 1
	}
	target := s.name
	if ob.field != nil {
		target += "." + ob.field.Name()
	}
	indent := strings.Repeat("\t", pass.Fset.Position(assign.Pos()).Column-1)
	return []analysis.SuggestedFix{{
		Message: "defer " + target + ".Close()",
		TextEdits: []analysis.TextEdit{{
			Pos:     at,
			End:     at,
			NewText: []byte("\n" + indent + "defer " + target + ".Close()"),
		}},
	}}
}

// inLoop reports whether the innermost function of path runs its first
// node inside a loop.
func inLoop(path []ast.Node) bool {
	for _, n := range path {
		switch n.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			return true
		case *ast.FuncDecl, *ast.FuncLit:
			return false
		}
	}
	return false
}

// checksErr reports whether stmt is "if err != nil { ... }" on the last
// variable that assign sets, with no else.
func checksErr(stmt ast.Stmt, assign *ast.AssignStmt) bool {
	ifStmt, ok := stmt.(*ast.IfStmt)
	if !ok || ifStmt.Init != nil || ifStmt.Else != nil {
		return false
	}
	cond, ok := ifStmt.Cond.(*ast.BinaryExpr)
	if !ok || cond.Op != token.NEQ {
		return false
	}
	x, ok1 := cond.X.(*ast.Ident)
	y, ok2 := cond.Y.(*ast.Ident)
	last, ok3 := assign.Lhs[len(assign.Lhs)-1].(*ast.Ident)
	return ok1 && ok2 && ok3 && x.Name == last.Name && y.Name == "nil"
}

// callSyntax finds the call expression of ob and the name of the variable
// its result is assigned to, if any.
func callSyntax(pass *analysis.Pass, ob obligation) callSite {
	lparen := ob.call.Pos()
	for _, file := range pass.Files {
		if file.FileStart > lparen || lparen > file.FileEnd {
			continue
		}
		path, _ := astutil.PathEnclosingInterval(file, lparen, lparen)
		for i, node := range path {
			call, ok := node.(*ast.CallExpr)
			if !ok || call.Lparen != lparen {
				continue
			}
			site := callSite{expr: call, path: path[i:]}
			if i+1 < len(path) {
				site.name = assignedName(path[i+1], call, ob.index)
			}
			return site
		}
	}
	return callSite{}
}

// assignedName returns the name that parent, an assignment or declaration,
// gives to result index of call.
func assignedName(parent ast.Node, call *ast.CallExpr, index int) string {
	var lhs []ast.Expr
	var rhs []ast.Expr
	switch parent := parent.(type) {
	case *ast.AssignStmt:
		lhs, rhs = parent.Lhs, parent.Rhs
	case *ast.ValueSpec:
		for _, id := range parent.Names {
			lhs = append(lhs, id)
		}
		rhs = parent.Values
	default:
		return ""
	}
	if len(rhs) > 1 {
		for i, r := range rhs {
			if r == call {
				index = i
			}
		}
	}
	if index >= len(lhs) {
		return ""
	}
	if id, ok := lhs[index].(*ast.Ident); ok && id.Name != "_" {
		return id.Name
	}
	return ""
}
