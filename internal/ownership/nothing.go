package ownership

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// releasesNothing reports whether t, a concrete type, is closed by a Close
// method that releases nothing: one that calls no function that might
// (only errors.New and fmt.Errorf, to say it is already closed, and
// loggers), closes no channel, sends on none and starts no goroutine. A
// fake's or an in-memory reader's `return nil` is such a Close, as is a
// balancer's that only logs its shutdown; leaving one open leaks nothing.
func (info *Info) releasesNothing(t types.Type) bool {
	if types.IsInterface(t) {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "Close")
	method, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	fn := info.pkg.Prog.FuncValue(method.Origin())
	if fn == nil {
		return false
	}
	fact := info.factOf(fn)
	return fact != nil && fact.ReleasesNothing
}

// closeHooks reports whether fn is a Close method whose body releases
// nothing (see releasesNothing) but what the callbacks it calls out of
// fields of its receiver do, and returns the names of those fields: a
// test double's Close that runs CloseCallback. With no hooks, the Close
// releases nothing at all.
func closeHooks(fn *ssa.Function) (hooks []string, ok bool) {
	if fn.Signature.Recv() == nil || fn.Name() != "Close" || len(fn.Blocks) == 0 {
		return nil, false
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if field := receiverHook(fn, instr); field != "" {
				if !slices.Contains(hooks, field) {
					hooks = append(hooks, field)
				}
				continue
			}
			if mayRelease(instr) {
				return nil, false
			}
		}
	}
	return hooks, true
}

// receiverHook returns the name of the field of fn's receiver whose
// function instr calls, or "".
func receiverHook(fn *ssa.Function, instr ssa.Instruction) string {
	call, ok := instr.(*ssa.Call)
	if !ok || len(fn.Params) == 0 {
		return ""
	}
	load, ok := call.Call.Value.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return ""
	}
	addr, ok := load.X.(*ssa.FieldAddr)
	if !ok || addr.X != fn.Params[0] {
		return ""
	}
	st, ok := addr.X.Type().Underlying().(*types.Pointer)
	if !ok {
		return ""
	}
	fields, ok := st.Elem().Underlying().(*types.Struct)
	if !ok {
		return ""
	}
	return fields.Field(addr.Field).Name()
}

// releasesNothingIn reports whether fn's body releases nothing: a callback
// that does nothing, as a test double's default one.
func releasesNothingIn(fn *ssa.Function) bool {
	if len(fn.Blocks) == 0 || len(fn.FreeVars) > 0 {
		return false
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if mayRelease(instr) {
				return false
			}
		}
	}
	return true
}

func mayRelease(instr ssa.Instruction) bool {
	switch instr := instr.(type) {
	case *ssa.Send, *ssa.Select, *ssa.Go:
		return true
	case *ssa.Defer:
		return callMayRelease(instr.Common())
	case *ssa.Call:
		return callMayRelease(instr.Common())
	}
	return false
}

// callMayRelease reports whether c may release something: anything but
// errors.New, fmt.Errorf, a logger, and the locking that guards a Close
// which only sets a flag.
func callMayRelease(c *ssa.CallCommon) bool {
	if b, ok := c.Value.(*ssa.Builtin); ok {
		return b.Name() == "close"
	}
	if logs(c.Signature()) {
		return false
	}
	callee := c.StaticCallee()
	if callee == nil || callee.Pkg == nil {
		return true
	}
	switch callee.Pkg.Pkg.Path() + "." + callee.Name() {
	case "errors.New", "fmt.Errorf":
		return false
	}
	return !isLocking(callee)
}

// isLocking reports whether fn locks or unlocks a sync.Mutex or
// sync.RWMutex.
func isLocking(fn *ssa.Function) bool {
	recv := fn.Signature.Recv()
	if recv == nil || fn.Pkg.Pkg.Path() != "sync" {
		return false
	}
	ptr, ok := recv.Type().(*types.Pointer)
	if !ok {
		return false
	}
	named, ok := ptr.Elem().(*types.Named)
	if !ok || named.Obj().Name() != "Mutex" && named.Obj().Name() != "RWMutex" {
		return false
	}
	switch fn.Name() {
	case "Lock", "Unlock", "RLock", "RUnlock":
		return true
	}
	return false
}

// logs reports whether sig is a logger's, print-like (args ...any) or
// printf-like (format string, args ...any): whatever a log line costs, it
// is not what a Close gives back.
func logs(sig *types.Signature) bool {
	params := sig.Params()
	if !sig.Variadic() || params.Len() > 2 {
		return false
	}
	if params.Len() == 2 && !types.Identical(params.At(0).Type(), types.Typ[types.String]) {
		return false
	}
	args, ok := params.At(params.Len() - 1).Type().(*types.Slice)
	if !ok {
		return false
	}
	iface, ok := args.Elem().Underlying().(*types.Interface)
	return ok && iface.Empty()
}

// returnsInert reports whether every value fn returns as result i is nil
// or needs no close: of a type whose Close releases nothing (an in-memory
// fs.FS's Open), or made here so that its Close does nothing (see
// madeInert).
func (info *Info) returnsInert(fn *ssa.Function, i int) bool {
	some := false
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || i >= len(ret.Results) {
			continue
		}
		if _, ok := ret.Results[i].(*ssa.Const); ok {
			continue
		}
		v := Unconverted(ret.Results[i])
		if !info.releasesNothing(v.Type()) && !info.madeInert(v) {
			return false
		}
		some = true
	}
	return some
}

