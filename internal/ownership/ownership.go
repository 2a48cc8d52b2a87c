// Package ownership computes, and shares across packages as facts, who owns
// the resources that cross a function's boundary: whether a caller must
// close what a function returns.
package ownership

import (
	"fmt"
	"go/token"
	"go/types"
	"iter"
	"maps"
	"reflect"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/ssa"

	"github.com/closecheck/closecheck/internal/flow"
	"github.com/closecheck/closecheck/internal/resource"
	"github.com/closecheck/closecheck/internal/ssafuncs"
)

// Analyzer exports a FuncFact for every function and method that takes or
// returns a resource or is an error predicate, a TypeFact for every type with a teardown method,
// and gives the passes that require it an *Info.
var Analyzer = &analysis.Analyzer{
	Name:       "ownership",
	Doc:        "compute who owns the resources that cross function boundaries, and what teardowns close",
	Requires:   []*analysis.Analyzer{buildssa.Analyzer},
	Run:        run,
	FactTypes:  []analysis.Fact{new(FuncFact), new(TypeFact)},
	ResultType: reflect.TypeFor[*Info](),
}

// A FuncFact records what a function does with the resources that cross
// its boundary.
type FuncFact struct {
	// Borrowed lists the results that are resources the caller does not
	// own: read from a parameter, field or global, rather than made by the
	// function or a call whose result it owns; or that need no close, as
	// every value returned there has a Close that releases nothing.
	Borrowed []int
	// Params says, by parameter index (receiver first), what the function
	// does with each parameter that is a resource.
	Params []Effect
	// ErrorIfTrue lists the error parameters that are non-nil whenever the
	// function, a predicate, returns true.
	ErrorIfTrue []int
	// ReleasesNothing says that the function is a Close method that
	// releases nothing.
	ReleasesNothing bool
	// Hooks and Via say that the function is a Close method that
	// releases nothing but what the callbacks in the fields Hooks of its
	// receiver do, and what it closes in the fields Via, which its
	// package sets only where it makes a receiver.
	Hooks []string
	Via   []string
	// InertWith lists the parameters whose arguments, when each is nil
	// or needs no close, make the first result need no close either.
	InertWith []int
	// NeverFails says that the function's last result is an error that
	// is nil on every return.
	NeverFails bool
	// Recycles says that the function gives memory back to a sync.Pool
	// and releases nothing else.
	Recycles bool
	// Empty lists the results that are values of a lazy type made with
	// the fields their Close releases empty (see TypeFact.Lazy).
	Empty []int
}

func (*FuncFact) AFact() {}

func (f *FuncFact) String() string {
	var parts []string
	if len(f.Borrowed) > 0 {
		parts = append(parts, fmt.Sprintf("borrowed results %v", f.Borrowed))
	}
	for i, e := range f.Params {
		if e.Kind != None {
			parts = append(parts, fmt.Sprintf("param %d %s", i, e))
		}
	}
	if len(f.ErrorIfTrue) > 0 {
		parts = append(parts, fmt.Sprintf("true only for errors %v", f.ErrorIfTrue))
	}
	if f.ReleasesNothing {
		parts = append(parts, "releases nothing")
	}
	if len(f.Hooks) > 0 {
		parts = append(parts, fmt.Sprintf("releases what hooks %v do", f.Hooks))
	}
	if len(f.Via) > 0 {
		parts = append(parts, fmt.Sprintf("releases what fields %v hold", f.Via))
	}
	if len(f.InertWith) > 0 {
		parts = append(parts, fmt.Sprintf("result needs no close with inert params %v", f.InertWith))
	}
	if f.NeverFails {
		parts = append(parts, "never fails")
	}
	if f.Recycles {
		parts = append(parts, "recycles")
	}
	if len(f.Empty) > 0 {
		parts = append(parts, fmt.Sprintf("empty results %v", f.Empty))
	}
	return strings.Join(parts, "; ")
}

