package ownership

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/closecheck/closecheck/internal/resource"
)

// A Trace is what one function does with one resource value: where it
// closes it, where it gives it away, and which SSA values stand for it.
type Trace struct {
	// Closes holds the instructions of the function that close the resource:
	// a close call, a deferred one, or the call, defer or hand-off of a
	// closure that closes it.
	Closes map[ssa.Instruction]bool
	// Gives holds the instructions after which someone else owns it:
	// returns, stores outside the function's own variables, sends, go
	// statements, and calls that may keep it.
	Gives map[ssa.Instruction]bool
	// Registered holds the calls, among Closes, that hand a closure that
	// closes the resource to someone else to run later (t.Cleanup).
	Registered map[ssa.Instruction]bool

	field   *types.Var         // the resource field, when the value only holds the resource
	aliases map[ssa.Value]bool // values that are the resource or its holder
	cells   map[*ssa.Alloc]bool
	errs    map[ssa.Value]bool // the error returned with the resource
	// closedIfFalse holds calls whose false result means the resource is
	// already closed (rows.Next()).
	closedIfFalse map[ssa.Value]bool
	depth         int
}

// maxClosureDepth bounds how deeply nested closures are followed.
const maxClosureDepth = 4

// TraceValue follows v, a resource made in its function (or, when field
// is not nil, a value whose field holds the resource), through its aliases.
// err is the error value made with it, or nil.
func TraceValue(v ssa.Value, field *types.Var, err ssa.Value) *Trace {
	t := newTrace(field, 0)
	if err != nil {
		t.traceErr(err)
	}
	t.value(v, field != nil)
	return t
}

func newTrace(field *types.Var, depth int) *Trace {
	return &Trace{
		Closes:        make(map[ssa.Instruction]bool),
		Gives:         make(map[ssa.Instruction]bool),
		Registered:    make(map[ssa.Instruction]bool),
		field:         field,
		aliases:       make(map[ssa.Value]bool),
		cells:         make(map[*ssa.Alloc]bool),
		errs:          make(map[ssa.Value]bool),
		closedIfFalse: make(map[ssa.Value]bool),
		depth:         depth,
	}
}

// Handled reports whether instr closes the resource or gives it away.
func (t *Trace) Handled(instr ssa.Instruction) bool {
	return t.Closes[instr] || t.Gives[instr]
}

func (t *Trace) traceErr(err ssa.Value) {
	if t.errs[err] {
		return
	}
	t.errs[err] = true
	for _, ref := range referrers(err) {
		switch ref := ref.(type) {
		case *ssa.Phi, *ssa.ChangeInterface, *ssa.MakeInterface:
			t.traceErr(ref.(ssa.Value))
		case *ssa.Store:
			// A named result, or a variable a closure captures.
			if cell, ok := ref.Addr.(*ssa.Alloc); ok && ref.Val == err {
				for _, r := range referrers(cell) {
					if load, ok := r.(*ssa.UnOp); ok && load.Op == token.MUL {
						t.traceErr(load)
					}
				}
			}
		}
	}
}

func referrers(v ssa.Value) []ssa.Instruction {
	if refs := v.Referrers(); refs != nil {
		return *refs
	}
	return nil
}

// value follows v, which is the resource, or its holder when holder is set.
func (t *Trace) value(v ssa.Value, holder bool) {
	if t.aliases[v] {
		return
	}
	t.aliases[v] = true
	for _, ref := range referrers(v) {
		t.use(v, holder, ref)
	}
}

