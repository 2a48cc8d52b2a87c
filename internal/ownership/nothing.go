package ownership

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// releasesNothing reports whether t, a concrete type, is closed by a Close
// method that releases nothing: one that calls no function that might
// (only errors.New and fmt.Errorf, to say it is already closed), closes no
// channel, sends on none and starts no goroutine. A fake's or an in-memory
// reader's `return nil` is such a Close; leaving one open leaks nothing.
func (info *Info) releasesNothing(t types.Type) bool {
	if types.IsInterface(t) {
		return false
	}
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "Close")
	method, ok := obj.(*types.Func)
	if !ok {
		return false
	}
	fn := info.pkg.Prog.FuncValue(method)
	if fn == nil {
		return false
	}
	fact := info.factOf(fn)
	return fact != nil && fact.ReleasesNothing
}

// closeReleasesNothing reports whether fn is a Close method whose body
// releases nothing (see releasesNothing).
func closeReleasesNothing(fn *ssa.Function) bool {
	if fn.Signature.Recv() == nil || fn.Name() != "Close" || len(fn.Blocks) == 0 {
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
	case *ssa.Send, *ssa.Select, *ssa.Go, *ssa.Defer:
		return true
	case *ssa.Call:
		if b, ok := instr.Call.Value.(*ssa.Builtin); ok {
			return b.Name() == "close"
		}
		if logs(instr.Call.Signature()) {
			return false
		}
		callee := instr.Call.StaticCallee()
		if callee == nil || callee.Pkg == nil {
			return true
		}
		switch callee.Pkg.Pkg.Path() + "." + callee.Name() {
		case "errors.New", "fmt.Errorf":
			return false
		}
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

// returnsInert reports whether every value fn returns as result i, an
// interface, is nil or of a type whose Close releases nothing: an
// in-memory fs.FS's Open.
func (info *Info) returnsInert(fn *ssa.Function, i int) bool {
	if !types.IsInterface(fn.Signature.Results().At(i).Type()) {
		return false
	}
	some := false
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || i >= len(ret.Results) {
			continue
		}
		switch v := ret.Results[i].(type) {
		case *ssa.Const:
		case *ssa.MakeInterface:
			if !info.releasesNothing(v.X.Type()) {
				return false
			}
			some = true
		default:
			return false
		}
	}
	return some
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
	obj, index, _ := types.LookupFieldOrMethod(ptr, false, nil, "Close")
	if _, ok := obj.(*types.Func); !ok || len(index) < 2 {
		return false
	}
	field := st.Field(index[0])
	return field.Embedded() && field.Name() == e.Field
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
