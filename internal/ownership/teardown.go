package ownership

import (
	"cmp"
	"fmt"
	"go/token"
	"go/types"
	"maps"
	"slices"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/closecheck/closecheck/internal/resource"
)

// A TypeFact records, for a struct type, which of its fields its teardown
// method closes, and which fields code of its package closes or hands on
// elsewhere.
type TypeFact struct {
	Teardown string      // the teardown method (Close, Stop, Shutdown, ...), or ""
	Pointer  bool        // whether the teardown has a pointer receiver
	Closes   []string    // the fields the teardown closes or hands on, sorted
	Released []string    // the fields closed or handed on anywhere in the package, sorted
	Passes   []FieldPass // released fields handed to a method of another field, sorted
	// Lazy lists the fields that a Close that releases nothing else
	// releases, when the package fills them after a value is made only
	// in the methods Fillers (see lazyOf); both sorted.
	Lazy    []string
	Fillers []string
}

// A FieldPass records that code of a type's package hands what field Field
// holds to a method of what field To holds (go s.srv.Serve(s.lis)): To
// takes it over, so tearing down To releases it.
type FieldPass struct{ Field, To string }

func (*TypeFact) AFact() {}

func (f *TypeFact) String() string {
	s := fmt.Sprintf("%s closes %s; released %s", f.Teardown, strings.Join(f.Closes, ","), strings.Join(f.Released, ","))
	for _, p := range f.Passes {
		s += fmt.Sprintf("; %s to %s", p.Field, p.To)
	}
	if len(f.Lazy) > 0 {
		s += fmt.Sprintf("; lazy %s filled by %s", strings.Join(f.Lazy, ","), strings.Join(f.Fillers, ","))
	}
	return s
}

// PassedTo returns the fields to whose methods the package hands what
// field holds.
func (f *TypeFact) PassedTo(field string) []string {
	var to []string
	for _, p := range f.Passes {
		if p.Field == field {
			to = append(to, p.To)
		}
	}
	return to
}

// ClosesField reports whether the resource in the field is released:
// by the teardown, or by code of the type's package somewhere else (a
// lower-case close method, a pool, a getter that hands it on).
func (f *TypeFact) ClosesField(name string) bool {
	return slices.Contains(f.Closes, name) || slices.Contains(f.Released, name)
}

// Method names the teardown as a reader would write it: (*T).Close.
func (f *TypeFact) Method(tn *types.TypeName) string {
	if f.Pointer {
		return "(*" + tn.Name() + ")." + f.Teardown
	}
	return tn.Name() + "." + f.Teardown
}

// TypeFact returns the fact of type tn: computed if tn is of this package,
// imported otherwise; nil if tn has no teardown method and releases none
// of its fields.
func (info *Info) TypeFact(tn *types.TypeName) *TypeFact {
	if tn.Pkg() != info.pass.Pkg {
		fact := new(TypeFact)
		if !info.pass.ImportObjectFact(tn, fact) {
			return nil
		}
		return fact
	}
	if fact, ok := info.types[tn]; ok {
		return fact
	}
	info.types[tn] = nil // a teardown that needs its own type's fact sees none
	fact := info.computeTypeFact(tn)
	if info.noting {
		// What the package releases is not all known yet: a fact needed
		// on the way is provisional.
		delete(info.types, tn)
	} else {
		info.types[tn] = fact
	}
	return fact
}

func (info *Info) exportTypeFacts() {
	scope := info.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() || structType(tn.Type()) != tn {
			continue
		}
		if fact := info.TypeFact(tn); fact != nil {
			info.pass.ExportObjectFact(tn, fact)
		}
	}
}

func (info *Info) computeTypeFact(tn *types.TypeName) *TypeFact {
	fact := info.teardownFact(tn)
	released, passes := info.releasedInPackage(tn)
	if len(released) > 0 {
		if fact == nil {
			fact = new(TypeFact)
		}
		fact.Released = released
		fact.Passes = passes
	}
	if named, ok := tn.Type().(*types.Named); ok {
		if lt := info.lazyOf(named); lt != nil {
			if fact == nil {
				fact = new(TypeFact)
			}
			fact.Lazy, fact.Fillers = lt.names(named)
		}
	}
	return fact
}