// Info answers ownership questions about calls in the current package.
type Info struct {
	pass   *analysis.Pass
	ssa    *buildssa.SSA
	pkg    *ssa.Package
	local  map[*ssa.Function]*FuncFact
	active map[*ssa.Function]bool
	// While a recursion is computed, the facts of the functions it passes
	// through depend on the fact of the one it came back to, which is not
	// known yet: they are provisional, kept until it is known.
	cycleHeads  map[*ssa.Function]bool // active functions found again, in the current computation
	provisional map[*ssa.Function]*FuncFact
	types       map[*types.TypeName]*TypeFact
	impls       map[implKey]bool // whether callers own results of interface methods

	srcFuncs         []*ssa.Function
	globalFuncs      map[globalView]*ssa.Function             // see funcInGlobal
	tables           map[*ssa.Global][]*ssa.Function          // see funcsInTable
	lateFields       map[structField]bool                     // see setAfterMade
	packages         map[string]*types.Package                // by path: this one and its dependencies
	releasedAnywhere map[*types.TypeName]releases             // see releasedInPackage
	calls            map[*ssa.Function][]*ssa.Call            // see callsOf
	noting           bool                                     // while releasedAnywhere is computed
	reaching         map[ssa.Value]map[*ssa.UnOp][]*ssa.Store // see storesReaching
	checking         map[*ssa.Alloc]bool                      // see needsNoClose
	lazies           map[*types.Named]*lazyType               // see lazyOf
	apiFields        map[*types.Var]bool                      // see reachable
	once             ssafuncs.Once                            // see RunsOnce
}

func run(pass *analysis.Pass) (any, error) {
	ssainfo := pass.ResultOf[buildssa.Analyzer].(*buildssa.SSA)
	info := &Info{
		pass:   pass,
		ssa:    ssainfo,
		pkg:    ssainfo.Pkg,
		local:  make(map[*ssa.Function]*FuncFact),
		active: make(map[*ssa.Function]bool),
		types:  make(map[*types.TypeName]*TypeFact),

		cycleHeads:  make(map[*ssa.Function]bool),
		provisional: make(map[*ssa.Function]*FuncFact),
		impls:       make(map[implKey]bool),

		srcFuncs: ssainfo.SrcFuncs,
		reaching: make(map[ssa.Value]map[*ssa.UnOp][]*ssa.Store),
		checking: make(map[*ssa.Alloc]bool),
		lazies:   make(map[*types.Named]*lazyType),
	}
	for _, fn := range ssainfo.SrcFuncs {
		obj, ok := fn.Object().(*types.Func)
		if !ok || fn.Parent() != nil {
			continue
		}
		if fact := info.factOf(fn); fact != nil {
			pass.ExportObjectFact(obj, fact)
		}
	}
	info.exportTypeFacts()
	info.exportGlobalFacts()
	return info, nil
}

// CallerOwns reports whether the caller of c owns result i of the call:
// the callee made it, or the callee is unknown (a function value or an
// interface method), in which case the caller is presumed to own it.
func (info *Info) CallerOwns(c *ssa.CallCommon, i int) bool {
	if info.releasesNothing(c.Signature().Results().At(i).Type()) || sendsHead(c) {
		return false
	}
	if c.IsInvoke() {
		return !resource.NotOwned(c.Method) && info.implementationsOwn(c.Value.Type(), c.Method, i, info.InTestFile(c.Pos()))
	}
	fact, known := info.callFact(c)
	if !known || fact == nil {
		return true
	}
	if i == 0 && len(fact.InertWith) > 0 && info.argsInert(c, fact.InertWith) {
		return false
	}
	return !slices.Contains(fact.Borrowed, i) && !info.wrapsOnlyInert(c, fact, i)
}

// MadeHere reports whether v, a value of the current package's code, is a
// resource its function made or owns: not one read from a parameter, a
// captured variable, a field or a global, nor a borrowed call result.
func (info *Info) MadeHere(v ssa.Value) bool {
	var sources []ssa.Value
	return info.origin(v, make(map[ssa.Value]bool), &sources) != borrowed
}

// implementationsOwn reports whether the caller of method m of interface
// type iface owns result i, judging by the implementations that the
// current package and the interface's own package declare: if there are
// some and every one of them hands out a resource it keeps (a pool's
// GetConn, a CLI's Client()), the caller does not own it. With no
// implementation in sight the caller is presumed to, unless the method is
// a getter named for what it returns. The test doubles of _test.go files
// count only for calls in test files: the package's own code calls the
// implementations it ships with, and says the same of them whether its
// tests are compiled with it or not.
func (info *Info) implementationsOwn(iface types.Type, m *types.Func, i int, fromTest bool) bool {
	key := implKey{m, i, fromTest}
	if owns, ok := info.impls[key]; ok {
		return owns
	}
	// A cycle through this method, and an implementation still being
	// judged (one that wraps another and calls this method on it, as a
	// routed host's Network() is its inner host's), presume what the
	// method's name says: a getter's result stays the implementation's,
	// Hijack's is the caller's.
	getter := namedForResult(m, i) || looksUp(m)
	info.impls[key] = !getter
	judged := 0
	for _, fn := range info.implementationsOf(iface, m, fromTest) {
		if info.active[fn] && getter {
			continue
		}
		judged++
		if fact := info.factOf(fn); fact == nil || !slices.Contains(fact.Borrowed, i) {
			info.impls[key] = true
			return true
		}
	}
	owns := judged == 0 && !getter
	info.impls[key] = owns
	return owns
}