func (t *Trace) use(v ssa.Value, holder bool, ref ssa.Instruction) {
	switch ref := ref.(type) {
	case *ssa.DebugRef, *ssa.BinOp, *ssa.If, *ssa.Panic,
		*ssa.Index, *ssa.IndexAddr, *ssa.Slice, *ssa.Lookup:
		// Uses that neither close nor keep it.
	case *ssa.Field:
		switch {
		case holder && t.isResourceField(ref.X.Type(), ref.Field):
			t.value(ref, false)
		case !holder && isEmbeddedCloser(ref.X.Type(), ref.Field):
			t.value(ref, false)
		}
	case *ssa.ChangeType, *ssa.MakeInterface, *ssa.ChangeInterface,
		*ssa.Convert, *ssa.MultiConvert, *ssa.Phi:
		t.value(ref.(ssa.Value), holder)
	case *ssa.TypeAssert:
		if !ref.CommaOk {
			t.value(ref, holder)
			return
		}
		for _, r := range referrers(ref) {
			if ex, ok := r.(*ssa.Extract); ok && ex.Index == 0 {
				t.value(ex, holder)
			}
		}
	case *ssa.FieldAddr:
		switch {
		case holder && t.isResourceField(ref.X.Type(), ref.Field):
			for _, r := range referrers(ref) {
				if load, ok := r.(*ssa.UnOp); ok && load.Op == token.MUL {
					t.value(load, false)
				}
			}
		case !holder && isEmbeddedCloser(ref.X.Type(), ref.Field):
			// Promoted methods, Close among them, take the embedded
			// field's address (or its value, loaded) as receiver.
			t.value(ref, false)
		}
	case *ssa.UnOp:
		// Dereferencing the resource copies it, and the copy is not
		// followed; loading an embedded closer from its address is the
		// same resource.
		if _, ok := v.(*ssa.FieldAddr); ok && ref.Op == token.MUL {
			t.value(ref, holder)
		}
	case *ssa.Store:
		if ref.Val != v {
			return
		}
		if cell, ok := ref.Addr.(*ssa.Alloc); ok {
			t.cell(cell, holder)
			return
		}
		t.Gives[ref] = true
	case *ssa.Call:
		t.call(v, holder, ref, ref.Common())
	case *ssa.Defer:
		t.call(v, holder, ref, ref.Common())
	case *ssa.MakeClosure:
		t.closure(v, holder, ref)
	default:
		// Return, Go, Send, MapUpdate, Select and anything not foreseen:
		// someone else may own it now.
		t.Gives[ref] = true
	}
}

// isEmbeddedCloser reports whether field index of the struct typ (or the
// struct typ points to) is embedded and a closer, so that the struct's
// promoted Close is the field's.
func isEmbeddedCloser(typ types.Type, index int) bool {
	if p, ok := typ.Underlying().(*types.Pointer); ok {
		typ = p.Elem()
	}
	st, ok := typ.Underlying().(*types.Struct)
	if !ok || index >= st.NumFields() {
		return false
	}
	f := st.Field(index)
	return f.Embedded() && (resource.IsCloser(f.Type()) || resource.IsCloser(types.NewPointer(f.Type())))
}

func (t *Trace) isResourceField(typ types.Type, index int) bool {
	if p, ok := typ.Underlying().(*types.Pointer); ok {
		typ = p.Elem()
	}
	st, ok := typ.Underlying().(*types.Struct)
	return ok && index < st.NumFields() && st.Field(index) == t.field
}

// cell follows a local variable that lives in memory because a closure
// captures it or its address is taken.
func (t *Trace) cell(cell *ssa.Alloc, holder bool) {
	if t.cells[cell] {
		return
	}
	t.cells[cell] = true
	t.aliases[cell] = true
	for _, ref := range referrers(cell) {
		switch ref := ref.(type) {
		case *ssa.UnOp:
			if ref.Op == token.MUL {
				t.value(ref, holder)
			}
		case *ssa.Store:
			// Another value assigned to the variable.
		case *ssa.DebugRef:
		case *ssa.MakeClosure:
			t.closure(cell, holder, ref)
		default:
			t.Gives[ref] = true
		}
	}
}

// call classifies a call, deferred or not, that v takes part in.
func (t *Trace) call(v ssa.Value, holder bool, instr ssa.Instruction, c *ssa.CallCommon) {
	if _, ok := c.Value.(*ssa.Builtin); ok {
		return
	}
	args := c.Args
	var method *types.Func
	switch {
	case c.IsInvoke():
		if c.Value == v {
			method = c.Method
		}
	case c.Value == v:
		t.Gives[instr] = true // calling a function-valued resource
		return
	default:
		if callee := c.StaticCallee(); callee != nil && callee.Signature.Recv() != nil && len(args) > 0 {
			if args[0] == v {
				method, _ = callee.Object().(*types.Func)
			}
			args = args[1:]
		}
	}
	if method != nil && !holder {
		switch {
		case resource.IsCloseMethod(method.Name()):
			t.Closes[instr] = true
		case resource.ClosedWhenFalse(method):
			if call, ok := instr.(*ssa.Call); ok {
				t.closedIfFalse[call] = true
			}
		}
	}
	for _, arg := range args {
		if arg == v && !t.borrows(c) {
			t.Gives[instr] = true
		}
	}
}