func (info *Info) teardownFact(tn *types.TypeName) *TypeFact {
	named, ok := tn.Type().(*types.Named)
	if !ok {
		return nil
	}
	for _, name := range resource.Teardowns() {
		for m := range named.Methods() {
			if m.Name() != name {
				continue
			}
			_, ptr := m.Signature().Recv().Type().(*types.Pointer)
			fact := &TypeFact{Teardown: name, Pointer: ptr}
			if fn := info.pkg.Prog.FuncValue(m); fn != nil && len(fn.Params) > 0 {
				fields := make(map[string]bool)
				info.closedFields(fn, fn.Params[0], fields, make(map[*ssa.Function]bool))
				for f := range fields {
					fact.Closes = append(fact.Closes, f)
				}
				slices.Sort(fact.Closes)
			}
			return fact
		}
	}
	// A Close promoted from an embedded closer closes that field.
	obj, index, _ := types.LookupFieldOrMethod(types.NewPointer(named), false, tn.Pkg(), "Close")
	if fn, ok := obj.(*types.Func); ok && len(index) > 1 {
		if st, ok := named.Underlying().(*types.Struct); ok {
			_, ptr := fn.Signature().Recv().Type().(*types.Pointer)
			return &TypeFact{Teardown: "Close", Pointer: ptr, Closes: []string{st.Field(index[0]).Name()}}
		}
	}
	return nil
}

// closedFields adds to fields the names of the fields of x, a value of
// fn, that fn closes: directly, in closures and goroutines, through helper
// functions of the package, and element by element for collections.
func (info *Info) closedFields(fn *ssa.Function, x ssa.Value, fields map[string]bool, seen map[*ssa.Function]bool) {
	if seen[fn] {
		return
	}
	seen[fn] = true
	w := fieldWalk{info: info, fields: fields, seen: seen, visited: make(map[ssa.Value]bool)}
	w.walk(x, "")
	delete(seen, fn)
}

type fieldWalk struct {
	info    *Info
	fields  map[string]bool
	seen    map[*ssa.Function]bool
	visited map[ssa.Value]bool

	// With passes set, the walk records the fields of owner to whose
	// methods it hands the field on, following it through the results of
	// the package's functions to their callers.
	owner  *types.TypeName
	passes map[FieldPass]bool
}

// walk follows v: x itself when field is "", otherwise a value derived
// from x's field of that name (the field, its address, an element).
func (w *fieldWalk) walk(v ssa.Value, field string) {
	if w.visited[v] {
		return
	}
	w.visited[v] = true
	for _, ref := range referrers(v) {
		switch ref := ref.(type) {
		// A field of the field (an embedded *os.File whose Close is
		// promoted) stands for the field itself.
		case *ssa.FieldAddr:
			if field == "" {
				w.walk(ref, fieldName(ref.X.Type(), ref.Field))
			} else {
				w.walk(ref, field)
			}
		case *ssa.Field:
			if field == "" {
				w.walk(ref, fieldName(ref.X.Type(), ref.Field))
			} else {
				w.walk(ref, field)
			}
		case *ssa.UnOp:
			if ref.Op == token.MUL || field != "" {
				w.walk(ref, field)
			}
		case *ssa.IndexAddr, *ssa.Index, *ssa.Lookup, *ssa.Range, *ssa.Next, *ssa.Extract,
			*ssa.Phi, *ssa.ChangeType, *ssa.MakeInterface, *ssa.ChangeInterface, *ssa.TypeAssert, *ssa.Slice:
			if field != "" || isPassThrough(ref) {
				w.walk(ref.(ssa.Value), field)
			}
		case *ssa.Store:
			if ref.Val != v {
				continue
			}
			if cell, ok := ref.Addr.(*ssa.Alloc); ok {
				w.walk(cell, field)
			} else if field != "" {
				w.fields[field] = true // handed on
			}
		case *ssa.Return:
			if field != "" {
				w.fields[field] = true // handed on
				w.returned(ref, v, field)
			}
		case *ssa.Send, *ssa.MapUpdate:
			if field != "" {
				w.fields[field] = true // handed on
			}
		case *ssa.MakeClosure:
			w.closure(v, ref, field)
		case *ssa.Call:
			w.call(v, ref.Common(), field)
		case *ssa.Defer:
			w.call(v, ref.Common(), field)
		case *ssa.Go:
			w.call(v, ref.Common(), field)
		}
	}
}