// implementationsClose reports whether every implementation of method m
// of iface in sight (see implementationsOf) closes its receiver, and
// there is one: go-git's iterators, whose ForEach closes them when it
// returns.
func (info *Info) implementationsClose(iface types.Type, m *types.Func, fromTest bool) bool {
	key := implKey{m, -1, fromTest}
	if closes, ok := info.impls[key]; ok {
		return closes
	}
	info.impls[key] = false // a cycle through this method presumes no close
	impls := info.implementationsOf(iface, m, fromTest)
	for _, fn := range impls {
		fact := info.factOf(fn)
		if fact == nil || len(fact.Params) == 0 || fact.Params[0].Kind != Closes {
			return false
		}
	}
	info.impls[key] = len(impls) > 0
	return len(impls) > 0
}

// implementationsOf returns the implementations of method m of iface
// that the package and m's own package declare, but those of test files
// for a call from outside them.
func (info *Info) implementationsOf(iface types.Type, m *types.Func, fromTest bool) []*ssa.Function {
	it, ok := iface.Underlying().(*types.Interface)
	if !ok {
		return nil
	}
	scopes := []*types.Scope{info.pass.Pkg.Scope()}
	if m.Pkg() != nil && m.Pkg() != info.pass.Pkg {
		scopes = append(scopes, m.Pkg().Scope())
	}
	var impls []*ssa.Function
	for _, scope := range scopes {
		for _, name := range scope.Names() {
			obj := scope.Lookup(name)
			if !fromTest && info.InTestFile(obj.Pos()) {
				continue
			}
			if fn := info.implementation(obj, it, m); fn != nil {
				impls = append(impls, fn)
			}
		}
	}
	return impls
}

// namedForResult reports whether m, which takes no arguments, is named
// for the type of its result i, as Go names getters: Client() APIClient,
// PollFD() *poll.FD, Conn() net.Conn. Such a method hands out what its
// receiver holds. A name that starts with a verb that makes or acquires
// (NewClient, OpenFD, Accept) is a constructor's.
func namedForResult(m *types.Func, i int) bool {
	sig := m.Signature()
	if sig.Params().Len() > 0 || sig.Variadic() {
		return false
	}
	t := sig.Results().At(i).Type()
	if ptr, ok := t.(*types.Pointer); ok {
		t = ptr.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return false
	}
	method, typ := camelWords(m.Name()), camelWords(named.Obj().Name())
	switch {
	case len(method) <= len(typ):
		return slices.EqualFunc(method, typ[len(typ)-len(method):], strings.EqualFold)
	default:
		return slices.EqualFunc(typ, method[len(method)-len(typ):], strings.EqualFold) && !makerVerbs[method[0]]
	}
}

// looksUp reports whether m is given only names (and a context), cannot
// fail and does not say that it makes or acquires: SnapshotService(name)
// hands out what its implementation holds under that name. A constructor
// that is given only a name (an address, a path) can fail, and says so
// with an error.
func looksUp(m *types.Func) bool {
	sig := m.Signature()
	params := sig.Params()
	if sig.Results().Len() != 1 || sig.Variadic() || params.Len() == 0 || makerVerbs[camelWords(m.Name())[0]] {
		return false
	}
	for j := range params.Len() {
		t := params.At(j).Type()
		if j == 0 && resource.IsContext(t) {
			continue
		}
		if b, ok := t.(*types.Basic); !ok || b.Kind() != types.String {
			return false
		}
	}
	return true
}

// makerVerbs start the names of methods that make or acquire what they
// return.
var makerVerbs = map[string]bool{
	"Accept": true, "Acquire": true, "Alloc": true, "Begin": true,
	"Clone": true, "Connect": true, "Create": true, "Dial": true,
	"Dup": true, "Listen": true, "Make": true, "New": true,
	"Open": true, "Spawn": true, "Start": true,
}