func (t *Trace) borrows(c *ssa.CallCommon) bool {
	if c.IsInvoke() {
		return false
	}
	callee := c.StaticCallee()
	if callee == nil {
		return false
	}
	if callee.Origin() != nil {
		callee = callee.Origin()
	}
	obj, ok := callee.Object().(*types.Func)
	return ok && resource.Borrows(obj)
}

// A closureEffect is what a closure does with a resource it captures.
type closureEffect int

const (
	usesIt closureEffect = iota
	closesIt
	givesItAway
)

// closure classifies a closure that captures v (or the variable v holding
// it) by what its body does with it, and then each use of the closure.
func (t *Trace) closure(v ssa.Value, holder bool, mc *ssa.MakeClosure) {
	effect := givesItAway
	if fn, ok := mc.Fn.(*ssa.Function); ok && t.depth < maxClosureDepth {
		effect = usesIt
		for i, b := range mc.Bindings {
			if b == v && i < len(fn.FreeVars) {
				effect = max(effect, t.effectIn(fn.FreeVars[i], v, holder))
			}
		}
	}
	t.closureUses(mc, effect)
}

func (t *Trace) effectIn(fv *ssa.FreeVar, bound ssa.Value, holder bool) closureEffect {
	inner := newTrace(t.field, t.depth+1)
	if _, isCell := bound.(*ssa.Alloc); isCell {
		for _, ref := range referrers(fv) {
			switch ref := ref.(type) {
			case *ssa.UnOp:
				if ref.Op == token.MUL {
					inner.value(ref, holder)
				}
			case *ssa.Store, *ssa.DebugRef:
			case *ssa.MakeClosure:
				inner.closure(fv, holder, ref)
			default:
				inner.Gives[ref] = true
			}
		}
	} else {
		inner.value(fv, holder)
	}
	switch {
	case len(inner.Gives) > 0:
		return givesItAway
	case len(inner.Closes) > 0:
		return closesIt
	}
	return usesIt
}

func (t *Trace) closureUses(fnValue ssa.Value, effect closureEffect) {
	for _, ref := range referrers(fnValue) {
		var c *ssa.CallCommon
		switch ref := ref.(type) {
		case *ssa.DebugRef:
			continue
		case *ssa.ChangeType:
			t.closureUses(ref, effect)
			continue
		case *ssa.Call:
			c = ref.Common()
		case *ssa.Defer:
			c = ref.Common()
		}
		calledHere := c != nil && c.Value == fnValue
		switch {
		case effect == closesIt:
			t.Closes[ref] = true
			if !calledHere {
				t.Registered[ref] = true
			}
		case effect == givesItAway, !calledHere:
			t.Gives[ref] = true
		}
	}
}

// Pruned reports whether the edge from b to its i-th successor needs no
// close: the resource's own error is non-nil there, the resource is nil,
// or the resource is already closed.
func (t *Trace) Pruned(b *ssa.BasicBlock, i int) bool {
	cond, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
	if !ok {
		return false
	}
	return t.needless(cond.Cond, i == 0)
}

// needless reports whether, on a path where cond evaluates to outcome,
// the resource needs no close.
func (t *Trace) needless(cond ssa.Value, outcome bool) bool {
	switch cond := cond.(type) {
	case *ssa.UnOp:
		if cond.Op == token.NOT {
			return t.needless(cond.X, !outcome)
		}
	case *ssa.BinOp:
		if cond.Op != token.EQL && cond.Op != token.NEQ {
			return false
		}
		x := cond.X
		if !isNil(cond.Y) {
			if !isNil(cond.X) {
				return false
			}
			x = cond.Y
		}
		isNilOutcome := outcome == (cond.Op == token.EQL)
		switch {
		case t.errs[x]:
			return !isNilOutcome
		case t.aliases[x]:
			return isNilOutcome
		}
	case *ssa.Call:
		if t.closedIfFalse[cond] {
			return !outcome
		}
		if outcome && len(cond.Call.Args) > 0 && t.errs[cond.Call.Args[0]] && isErrorPredicate(cond.Call.StaticCallee()) {
			return true
		}
	}
	return false
}

func isNil(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.Value == nil
}

// isErrorPredicate reports whether fn returns true only for a non-nil error.
func isErrorPredicate(fn *ssa.Function) bool {
	if fn == nil || fn.Pkg == nil {
		return false
	}
	switch fn.Pkg.Pkg.Path() + "." + fn.Name() {
	case "errors.Is", "errors.As", "os.IsNotExist", "os.IsExist", "os.IsPermission", "os.IsTimeout":
		return true
	}
	return false
}