// isPassThrough reports whether ref passes x itself on unchanged.
func isPassThrough(ref ssa.Instruction) bool {
	switch ref.(type) {
	case *ssa.Phi, *ssa.ChangeType, *ssa.MakeInterface, *ssa.ChangeInterface, *ssa.TypeAssert:
		return true
	}
	return false
}

func (w *fieldWalk) closure(v ssa.Value, mc *ssa.MakeClosure, field string) {
	fn, ok := mc.Fn.(*ssa.Function)
	if !ok {
		return
	}
	for i, b := range mc.Bindings {
		if b == v && i < len(fn.FreeVars) {
			w.walk(fn.FreeVars[i], field)
		}
	}
}

// call records a field closed by a call: a close or teardown method of
// the field, or a function whose fact says it closes the argument. A call
// that takes x itself is followed into its callee, if of this package.
func (w *fieldWalk) call(v ssa.Value, c *ssa.CallCommon, field string) {
	if field != "" {
		if c.IsInvoke() && c.Value == v && isTeardownName(c.Method.Name()) {
			w.fields[field] = true
			return
		}
		if isBuiltin(c, "close") {
			w.fields[field] = true // a channel field: see chanclose
			return
		}
		w.notePass(v, c, field)
	}
	for i, arg := range c.Args {
		if arg != v {
			continue
		}
		callee := c.StaticCallee()
		if callee == nil {
			continue
		}
		if field == "" {
			if callee.Pkg == w.info.pkg && i < len(callee.Params) {
				w.info.closedFields(callee, callee.Params[i], w.fields, w.seen)
			}
			continue
		}
		if i == 0 && callee.Signature.Recv() != nil {
			if isTeardownName(callee.Name()) {
				w.fields[field] = true
			}
			continue
		}
		// Closed, or handed to a call that may keep it (a pool).
		if effect, ok := w.info.ParamEffect(c, i); !ok || effect.Kind >= Closes {
			if _, builtin := c.Value.(*ssa.Builtin); !builtin && !w.info.borrows(c) {
				w.fields[field] = true
			}
		}
	}
}

// notePass records, when the walk looks for passes, that c hands v, what
// field holds, to a method of another field of the owner's type that may
// keep it: a logger's method that only reads it takes nothing over.
func (w *fieldWalk) notePass(v ssa.Value, c *ssa.CallCommon, field string) {
	if w.passes == nil || w.info.borrows(c) {
		return
	}
	recv, first := c.Value, 0
	if !c.IsInvoke() {
		if !isMethodCall(c) || len(c.Args) == 0 {
			return
		}
		recv, first = c.Args[0], 1
	}
	i := slices.Index(c.Args[first:], v)
	if i < 0 {
		return
	}
	if effect, ok := w.info.ParamEffect(c, first+i); ok && effect.Kind < Closes {
		return
	}
	if load, ok := recv.(*ssa.UnOp); ok && load.Op == token.MUL {
		recv = load.X
	}
	var x ssa.Value
	var index int
	switch r := recv.(type) {
	case *ssa.FieldAddr:
		x, index = r.X, r.Field
	case *ssa.Field:
		x, index = r.X, r.Field
	default:
		return
	}
	if structType(x.Type()) != w.owner {
		return
	}
	if to := fieldName(x.Type(), index); to != field {
		w.passes[FieldPass{field, to}] = true
	}
}

