// Package ssafuncs answers which SSA functions make up the code of one
// package: all that its source declares, the function of the package
// that a value stands for, and those that run inside a sync.Once.
package ssafuncs

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/ssa"
)

// All returns the source functions of the package, its synthetic
// initializer, which makes the values of package-level variables, and the
// function literals of package-level variable initializers, which buildssa
// leaves out.
func All(info *buildssa.SSA) []*ssa.Function {
	// The full slice expression keeps append from writing into buildssa's
	// array, which other passes share.
	funcs := info.SrcFuncs[:len(info.SrcFuncs):len(info.SrcFuncs)]
	var add func(fn *ssa.Function)
	add = func(fn *ssa.Function) {
		funcs = append(funcs, fn)
		for _, anon := range fn.AnonFuncs {
			add(anon)
		}
	}
	if init := info.Pkg.Func("init"); init != nil {
		add(init)
	}
	return funcs
}

// OfValue returns the function of pkg with a body that v is, closes over,
// or is a method value of, by its origin: the generic function rather than
// an instance, the method rather than its wrapper. It returns nil for any
// other value, and for a function declared without a body.
func OfValue(pkg *ssa.Package, v ssa.Value) *ssa.Function {
	var fn *ssa.Function
	switch v := v.(type) {
	case *ssa.Function:
		fn = v
	case *ssa.MakeClosure:
		fn, _ = v.Fn.(*ssa.Function)
	}
	if fn == nil {
		return nil
	}
	if o := fn.Origin(); o != nil {
		fn = o
	}
	if fn.Synthetic != "" {
		// A wrapper or a bound method stands for its method.
		obj, ok := fn.Object().(*types.Func)
		if !ok {
			return nil
		}
		fn = pkg.Prog.FuncValue(obj.Origin())
	}
	if fn == nil || fn.Pkg != pkg || fn.Blocks == nil {
		return nil
	}
	return fn
}

// ForEachInstr calls f on each instruction of fn, block by block.
func ForEachInstr(fn *ssa.Function, f func(ssa.Instruction)) {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			f(instr)
		}
	}
}

// Body returns the body of fn's declaration or function literal, or nil
// for a function without one in the source.
func Body(fn *ssa.Function) *ast.BlockStmt {
	switch syntax := fn.Syntax().(type) {
	case *ast.FuncDecl:
		return syntax.Body
	case *ast.FuncLit:
		return syntax.Body
	}
	return nil
}