// camelWords splits a Go identifier into its words: APIClient into API
// and Client, PollFD into Poll and FD.
func camelWords(name string) []string {
	r := []rune(name)
	var words []string
	start := 0
	for i := 1; i < len(r); i++ {
		nextLower := i+1 < len(r) && unicode.IsLower(r[i+1])
		if unicode.IsUpper(r[i]) && (!unicode.IsUpper(r[i-1]) || nextLower) {
			words = append(words, string(r[start:i]))
			start = i
		}
	}
	return append(words, string(r[start:]))
}

// implementation returns the method that implements m of it for the
// type obj declares, or nil if obj declares no such type.
func (info *Info) implementation(obj types.Object, it *types.Interface, m *types.Func) *ssa.Function {
	tn, ok := obj.(*types.TypeName)
	if !ok || tn.IsAlias() || types.IsInterface(tn.Type()) {
		return nil
	}
	if named, ok := tn.Type().(*types.Named); !ok || named.TypeParams().Len() > 0 {
		return nil
	}
	ptr := types.NewPointer(tn.Type())
	if !types.Implements(ptr, it) {
		return nil
	}
	sel, _, _ := types.LookupFieldOrMethod(ptr, false, m.Pkg(), m.Name())
	impl, ok := sel.(*types.Func)
	if !ok {
		return nil
	}
	return info.pkg.Prog.FuncValue(impl)
}

type implKey struct {
	method   *types.Func
	result   int
	fromTest bool // see implementationsOwn
}

// RunsOnce reports whether fn runs inside a package-level sync.Once (see
// ssafuncs.OnceFuncs): what it makes and keeps, it keeps for the process.
func (info *Info) RunsOnce(fn *ssa.Function) bool {
	if info.once == nil {
		info.once = ssafuncs.OnceFuncs(info.pkg, ssafuncs.All(info.ssa))
	}
	return info.once.Runs(fn)
}

// InTestFile reports whether pos is in a _test.go file.
func (info *Info) InTestFile(pos token.Pos) bool {
	f := info.pass.Fset.File(pos)
	return f != nil && strings.HasSuffix(f.Name(), "_test.go")
}

// ParamEffect returns what the callee of c does with its i-th argument
// (the receiver first, for a static method call), and false if it is not
// known: a function value, an interface method, or no fact. Unlike what
// a call returns, what it does with an argument is not followed through
// local variables and tables of functions: on the standard library and
// the corpus, that found only values whose Close they need not call
// (runtime's ProfBuf handed to its test's read and write closures).
func (info *Info) ParamEffect(c *ssa.CallCommon, i int) (Effect, bool) {
	fact, _ := info.staticFact(c)
	if fact == nil || i >= len(fact.Params) || fact.Params[i].Kind == None {
		return Effect{}, false
	}
	return fact.Params[i], true
}

// factOf returns the fact of fn: computed if fn is of this package,
// imported otherwise; nil if fn returns no resource or is unknown.
func (info *Info) factOf(fn *ssa.Function) *FuncFact {
	if fn.Pkg != info.pkg {
		obj, ok := fn.Object().(*types.Func)
		if !ok {
			return nil
		}
		fact := new(FuncFact)
		if !info.pass.ImportObjectFact(obj, fact) {
			return nil
		}
		return fact
	}
	if fact, ok := info.local[fn]; ok {
		return fact
	}
	if fact, ok := info.provisional[fn]; ok {
		return fact
	}
	if info.active[fn] {
		// Recursion: the callee is unknown, as a function value is, and
		// what the functions in between learn is provisional.
		info.cycleHeads[fn] = true
		return nil
	}
	info.active[fn] = true
	outer := info.cycleHeads
	info.cycleHeads = make(map[*ssa.Function]bool)
	fact := info.compute(fn)
	delete(info.active, fn)
	if info.cycleHeads[fn] {
		// fn's fact is what the provisional ones depended on.
		delete(info.cycleHeads, fn)
		clear(info.provisional)
	}
	if len(info.cycleHeads) == 0 {
		info.local[fn] = fact
	} else {
		info.provisional[fn] = fact
	}
	maps.Copy(outer, info.cycleHeads)
	info.cycleHeads = outer
	return fact
}

