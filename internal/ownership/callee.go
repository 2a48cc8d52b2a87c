package ownership

import (
	"go/constant"
	"go/token"
	"go/types"
	"reflect"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/closecheck/closecheck/internal/resource"
)

// callFact returns the fact of the function c calls, and whether that
// function is known: a callee that staticFact knows, or the functions
// that the package's code shows a variable or a table may hold, when they
// all have one fact (see funcsAt).
func (info *Info) callFact(c *ssa.CallCommon) (*FuncFact, bool) {
	if fact, known := info.staticFact(c); known {
		return fact, true
	}
	if load, ok := c.Value.(*ssa.UnOp); ok && load.Op == token.MUL {
		return info.sharedFact(info.funcsAt(load.X, 0))
	}
	return nil, false
}

// staticFact returns the fact of the function c calls, and whether that
// function is known: a static callee, or the one function a package-level
// variable is ever set to (var GetPollFDAndNetwork = getPollFDAndNetwork,
// as export_test.go files do). Interface methods and other function
// values are unknown. A callee listed in the resource model as handing
// out what it does not own, or as carrying an argument in its result,
// gets a fact that says so.
func (info *Info) staticFact(c *ssa.CallCommon) (*FuncFact, bool) {
	if c.IsInvoke() {
		return nil, false
	}
	if callee := c.StaticCallee(); callee != nil {
		if callee.Origin() != nil {
			callee = callee.Origin()
		}
		fact := info.factOf(callee)
		obj, ok := callee.Object().(*types.Func)
		switch {
		case ok && resource.NotOwned(obj), ok && resource.StatelessOverNil(obj) && len(c.Args) > 0 && isNil(c.Args[0]):
			return notOwned(c, fact), true
		case ok && resource.Carries(obj):
			return carries(c, fact), true
		}
		return fact, true
	}
	load, ok := c.Value.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return nil, false
	}
	g, ok := load.X.(*ssa.Global)
	if !ok {
		return nil, false
	}
	if g.Pkg != info.pkg {
		fact := new(FuncFact)
		if obj := g.Object(); obj != nil && info.pass.ImportObjectFact(obj, fact) {
			return fact, true
		}
		return nil, false
	}
	if fn := info.funcInGlobal(g, info.InTestFile(c.Pos())); fn != nil {
		return info.factOf(fn), true
	}
	return nil, false
}

// sharedFact returns the fact that every one of fns has, and whether
// there is one: fns are the functions a call may reach, and what they
// differ in is unknown.
func (info *Info) sharedFact(fns []*ssa.Function) (*FuncFact, bool) {
	var shared *FuncFact
	for i, fn := range fns {
		if obj, ok := fn.Object().(*types.Func); ok && resource.NotOwned(obj) {
			return nil, false
		}
		fact := info.factOf(fn)
		if i > 0 && !reflect.DeepEqual(fact, shared) {
			return nil, false
		}
		shared = fact
	}
	return shared, len(fns) > 0
}

// funcsAt returns the functions that the package's code ever stores at
// addr, or nil if it may hold others: addr is a local variable, maybe
// captured by closures (prepare := func(b *testing.B) *Head {...}, called
// from a subtest), or an element of an unexported package-level table
// (os' copyFileTests). Only what closures and tables can do with the
// variable is followed: a variable whose address goes anywhere else may
// hold anything.
func (info *Info) funcsAt(addr ssa.Value, depth int) []*ssa.Function {
	if depth > 4 {
		return nil
	}
	switch addr := addr.(type) {
	case *ssa.FreeVar:
		if storedThrough(addr) {
			return nil
		}
		fn := addr.Parent()
		i := slices.Index(fn.FreeVars, addr)
		var fns []*ssa.Function
		for _, mc := range closuresOf(fn) {
			more := info.funcsAt(mc.Bindings[i], depth+1)
			if more == nil {
				return nil
			}
			fns = append(fns, more...)
		}
		return fns
	case *ssa.Alloc:
		return info.funcsInVariable(addr)
	case *ssa.IndexAddr:
		return info.funcsInTable(addr)
	}
	return nil
}

// funcsInVariable returns the functions stored in alloc, a local
// variable, if those are all it ever holds: closures that capture it only
// read it.
func (info *Info) funcsInVariable(alloc *ssa.Alloc) []*ssa.Function {
	var fns []*ssa.Function
	for _, ref := range *alloc.Referrers() {
		switch ref := ref.(type) {
		case *ssa.Store:
			fn := funcValue(ref.Val)
			if ref.Addr != ssa.Value(alloc) || fn == nil {
				return nil
			}
			fns = append(fns, fn)
		case *ssa.UnOp:
			if ref.Op != token.MUL {
				return nil
			}
		case *ssa.MakeClosure:
			fn := ref.Fn.(*ssa.Function)
			for i, b := range ref.Bindings {
				if b == ssa.Value(alloc) && storedThrough(fn.FreeVars[i]) {
					return nil
				}
			}
		case *ssa.DebugRef:
		default:
			return nil
		}
	}
	return fns
}

