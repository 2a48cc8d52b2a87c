package ssafuncs

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// A Once is the set of the package's functions that run inside a
// sync.Once: what they make, they make once per process.
type Once map[*ssa.Function]bool

// OnceFuncs returns the functions of the package handed to a sync.Once
// of the package's own (Do on a package-level Once; OnceFunc, OnceValue,
// OnceValues kept in a package-level variable), and the unexported
// functions that only those call, directly or not. A Once of each value
// (a closeOnce field) runs once per value, not per process.
func OnceFuncs(pkg *ssa.Package, funcs []*ssa.Function) Once {
	once := make(Once)
	users := make(map[*ssa.Function][]*ssa.Function)
	for _, fn := range funcs {
		ForEachInstr(fn, func(instr ssa.Instruction) {
			if call, ok := instr.(ssa.CallInstruction); ok {
				if f := OfValue(pkg, onceArg(call)); f != nil {
					once[f] = true
				}
			}
			for _, op := range instr.Operands(nil) {
				if op == nil {
					continue
				}
				if f := OfValue(pkg, *op); f != nil {
					users[f] = append(users[f], fn)
				}
			}
		})
	}
	for changed := true; changed; {
		changed = false
		for f, us := range users {
			if once[f] || Exported(f) != nil {
				continue
			}
			all := true
			for _, u := range us {
				all = all && once.Runs(u)
			}
			if all {
				once[f] = true
				changed = true
			}
		}
	}
	return once
}

// Runs reports whether fn, or the function it is a literal of, runs
// inside a sync.Once.
func (once Once) Runs(fn *ssa.Function) bool {
	for ; fn != nil; fn = fn.Parent() {
		if once[fn] {
			return true
		}
	}
	return false
}

// Exported returns the object of fn if other packages can call it by
// name, or nil.
func Exported(fn *ssa.Function) *types.Func {
	obj, ok := fn.Object().(*types.Func)
	if !ok || fn.Parent() != nil || fn.Synthetic != "" || !obj.Exported() {
		return nil
	}
	return obj
}

// onceArg returns the function that instr hands to a package-level
// sync.Once, or nil.
func onceArg(instr ssa.CallInstruction) ssa.Value {
	call := instr.Common()
	if call.IsInvoke() {
		return nil
	}
	fn := call.StaticCallee()
	if fn == nil {
		return nil
	}
	obj, ok := fn.Object().(*types.Func)
	if !ok || obj.Pkg() == nil || obj.Pkg().Path() != "sync" {
		return nil
	}
	obj = obj.Origin()
	switch obj.Name() {
	case "Do":
		if sig := obj.Signature(); sig.Recv() != nil && len(call.Args) == 2 && isOnce(sig.Recv().Type()) && inGlobal(call.Args[0]) {
			return call.Args[1]
		}
	case "OnceFunc", "OnceValue", "OnceValues":
		if obj.Signature().Recv() == nil && len(call.Args) == 1 && storedInGlobal(instr) {
			return call.Args[0]
		}
	}
	return nil
}

// inGlobal reports whether addr is a package-level variable or a part of
// one.
func inGlobal(addr ssa.Value) bool {
	for {
		switch a := addr.(type) {
		case *ssa.Global:
			return true
		case *ssa.FieldAddr:
			addr = a.X
		case *ssa.IndexAddr:
			addr = a.X
		default:
			return false
		}
	}
}

// storedInGlobal reports whether the result of instr is kept in a
// package-level variable.
func storedInGlobal(instr ssa.CallInstruction) bool {
	v := instr.Value()
	if v == nil || v.Referrers() == nil {
		return false
	}
	for _, ref := range *v.Referrers() {
		if st, ok := ref.(*ssa.Store); ok && st.Val == v && inGlobal(st.Addr) {
			return true
		}
	}
	return false
}

func isOnce(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	return ok && named.Obj().Name() == "Once"
}