// compute returns fn's fact, or nil when fn has nothing to say: no
// resource crosses its boundary and it is no error predicate.
func (info *Info) compute(fn *ssa.Function) *FuncFact {
	if len(fn.Blocks) == 0 {
		return nil
	}
	fact := new(FuncFact)
	worthAFact := false
	results := fn.Signature.Results()
	for i := range results.Len() {
		if !isResource(results.At(i).Type()) && !isTypeParam(results.At(i).Type()) {
			continue
		}
		worthAFact = true
		o := neutral
		var sources []ssa.Value
		for _, b := range fn.Blocks {
			if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && i < len(ret.Results) {
				o = o.join(info.origin(ret.Results[i], make(map[ssa.Value]bool), &sources))
			}
		}
		if o != made || info.notHandedOver(fn, sources, resource.Field(results.At(i).Type())) || info.returnsInert(fn, i) {
			fact.Borrowed = append(fact.Borrowed, i)
		}
	}
	for i, p := range fn.Params {
		if !mayCarry(p.Type()) {
			continue
		}
		if fact.Params == nil {
			fact.Params = make([]Effect, len(fn.Params))
		}
		worthAFact = true
		fact.Params[i] = info.paramEffect(p)
	}
	if fact.ErrorIfTrue = info.errorIfTrue(fn); len(fact.ErrorIfTrue) > 0 {
		worthAFact = true
	}
	if hooks, via, ok := info.closeHooks(fn); ok {
		fact.ReleasesNothing, fact.Hooks, fact.Via = len(hooks)+len(via) == 0, hooks, via
		worthAFact = true
	}
	if results.Len() > 0 && isResource(results.At(0).Type()) && !slices.Contains(fact.Borrowed, 0) {
		if fact.InertWith = info.inertWith(fn); len(fact.InertWith) > 0 {
			worthAFact = true
		}
	}
	if fact.NeverFails = info.neverFails(fn); fact.NeverFails {
		worthAFact = true
	}
	if fact.Empty = info.emptyResults(fn); len(fact.Empty) > 0 {
		worthAFact = true
	}
	if fact.Recycles = info.recycles(fn); fact.Recycles {
		worthAFact = true
	}
	if !worthAFact {
		return nil
	}
	return fact
}

// packageInstrs yields the instructions of the package's code, those of
// its initializer included.
func (info *Info) packageInstrs() iter.Seq[ssa.Instruction] {
	return func(yield func(ssa.Instruction) bool) {
		for _, fn := range append([]*ssa.Function{info.pkg.Func("init")}, info.srcFuncs...) {
			if fn == nil {
				continue
			}
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					if !yield(instr) {
						return
					}
				}
			}
		}
	}
}

func isResource(t types.Type) bool {
	return resource.IsCloser(t) || resource.Field(t) != nil
}

// isTypeParam reports whether t is a type parameter, which an instance
// may make a resource: a generic registry's Get hands out what it keeps,
// whatever it keeps.
func isTypeParam(t types.Type) bool {
	_, ok := types.Unalias(t).(*types.TypeParam)
	return ok
}

// keptByFunction reports whether traces, of the values a function makes
// and returns, show that it keeps one of them: it registers its close, as
// a test helper does with t.Cleanup, hands it to a goroutine or a call
// that keeps it (go srv.Serve(ln), grpc.WithResolvers(r)), or stores it
// where it outlives the call (a field of the receiver, a global, a map
// that one of them holds: a cache's getOrCreate). Then the function, or
// whoever it handed the value to, owns it, not the caller. A value whose
// Close deletes it from a map is not kept by being put there: the map is
// a table of the open ones, and the caller's Close is what takes it out.
func (info *Info) keptByFunction(traces []*Trace) bool {
	for _, tr := range traces {
		if len(tr.Registered) > 0 || len(tr.Shared) > 0 {
			return true
		}
		for instr := range tr.Gives {
			switch instr := instr.(type) {
			case *ssa.Store:
				if storesOutside(instr.Addr) {
					return true
				}
			case *ssa.MapUpdate:
				if mapOutside(instr.Map, make(map[ssa.Value]bool)) && !info.unregisters(instr.Value.Type()) {
					return true
				}
			}
		}
	}
	return false
}