// storedThrough reports whether a closure does more with fv, a captured
// variable, than read it.
func storedThrough(fv *ssa.FreeVar) bool {
	for _, ref := range *fv.Referrers() {
		if load, ok := ref.(*ssa.UnOp); !ok || load.Op != token.MUL {
			return true
		}
	}
	return false
}

// closuresOf returns the closures of fn, an anonymous function, that its
// parent makes.
func closuresOf(fn *ssa.Function) []*ssa.MakeClosure {
	parent := fn.Parent()
	if parent == nil {
		return nil
	}
	var mcs []*ssa.MakeClosure
	for _, b := range parent.Blocks {
		for _, instr := range b.Instrs {
			if mc, ok := instr.(*ssa.MakeClosure); ok && mc.Fn == fn {
				mcs = append(mcs, mc)
			}
		}
	}
	return mcs
}

// funcValue returns the function v is, or nil.
func funcValue(v ssa.Value) *ssa.Function {
	switch v := Unconverted(v).(type) {
	case *ssa.Function:
		return v
	case *ssa.MakeClosure:
		return v.Fn.(*ssa.Function)
	}
	return nil
}

// notOwned amends fact, of a callee whose results its caller never owns,
// to say so.
func notOwned(c *ssa.CallCommon, fact *FuncFact) *FuncFact {
	var amended FuncFact
	if fact != nil {
		amended = *fact
	}
	amended.Borrowed = nil
	for i := range c.Signature().Results().Len() {
		amended.Borrowed = append(amended.Borrowed, i)
	}
	return &amended
}

// carries amends fact, of a callee whose first result carries its last
// argument, to say so.
func carries(c *ssa.CallCommon, fact *FuncFact) *FuncFact {
	var amended FuncFact
	if fact != nil {
		amended = *fact
	}
	amended.Params = make([]Effect, len(c.Args))
	if len(c.Args) > 0 {
		amended.Params[len(c.Args)-1] = Effect{Kind: Returns, Result: 0}
	}
	return &amended
}

// sendsHead reports whether c sends a request that http.NewRequest made
// with the method HEAD: the response's body is http.NoBody, as
// http.Head's is.
func sendsHead(c *ssa.CallCommon) bool {
	fn := c.Method
	if callee := c.StaticCallee(); callee != nil {
		fn, _ = callee.Object().(*types.Func)
	}
	if fn == nil || !resource.SendsRequest(fn) || len(c.Args) == 0 {
		return false
	}
	req := c.Args[len(c.Args)-1]
	if ex, ok := req.(*ssa.Extract); ok && ex.Index == 0 {
		req = ex.Tuple
	}
	call, ok := req.(*ssa.Call)
	if !ok {
		return false
	}
	maker, ok := staticObject(call.Common())
	if !ok || !resource.Carries(maker) || len(call.Call.Args) < 3 {
		return false
	}
	method, ok := call.Call.Args[len(call.Call.Args)-3].(*ssa.Const)
	return ok && method.Value != nil && method.Value.Kind() == constant.String && constant.StringVal(method.Value) == "HEAD"
}

// exportGlobalFacts gives each package-level variable that is only ever
// set to one function that function's fact, for the packages that call
// through it.
func (info *Info) exportGlobalFacts() {
	for _, m := range info.pkg.Members {
		g, ok := m.(*ssa.Global)
		if !ok || g.Object() == nil {
			continue
		}
		// Only the package's external tests import its test build.
		if fn := info.funcInGlobal(g, true); fn != nil {
			if fact := info.factOf(fn); fact != nil {
				info.pass.ExportObjectFact(g.Object(), fact)
			}
		}
	}
}

// funcInGlobal returns the function stored in g, if g is only ever set to
// that one function, by the package's code (its initializer sets the
// variables declared with a value). The stores of _test.go files count
// only for calls in test files (fromTest): tests that swap in a fake leave
// the package's own code calling what it ships with.
func (info *Info) funcInGlobal(g *ssa.Global, fromTest bool) *ssa.Function {
	if info.globalFuncs == nil {
		info.globalFuncs = make(map[globalView]*ssa.Function)
		several := make(map[globalView]bool)
		for instr := range info.packageInstrs() {
			st, ok := instr.(*ssa.Store)
			if !ok {
				continue
			}
			g, ok := st.Addr.(*ssa.Global)
			if !ok {
				continue
			}
			views := []globalView{{g, true}}
			if !info.InTestFile(st.Pos()) {
				views = append(views, globalView{g, false})
			}
			f, isFunc := st.Val.(*ssa.Function)
			for _, v := range views {
				if !isFunc || info.globalFuncs[v] != nil {
					several[v] = true
				}
				info.globalFuncs[v] = f
			}
		}
		for v := range several {
			info.globalFuncs[v] = nil
		}
	}
	return info.globalFuncs[globalView{g, fromTest}]
}

