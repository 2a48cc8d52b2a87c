// Package api says what of a package other packages can reach.
package api

import "go/types"

// Fields returns the exported fields of pkg's structs that other
// packages can reach: those of the types its exported functions,
// variables, types and methods hand out, by name or not (an unexported
// type that an exported function returns), and those promoted into them
// from embedded structs. An exported field of a struct that only the
// package itself sees (a request that it queues for its own loop) hands
// nothing to other packages.
func Fields(pkg *types.Package) map[*types.Var]bool {
	w := apiWalker{pkg: pkg, fields: make(map[*types.Var]bool), seen: make(map[types.Type]bool)}
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		if obj := scope.Lookup(name); obj.Exported() {
			w.visit(obj.Type())
		}
	}
	return w.fields
}

type apiWalker struct {
	pkg    *types.Package
	fields map[*types.Var]bool
	seen   map[types.Type]bool
}

func (w *apiWalker) visit(t types.Type) {
	if t == nil || w.seen[t] {
		return
	}
	w.seen[t] = true
	switch t := t.(type) {
	case *types.Alias:
		w.visit(types.Unalias(t))
	case *types.Named:
		if t.Obj().Pkg() != w.pkg {
			return // fields of other packages are not this package's to hand out
		}
		w.visit(t.Origin().Underlying())
		for _, recv := range []types.Type{t.Origin(), types.NewPointer(t.Origin())} {
			ms := types.NewMethodSet(recv)
			for i := range ms.Len() {
				if m := ms.At(i).Obj(); m.Exported() {
					w.visit(m.Type())
				}
			}
		}
	case *types.Struct:
		for i := range t.NumFields() {
			f := t.Field(i)
			if f.Exported() {
				w.fields[f.Origin()] = true
			}
			if f.Exported() || f.Embedded() {
				w.visit(f.Type())
			}
		}
	case *types.Pointer:
		w.visit(t.Elem())
	case *types.Slice:
		w.visit(t.Elem())
	case *types.Array:
		w.visit(t.Elem())
	case *types.Chan:
		w.visit(t.Elem())
	case *types.Map:
		w.visit(t.Key())
		w.visit(t.Elem())
	case *types.Signature:
		w.visit(t.Params())
		w.visit(t.Results())
	case *types.Tuple:
		for i := range t.Len() {
			w.visit(t.At(i).Type())
		}
	case *types.Interface:
		for i := range t.NumMethods() {
			if m := t.Method(i); m.Exported() {
				w.visit(m.Type())
			}
		}
	}
}