// closedOnReturn reports whether fn closes each of the values it makes
// and returns as it returns: a closure it defers before any of its
// returns closes it on every path but where it is nil, or every path
// from where it is made closes it before a return. A client's Do that
// reads the whole body and closes it, in a defer or on each way out,
// hands its caller a closed response.
func (info *Info) closedOnReturn(fn *ssa.Function, traces []*Trace) bool {
	for _, tr := range traces {
		if !info.deferredClose(fn, tr) && !closedBeforeReturns(tr) {
			return false
		}
	}
	return len(traces) > 0
}

// errorWith returns the error that the call which made v returned with
// it, or nil.
func errorWith(v ssa.Value) ssa.Value {
	ex, ok := v.(*ssa.Extract)
	if !ok {
		return nil
	}
	call, ok := ex.Tuple.(*ssa.Call)
	if !ok {
		return nil
	}
	tuple := call.Type().(*types.Tuple)
	last := tuple.Len() - 1
	if !types.Identical(tuple.At(last).Type(), errorType) {
		return nil
	}
	for _, ref := range *call.Referrers() {
		if e, ok := ref.(*ssa.Extract); ok && e.Index == last {
			return e
		}
	}
	return nil
}

// closedBeforeReturns reports whether every path from where the value
// that tr traces is made closes it before the function returns, but
// those where it was not made (its error is not nil). Only a call that
// the function makes closes it then: a goroutine that closes it when it
// is done with it leaves it open for the caller in the meantime.
func closedBeforeReturns(tr *Trace) bool {
	start, ok := tr.origin.(ssa.Instruction)
	if !ok || len(tr.Closes) == 0 {
		return false
	}
	closes := func(instr ssa.Instruction) bool {
		_, call := instr.(*ssa.Call)
		return call && tr.Closes[instr] && instr.Parent() == start.Parent()
	}
	q := flow.Query{
		Start:  start,
		Stop:   closes,
		Pruned: tr.Pruned,
		Holds:  tr.IsErr,
	}
	return q.Escape() == nil
}

// notHandedOver reports whether fn, which makes the values of sources
// and returns them (their resource is field when they only hold one),
// keeps them or closes them, so that its caller gets nothing to close.
// Each value is traced once for both questions.
func (info *Info) notHandedOver(fn *ssa.Function, sources []ssa.Value, field *types.Var) bool {
	traces := make([]*Trace, len(sources))
	for i, v := range sources {
		traces[i] = info.Trace(v, field, errorWith(v))
	}
	return info.keptByFunction(traces) || info.closedOnReturn(fn, traces)
}

// deferredClose reports whether one of the defers of tr runs before each
// of fn's returns and closes the value on every path.
func (info *Info) deferredClose(fn *ssa.Function, tr *Trace) bool {
	for instr := range tr.Deferred {
		if d, ok := instr.(*ssa.Defer); ok && precedesReturns(d, fn) && info.closesAlways(tr, d) {
			return true
		}
	}
	return false
}

// precedesReturns reports whether instr runs before each of fn's returns
// but the one of its recover block, which only a panic reaches.
func precedesReturns(instr ssa.Instruction, fn *ssa.Function) bool {
	for _, b := range fn.Blocks {
		if b == fn.Recover {
			continue
		}
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && !flow.Precedes(instr, ret) {
			return false
		}
	}
	return true
}

// closesAlways reports whether d defers a closure that closes what tr
// traces on every path through its body but those where it is nil.
func (info *Info) closesAlways(tr *Trace, d *ssa.Defer) bool {
	mc, ok := d.Call.Value.(*ssa.MakeClosure)
	if !ok {
		return false
	}
	fn, ok := mc.Fn.(*ssa.Function)
	if !ok || len(fn.Blocks) == 0 || len(fn.Blocks[0].Instrs) == 0 {
		return false
	}
	for i, b := range mc.Bindings {
		if !tr.cells[b] || i >= len(fn.FreeVars) {
			continue
		}
		inner := info.newTrace(tr.field, 1)
		inner.cell(fn.FreeVars[i], tr.field != nil)
		q := flow.Query{
			Start:  fn.Blocks[0].Instrs[0],
			Stop:   inner.Handled,
			Pruned: inner.Pruned,
			Holds:  inner.IsErr,
		}
		if len(inner.Closes) > 0 && q.Escape() == nil {
			return true
		}
	}
	return false
}

