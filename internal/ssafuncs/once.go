package ssafuncs

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// A Once is the set of the package's functions that run inside a
// sync.Once: what they make, they make once per process.
type Once map[*ssa.Function]bool

// OnceFuncs returns the functions of the package handed to a sync.Once
// (Do, OnceFunc, OnceValue, OnceValues), and the unexported functions
// that only those call, directly or not.
func OnceFuncs(pkg *ssa.Package, funcs []*ssa.Function) Once {
	once := make(Once)
	users := make(map[*ssa.Function][]*ssa.Function)
	for _, fn := range funcs {
		ForEachInstr(fn, func(instr ssa.Instruction) {
			if call, ok := instr.(ssa.CallInstruction); ok {
				if f := OfValue(pkg, onceArg(call.Common())); f != nil {
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
			if once[f] || exported(f) {
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

// exported reports whether other packages can call fn by name.
func exported(fn *ssa.Function) bool {
	obj, ok := fn.Object().(*types.Func)
	return ok && fn.Parent() == nil && fn.Synthetic == "" && obj.Exported()
}

// onceArg returns the function that a call hands to a sync.Once, or nil.
func onceArg(call *ssa.CallCommon) ssa.Value {
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
		if sig := obj.Signature(); sig.Recv() != nil && len(call.Args) == 2 && isOnce(sig.Recv().Type()) {
			return call.Args[1]
		}
	case "OnceFunc", "OnceValue", "OnceValues":
		if obj.Signature().Recv() == nil && len(call.Args) == 1 {
			return call.Args[0]
		}
	}
	return nil
}

func isOnce(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	return ok && named.Obj().Name() == "Once"
}