// A globalView is a package-level variable as calls in test files, or
// in the package's own files, see it.
type globalView struct {
	g        *ssa.Global
	fromTest bool
}

// funcsInTable returns the functions that addr, an element of an
// unexported package-level slice or array of functions, may hold: the
// package's code only ever sets the table to literals of functions and
// its elements to functions, and only indexes it otherwise.
func (info *Info) funcsInTable(addr *ssa.IndexAddr) []*ssa.Function {
	table := addr.X
	if load, ok := table.(*ssa.UnOp); ok && load.Op == token.MUL {
		table = load.X
	}
	g, ok := table.(*ssa.Global)
	if !ok || g.Pkg != info.pkg || g.Object() == nil || g.Object().Exported() {
		return nil
	}
	if info.tables == nil {
		info.tables = info.funcTables()
	}
	return info.tables[g]
}

// funcTables finds, in one pass over the package's code, the functions
// each table of functions may hold (see funcsInTable).
func (info *Info) funcTables() map[*ssa.Global][]*ssa.Function {
	tables := make(map[*ssa.Global][]*ssa.Function)
	bad := make(map[*ssa.Global]bool)
	// element adds the functions stored at ia, an element of g, and
	// reports whether that, and reading it, is all that is done there.
	element := func(g *ssa.Global, ia *ssa.IndexAddr) bool {
		for _, use := range *ia.Referrers() {
			switch use := use.(type) {
			case *ssa.Store:
				fn := funcValue(use.Val)
				if fn == nil {
					return false
				}
				tables[g] = append(tables[g], fn)
			case *ssa.UnOp, *ssa.DebugRef:
			default:
				return false
			}
		}
		return true
	}
	// elements does the same for every element of arr, an array or a
	// slice that holds what g does.
	elements := func(g *ssa.Global, arr ssa.Value) bool {
		for _, ref := range *arr.Referrers() {
			switch ref := ref.(type) {
			case *ssa.IndexAddr:
				if !element(g, ref) {
					return false
				}
			case *ssa.Slice:
				if _, literal := arr.(*ssa.Alloc); !literal {
					return false // a slice of it may be written elsewhere
				}
			case *ssa.DebugRef:
			case *ssa.Call:
				if !isBuiltin(&ref.Call, "len") {
					return false
				}
			default:
				return false
			}
		}
		return true
	}
	for instr := range info.packageInstrs() {
		var ops [8]*ssa.Value
		for _, op := range instr.Operands(ops[:0]) {
			g, ok := (*op).(*ssa.Global)
			if !ok || !isFuncTable(g) || bad[g] {
				continue
			}
			if !tableUse(instr, g, element, elements) {
				bad[g] = true
			}
		}
	}
	for g := range bad {
		delete(tables, g)
	}
	return tables
}

// tableUse reports whether instr, which uses the table g, only reads it,
// indexes it, or sets it to a literal of functions, recording those
// functions with element and elements.
func tableUse(instr ssa.Instruction, g *ssa.Global,
	element func(*ssa.Global, *ssa.IndexAddr) bool, elements func(*ssa.Global, ssa.Value) bool) bool {
	switch instr := instr.(type) {
	case *ssa.Store:
		if instr.Addr != ssa.Value(g) {
			return false
		}
		sl, ok := instr.Val.(*ssa.Slice)
		if !ok {
			return false // an array copied in whole, or a slice from elsewhere
		}
		arr, ok := sl.X.(*ssa.Alloc)
		return ok && elements(g, arr)
	case *ssa.UnOp:
		return instr.Op == token.MUL && elements(g, instr)
	case *ssa.IndexAddr:
		return element(g, instr)
	}
	return false
}

// isFuncTable reports whether g is an unexported slice or array of
// functions.
func isFuncTable(g *ssa.Global) bool {
	if g.Object() == nil || g.Object().Exported() {
		return false
	}
	var elem types.Type
	switch t := g.Type().(*types.Pointer).Elem().Underlying().(type) {
	case *types.Slice:
		elem = t.Elem()
	case *types.Array:
		elem = t.Elem()
	default:
		return false
	}
	_, ok := elem.Underlying().(*types.Signature)
	return ok
}