// storesOutside reports whether addr is memory that outlives the call: a
// global, or a field or element of something a parameter reaches.
func storesOutside(addr ssa.Value) bool {
	for {
		switch a := addr.(type) {
		case *ssa.Global, *ssa.Parameter, *ssa.FreeVar:
			return true
		case *ssa.FieldAddr:
			addr = a.X
		case *ssa.IndexAddr:
			addr = a.X
		case *ssa.UnOp:
			addr = a.X
		default:
			return false
		}
	}
}

// unregisters reports whether t's Close, in this package, deletes from
// a map, itself or through the package's functions it calls.
func (info *Info) unregisters(t types.Type) bool {
	return info.deletes(info.closeFunc(t), 3)
}

func (info *Info) deletes(fn *ssa.Function, depth int) bool {
	if fn == nil || fn.Pkg != info.pkg || depth == 0 {
		return false
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				continue
			}
			if isBuiltin(call.Common(), "delete") {
				return true
			}
			if info.deletes(call.Common().StaticCallee(), depth-1) {
				return true
			}
		}
	}
	return false
}

// mapOutside reports whether m is a map that outlives the call: the
// caller's, one read from where storesOutside would store, an element of
// such a map of maps, or one the function makes and puts in such a place
// (poms[topic] = make(map[int32]*pom)).
func mapOutside(m ssa.Value, seen map[ssa.Value]bool) bool {
	if seen[m] {
		return false
	}
	seen[m] = true
	switch m := m.(type) {
	case *ssa.Parameter, *ssa.FreeVar:
		return true
	case *ssa.UnOp:
		return m.Op == token.MUL && storesOutside(m.X)
	case *ssa.Lookup:
		return mapOutside(m.X, seen)
	case *ssa.Extract:
		if l, ok := m.Tuple.(*ssa.Lookup); ok && m.Index == 0 {
			return mapOutside(l.X, seen)
		}
	case *ssa.Phi:
		for _, e := range m.Edges {
			if !mapOutside(e, seen) {
				return false
			}
		}
		return len(m.Edges) > 0
	case *ssa.MakeMap:
		for _, ref := range *m.Referrers() {
			switch ref := ref.(type) {
			case *ssa.MapUpdate:
				if ref.Value == m && mapOutside(ref.Map, seen) {
					return true
				}
			case *ssa.Store:
				if ref.Val == m && storesOutside(ref.Addr) {
					return true
				}
			}
		}
	}
	return false
}

// An origin classifies where a returned value comes from.
type origin int

const (
	neutral  origin = iota // nil, or nothing yet
	made                   // made by the function or a call it owns the result of
	borrowed               // read from a parameter, field, global or collection
)

// join combines the origins of the values that can flow into one place:
// borrowed on any path makes the whole borrowed.
func (o origin) join(p origin) origin { return max(o, p) }

// origin classifies v and adds the values that made it to sources.
func (info *Info) origin(v ssa.Value, seen map[ssa.Value]bool, sources *[]ssa.Value) origin {
	if seen[v] {
		return neutral
	}
	seen[v] = true
	switch v := v.(type) {
	case *ssa.Const:
		return neutral
	case *ssa.Call:
		return info.callOrigin(v, v.Common(), 0, sources)
	case *ssa.Extract:
		switch t := v.Tuple.(type) {
		case *ssa.Call:
			return info.callOrigin(v, t.Common(), v.Index, sources)
		case *ssa.TypeAssert:
			return info.origin(t.X, seen, sources)
		case *ssa.Select:
			*sources = append(*sources, v)
			return made // received: handed over with the value
		}
		return info.container(v.Tuple, seen)
	case *ssa.Alloc:
		*sources = append(*sources, v)
		return made
	case *ssa.MakeInterface:
		return info.origin(v.X, seen, sources)
	case *ssa.ChangeType:
		return info.origin(v.X, seen, sources)
	case *ssa.ChangeInterface:
		return info.origin(v.X, seen, sources)
	case *ssa.Convert:
		return info.origin(v.X, seen, sources)
	case *ssa.MultiConvert:
		return info.origin(v.X, seen, sources)
	case *ssa.TypeAssert:
		return info.origin(v.X, seen, sources)
	case *ssa.Phi:
		o := neutral
		for _, e := range v.Edges {
			o = o.join(info.origin(e, seen, sources))
		}
		return o
	case *ssa.UnOp:
		switch v.Op {
		case token.ARROW:
			*sources = append(*sources, v)
			return made // received: handed over with the value
		case token.MUL:
			if cell, ok := v.X.(*ssa.Alloc); ok {
				return info.storedOrigin(cell, seen, sources)
			}
			return info.container(v.X, seen)
		}
	case *ssa.Field:
		return info.container(v.X, seen)
	case *ssa.Index:
		return info.container(v.X, seen)
	case *ssa.Lookup:
		return info.container(v.X, seen)
	}
	return borrowed
}

