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