// returned follows v, which ret returns, to the results of the package's
// calls of ret's function, when the walk looks for passes: a helper that
// returns the field (lis := s.setup()) hands it to its caller.
func (w *fieldWalk) returned(ret *ssa.Return, v ssa.Value, field string) {
	if w.passes == nil {
		return
	}
	for k, r := range ret.Results {
		if r != v {
			continue
		}
		for _, call := range w.info.callsOf(ret.Parent()) {
			if res := resultValue(call, k); res != nil {
				w.walk(res, field)
			}
		}
	}
}

// callsOf returns the calls of fn in the package's code.
func (info *Info) callsOf(fn *ssa.Function) []*ssa.Call {
	if info.calls == nil {
		info.calls = make(map[*ssa.Function][]*ssa.Call)
		for instr := range info.packageInstrs() {
			if call, ok := instr.(*ssa.Call); ok {
				if callee := call.Call.StaticCallee(); callee != nil {
					info.calls[callee] = append(info.calls[callee], call)
				}
			}
		}
	}
	return info.calls[fn]
}

// releasedInPackage returns the fields of tn that code of the current
// package closes or hands on anywhere, and the passes among them, sorted.
func (info *Info) releasedInPackage(tn *types.TypeName) ([]string, []FieldPass) {
	if info.releasedAnywhere == nil {
		info.releasedAnywhere = make(map[*types.TypeName]releases)
		info.noting = true
		for _, fn := range info.srcFuncs {
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					switch instr := instr.(type) {
					case *ssa.FieldAddr:
						info.noteReleases(instr, instr.X.Type(), instr.Field)
					case *ssa.Field:
						info.noteReleases(instr, instr.X.Type(), instr.Field)
					}
				}
			}
		}
		info.noting = false
	}
	r := info.releasedAnywhere[tn]
	return slices.Sorted(maps.Keys(r.fields)), slices.SortedFunc(maps.Keys(r.passes), func(a, b FieldPass) int {
		return cmp.Or(strings.Compare(a.Field, b.Field), strings.Compare(a.To, b.To))
	})
}

// releases are the fields of a type that code of its package closes or
// hands on, and the passes among them.
type releases struct {
	fields map[string]bool
	passes map[FieldPass]bool
}

// noteReleases records the field that v selects if fv's function closes
// or hands on what it holds.
func (info *Info) noteReleases(v ssa.Value, structT types.Type, index int) {
	tn := structType(structT)
	if tn == nil || !mayHoldResource(fieldType(structT, index)) {
		return
	}
	fields := make(map[string]bool)
	passes := make(map[FieldPass]bool)
	w := fieldWalk{info: info, fields: fields, seen: make(map[*ssa.Function]bool), visited: make(map[ssa.Value]bool), owner: tn, passes: passes}
	w.walk(v, fieldName(structT, index))
	if len(fields) == 0 {
		return
	}
	r, ok := info.releasedAnywhere[tn]
	if !ok {
		info.releasedAnywhere[tn] = releases{fields, passes}
		return
	}
	maps.Copy(r.fields, fields)
	maps.Copy(r.passes, passes)
}

// mayHoldResource reports whether a field of type t may hold a resource,
// itself or in a collection.
func mayHoldResource(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Slice:
		return mayHoldResource(u.Elem())
	case *types.Array:
		return mayHoldResource(u.Elem())
	case *types.Map:
		return mayHoldResource(u.Elem())
	}
	return mayCarry(t)
}

func fieldType(typ types.Type, index int) types.Type {
	if p, ok := typ.Underlying().(*types.Pointer); ok {
		typ = p.Elem()
	}
	if st, ok := typ.Underlying().(*types.Struct); ok && index < st.NumFields() {
		return st.Field(index).Type()
	}
	return types.Typ[types.Invalid]
}

func isTeardownName(name string) bool {
	return resource.IsCloseMethod(name) || slices.Contains(resource.Teardowns(), name)
}