// container classifies a value read out of x: out of memory that x
// addresses, an aggregate x, or a channel receive x. What comes through a
// channel, or out of a local composite, is handed over with it; what is
// read out of a parameter, a captured variable or a global stays theirs.
func (info *Info) container(x ssa.Value, seen map[ssa.Value]bool) origin {
	if seen[x] {
		return neutral
	}
	seen[x] = true
	switch x := x.(type) {
	case *ssa.Alloc:
		return info.allocContainer(x)
	case *ssa.Select:
		return made
	case *ssa.UnOp:
		if x.Op == token.ARROW {
			return made
		}
		return info.container(x.X, seen)
	case *ssa.FieldAddr:
		return info.container(x.X, seen)
	case *ssa.IndexAddr:
		return info.container(x.X, seen)
	case *ssa.Field:
		return info.container(x.X, seen)
	case *ssa.Index:
		return info.container(x.X, seen)
	case *ssa.Lookup:
		return info.container(x.X, seen)
	case *ssa.Extract:
		return info.container(x.Tuple, seen)
	case *ssa.Phi:
		o := neutral
		for _, e := range x.Edges {
			o = o.join(info.container(e, seen))
		}
		return o
	}
	return borrowed
}

// allocContainer says where the values in a local variable come from:
// the function's own, unless the variable holds the receiver or a
// pointer parameter, spilled because a closure captures it or a field of
// it is addressed: what is read through it is the caller's, as it is
// through the parameter itself (fakeCLI.Client() returning c.fakeClient
// is a getter; a handler's r.Body is the server's when a deferred closure
// captures r). A struct passed by value is the function's copy: what a
// closure returns out of the response it is handed is its caller's to
// close. Other values copied in, such as a message received from a
// channel and passed to a closure, keep counting as the function's own.
func (info *Info) allocContainer(cell *ssa.Alloc) origin {
	fn := cell.Parent()
	if fn == nil {
		return made
	}
	for _, ref := range *cell.Referrers() {
		if st, ok := ref.(*ssa.Store); ok && st.Addr == cell {
			if p, ok := st.Val.(*ssa.Parameter); ok && spilledBorrowed(fn, p) {
				return borrowed
			}
		}
	}
	return made
}

// spilledBorrowed reports whether p, a parameter of fn held in a
// variable in memory, lends what is read through it: the receiver, or a
// pointer.
func spilledBorrowed(fn *ssa.Function, p *ssa.Parameter) bool {
	i := slices.Index(fn.Params, p)
	if i < 0 {
		return false
	}
	_, isPtr := p.Type().Underlying().(*types.Pointer)
	return isPtr || i == 0 && fn.Signature.Recv() != nil
}

// storedOrigin joins the origins of every value stored into a local
// variable that lives in memory (captured, or a named result with defers).
func (info *Info) storedOrigin(cell *ssa.Alloc, seen map[ssa.Value]bool, sources *[]ssa.Value) origin {
	vals := StoredAt(cell)
	if len(vals) == 0 {
		return made // a composite literal built field by field
	}
	o := neutral
	for _, v := range vals {
		o = o.join(info.origin(v, seen, sources))
	}
	return o
}

func (info *Info) callOrigin(v ssa.Value, c *ssa.CallCommon, i int, sources *[]ssa.Value) origin {
	if info.CallerOwns(c, i) || completed(v) {
		*sources = append(*sources, v)
		return made
	}
	return borrowed
}

// completed reports whether the function stores a resource in a field of
// v, finishing what the call that returned v began: elf.Open stores the
// file it opened in the closer field of what elf.NewFile returns, whose
// Close does nothing without it.
func completed(v ssa.Value) bool {
	for _, ref := range referrers(v) {
		fa, ok := ref.(*ssa.FieldAddr)
		if !ok || fa.X != v {
			continue
		}
		for _, val := range StoredAt(fa) {
			if val = Unconverted(val); !isNil(val) && isResource(val.Type()) {
				return true
			}
		}
	}
	return false
}