// madeInert reports whether v is a struct that its function makes so
// that its Close does nothing: with callbacks that do nothing in the hooks
// its Close runs (a manual resolver), or with its Close promoted from an
// embedded interface that it leaves nil (a test fake that embeds the
// interface it implements in part).
func (info *Info) madeInert(v ssa.Value) bool {
	alloc, ok := v.(*ssa.Alloc)
	return ok && (info.hooksDoNothing(alloc) || closesNilEmbedded(alloc))
}

// closesNilEmbedded reports whether alloc's Close is promoted from an
// embedded interface field that its function never sets.
func closesNilEmbedded(alloc *ssa.Alloc) bool {
	embedded := closeEmbedder(alloc.Type())
	fields := allocStruct(alloc)
	if embedded < 0 || fields == nil || !types.IsInterface(fields.Field(embedded).Type()) {
		return false
	}
	if len(StoredAt(alloc)) > 0 {
		return false // a whole struct copied in
	}
	for _, ref := range *alloc.Referrers() {
		if addr, ok := ref.(*ssa.FieldAddr); ok && addr.Field == embedded && len(StoredAt(addr)) > 0 {
			return false
		}
	}
	return true
}

// allocStruct returns the struct that alloc allocates, or nil.
func allocStruct(alloc *ssa.Alloc) *types.Struct {
	ptr, ok := alloc.Type().Underlying().(*types.Pointer)
	if !ok {
		return nil
	}
	st, _ := ptr.Elem().Underlying().(*types.Struct)
	return st
}

// StoredAt returns the values that the function stores at addr.
func StoredAt(addr ssa.Value) []ssa.Value {
	var vals []ssa.Value
	for _, ref := range *addr.Referrers() {
		if st, ok := ref.(*ssa.Store); ok && st.Addr == addr {
			vals = append(vals, st.Val)
		}
	}
	return vals
}

// hooksDoNothing reports whether alloc is a struct whose Close releases
// nothing but what its hooks do (see closeHooks), and the function that
// makes it sets each hook to a function that does nothing.
func (info *Info) hooksDoNothing(alloc *ssa.Alloc) bool {
	obj, index, _ := types.LookupFieldOrMethod(alloc.Type(), false, nil, "Close")
	method, ok := obj.(*types.Func)
	if !ok || len(index) != 1 {
		return false
	}
	fn := info.pkg.Prog.FuncValue(method.Origin())
	if fn == nil {
		return false
	}
	fact := info.factOf(fn)
	if fact == nil || len(fact.Hooks) == 0 {
		return false
	}
	fields := allocStruct(alloc)
	if fields == nil {
		return false
	}
	for _, hook := range fact.Hooks {
		set := false
		for _, ref := range *alloc.Referrers() {
			addr, ok := ref.(*ssa.FieldAddr)
			if !ok || fields.Field(addr.Field).Name() != hook {
				continue
			}
			for _, v := range StoredAt(addr) {
				if f, ok := v.(*ssa.Function); !ok || !releasesNothingIn(f) {
					return false
				}
				set = true
			}
		}
		if !set {
			return false
		}
	}
	return true
}

// wrapsOnlyInert reports whether result i of c, a call with fact, wraps
// nothing that needs a close: every argument the callee keeps releases
// nothing when closed, and one of them goes into an embedded field whose
// Close the result's type promotes, so closing the result only closes
// that argument. An ALTS record conn over an in-memory test conn is one.
func (info *Info) wrapsOnlyInert(c *ssa.CallCommon, fact *FuncFact, i int) bool {
	result := c.Signature().Results().At(i).Type()
	wraps := false
	for j, e := range fact.Params {
		if e.Kind < Returns {
			continue // the caller's still, or closed
		}
		if j >= len(c.Args) || !info.releasesNothing(Unconverted(c.Args[j]).Type()) {
			return false
		}
		if e.Kind == Returns && e.Result == i || e.Kind == Stores && info.promotesClose(e, result) {
			wraps = true
		}
	}
	return wraps
}

// promotesClose reports whether a value of type result is, or holds, the
// struct that e stores into, and that struct's Close is the one of the
// embedded field e stores into.
func (info *Info) promotesClose(e Effect, result types.Type) bool {
	tn := info.lookupType(e.Type)
	if tn == nil || e.Field == "" {
		return false
	}
	named, ok := tn.Type().(*types.Named)
	if !ok || named.TypeParams().Len() > 0 {
		return false
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return false
	}
	ptr := types.NewPointer(named)
	if iface, ok := result.Underlying().(*types.Interface); ok {
		if !types.Implements(ptr, iface) {
			return false
		}
	} else if structType(result) != tn {
		return false
	}
	embedded := closeEmbedder(ptr)
	return embedded >= 0 && st.Field(embedded).Name() == e.Field
}

// closeEmbedder returns the index of the embedded field whose Close the
// struct that ptr points to promotes, or -1 if it has a Close of its own
// or none.
func closeEmbedder(ptr types.Type) int {
	obj, index, _ := types.LookupFieldOrMethod(ptr, false, nil, "Close")
	if _, ok := obj.(*types.Func); !ok || len(index) < 2 {
		return -1
	}
	return index[0]
}

// Unconverted returns the value that v converts to an interface or
// another named type (textproto.NewConn(conn) takes conn as an
// io.ReadWriteCloser): its Close is the original's.
func Unconverted(v ssa.Value) ssa.Value {
	for {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		default:
			return v
		}
	}
}
