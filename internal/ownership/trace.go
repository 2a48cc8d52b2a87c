package ownership

import (
	"cmp"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/closecheck/closecheck/internal/flow"
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
	// Deferred holds the defers of closures that close the variable
	// holding the resource: at return they close whatever it holds then.
	// They are not among Closes. It also holds the t.Cleanup calls that
	// register such a closure, which are among Closes too.
	Deferred map[ssa.Instruction]bool
	// Overwrites holds the stores of other values into a variable that
	// holds the resource: reaching one before a close loses the resource.
	Overwrites map[ssa.Instruction]bool
	// Kept holds, for the stores among Gives that put the resource in a
	// field of a named struct, that field.
	Kept map[ssa.Instruction]Keeper
	// Handovers holds calls that keep the resource in a field of a type
	// whose teardown does not close that field: they neither close it nor
	// take it over.
	Handovers map[ssa.Instruction]Keeper
	// Shared holds the instructions, among Gives, that hand the resource
	// to code that keeps it: a go statement that passes it as an argument
	// (a goroutine that serves on it), a call that keeps it (an option),
	// a store into the array behind a variadic argument. A function that
	// does so and also returns the resource shares it; its caller does not
	// own it.
	Shared map[ssa.Instruction]bool

	info *Info

	// sentOn holds the blocks whose branch, when taken, enters a select
	// case that sends the resource and has no block of its own.
	sentOn map[*ssa.BasicBlock]bool

	field   *types.Var         // the resource field, when the value only holds the resource
	aliases map[ssa.Value]bool // values that are the resource or its holder
	cells   map[ssa.Value]bool // variables in memory that hold it: Allocs, and FreeVars of closures
	// creationCells holds the variables assigned the resource where it is
	// made.
	creationCells map[*ssa.Alloc]bool
	origin        ssa.Value          // the value traced
	errs          map[ssa.Value]bool // the error returned with the resource
	errPhis       map[*ssa.Phi]bool  // phis that merge it with other values
	// closedIfFalse holds calls whose false result means the resource is
	// already closed (rows.Next()).
	closedIfFalse map[ssa.Value]bool
	// closedIfFailed holds calls whose non-nil error means the resource
	// is already closed (pgx's rows.Scan).
	closedIfFailed map[ssa.Value]bool
	depth          int
}

// maxClosureDepth bounds how deeply nested closures are followed.
const maxClosureDepth = 4

// Trace follows v, a resource made in its function (or, when field is not
// nil, a value whose field holds the resource), through its aliases. err
// is the error value made with it, or nil.
func (info *Info) Trace(v ssa.Value, field *types.Var, err ssa.Value) *Trace {
	t := info.newTrace(field, 0)
	if err != nil {
		t.traceErr(err)
	}
	if v != nil {
		t.origin = v
		t.value(v, field != nil)
	}
	return t
}

func (info *Info) newTrace(field *types.Var, depth int) *Trace {
	return &Trace{
		info:           info,
		Kept:           make(map[ssa.Instruction]Keeper),
		Handovers:      make(map[ssa.Instruction]Keeper),
		Closes:         make(map[ssa.Instruction]bool),
		Gives:          make(map[ssa.Instruction]bool),
		Registered:     make(map[ssa.Instruction]bool),
		Shared:         make(map[ssa.Instruction]bool),
		Deferred:       make(map[ssa.Instruction]bool),
		Overwrites:     make(map[ssa.Instruction]bool),
		sentOn:         make(map[*ssa.BasicBlock]bool),
		field:          field,
		aliases:        make(map[ssa.Value]bool),
		cells:          make(map[ssa.Value]bool),
		creationCells:  make(map[*ssa.Alloc]bool),
		errs:           make(map[ssa.Value]bool),
		errPhis:        make(map[*ssa.Phi]bool),
		closedIfFalse:  make(map[ssa.Value]bool),
		closedIfFailed: make(map[ssa.Value]bool),
		depth:          depth,
	}
}

// Handled reports whether instr closes the resource or gives it away.
func (t *Trace) Handled(instr ssa.Instruction) bool {
	return t.Closes[instr] || t.Gives[instr]
}

// Discharged reports whether the function closes the resource, or gives it
// away, anywhere at all.
func (t *Trace) Discharged() bool {
	return t.GivesAway() || len(t.Closes)+len(t.Deferred)+len(t.closedIfFalse)+len(t.closedIfFailed) > 0
}

// GivesAway reports whether the function gives the resource away anywhere.
func (t *Trace) GivesAway() bool {
	return len(t.Gives)+len(t.sentOn) > 0
}

func (t *Trace) traceErr(err ssa.Value) {
	if t.errs[err] {
		return
	}
	t.errs[err] = true
	for _, ref := range referrers(err) {
		switch ref := ref.(type) {
		case *ssa.Call:
			// After require.Error(t, err) the error is not nil, and so
			// the resource is.
			if callee := ref.Call.StaticCallee(); callee != nil && resource.AssertsError(callee.Object()) {
				t.Closes[ref] = true
			}
		case *ssa.ChangeInterface, *ssa.MakeInterface:
			t.traceErr(ref.(ssa.Value))
		case *ssa.Phi:
			t.errPhi(ref)
		case *ssa.Store:
			// A named result, or a variable a closure captures, seen from
			// its function or from the closure.
			switch addr := ref.Addr.(type) {
			case *ssa.Alloc, *ssa.FreeVar:
				if ref.Val == err {
					t.errLoads(ref.Addr, ref)
				}
			case *ssa.FieldAddr:
				if ref.Val == err {
					t.errFieldLoads(addr, ref)
				}
			}
		}
	}
}

// errPhi records a phi that merges the resource's error with other values:
// whether it holds that error depends on the path, which ErrPhis lets
// flow.Query follow.
func (t *Trace) errPhi(phi *ssa.Phi) {
	if t.errPhis[phi] {
		return
	}
	t.errPhis[phi] = true
	for _, ref := range referrers(phi) {
		if next, ok := ref.(*ssa.Phi); ok {
			t.errPhi(next)
		}
	}
}

// IsErr reports whether v is, on every path, the error made with the
// resource.
func (t *Trace) IsErr(v ssa.Value) bool { return t.errs[v] }

// ErrPhis returns the phis that hold the error made with the resource on
// some paths.
func (t *Trace) ErrPhis() []*ssa.Phi {
	phis := make([]*ssa.Phi, 0, len(t.errPhis))
	for phi := range t.errPhis {
		phis = append(phis, phi)
	}
	slices.SortFunc(phis, func(a, b *ssa.Phi) int {
		return cmp.Or(a.Block().Index-b.Block().Index, cmp.Compare(a.Name(), b.Name()))
	})
	return phis
}

// errLoads follows the loads of cell that see the error stored by st:
// those that no store reaches but st and stores of that error or nil (or
// the zero value a local starts with), as the check after a retry loop
// that breaks once the call succeeds.
func (t *Trace) errLoads(cell ssa.Value, st *ssa.Store) {
	other := func(s *ssa.Store) bool { return s != nil && !t.errs[s.Val] && !isNil(s.Val) }
	reaching := t.info.storesReaching(cell)
	for _, ref := range referrers(cell) {
		load, ok := ref.(*ssa.UnOp)
		if stores, seen := reaching[load]; ok && seen && !slices.ContainsFunc(stores, other) {
			t.traceErr(load)
		}
	}
}

// errFieldLoads follows the error into the loads of the field it is
// stored in that come next in the store's block, before any call or store
// that may change the field: an iterator that keeps its error and tests it
// (it.err = ...; if it.err != nil).
func (t *Trace) errFieldLoads(addr *ssa.FieldAddr, st *ssa.Store) {
	sameField := func(v ssa.Value) bool {
		fa, ok := v.(*ssa.FieldAddr)
		return ok && fa.X == addr.X && fa.Field == addr.Field
	}
	instrs := st.Block().Instrs
	for _, instr := range instrs[slices.Index(instrs, ssa.Instruction(st))+1:] {
		switch instr := instr.(type) {
		case *ssa.UnOp:
			if instr.Op == token.MUL && sameField(instr.X) {
				t.traceErr(instr)
			}
		case *ssa.Store:
			if fa, ok := instr.Addr.(*ssa.FieldAddr); !ok || fa.X != addr.X || fa.Field == addr.Field {
				return
			}
		case ssa.CallInstruction, *ssa.MapUpdate:
			return
		}
	}
}

// storesReaching returns, for each load of cell, the stores into cell it
// may read: nil stands for the zero value a local starts with, and a
// variable a closure captures may hold anything its function stored, so
// its loads that no store of the closure reaches are left out.
func (info *Info) storesReaching(cell ssa.Value) map[*ssa.UnOp][]*ssa.Store {
	if r, ok := info.reaching[cell]; ok {
		return r
	}
	_, local := cell.(*ssa.Alloc)
	// last returns the last store into cell among instrs, and whether
	// there is one (or the cell's own Alloc, which zeroes it).
	last := func(instrs []ssa.Instruction) (*ssa.Store, bool) {
		for i := len(instrs) - 1; i >= 0; i-- {
			switch instr := instrs[i].(type) {
			case *ssa.Store:
				if instr.Addr == cell {
					return instr, true
				}
			case *ssa.Alloc:
				if instr == cell {
					return nil, true
				}
			}
		}
		return nil, false
	}
	// What reaches each block's start, by the edge it comes in by: a
	// loop from a constant to a constant runs its body at least once, so
	// what reaches its header from before the loop only reaches the body.
	fn := cell.Parent()
	in := make([][][]*ssa.Store, len(fn.Blocks))
	unknown := make([][]bool, len(fn.Blocks)) // a captured variable's outer value
	for _, b := range fn.Blocks {
		in[b.Index] = make([][]*ssa.Store, max(1, len(b.Preds)))
		unknown[b.Index] = make([]bool, max(1, len(b.Preds)))
	}
	if len(fn.Blocks) > 0 {
		if local {
			in[0][0] = []*ssa.Store{nil}
		} else {
			unknown[0][0] = true
		}
	}
	for changed := true; changed; {
		changed = false
		for _, b := range fn.Blocks {
			out, found := last(b.Instrs)
			for k := range in[b.Index] {
				outs, outUnknown := in[b.Index][k], unknown[b.Index][k]
				if found {
					outs, outUnknown = []*ssa.Store{out}, false
				}
				forced := -1
				if k < len(b.Preds) {
					forced = flow.ConstBranch(b.Preds[k], b)
				}
				for i, succ := range b.Succs {
					if forced >= 0 && i != forced {
						continue
					}
					j := slices.Index(succ.Preds, b)
					if outUnknown && !unknown[succ.Index][j] {
						unknown[succ.Index][j], changed = true, true
					}
					for _, st := range outs {
						if !slices.Contains(in[succ.Index][j], st) {
							in[succ.Index][j] = append(in[succ.Index][j], st)
							changed = true
						}
					}
				}
			}
		}
	}
	r := make(map[*ssa.UnOp][]*ssa.Store)
	for _, ref := range referrers(cell) {
		load, ok := ref.(*ssa.UnOp)
		if !ok || load.Op != token.MUL {
			continue
		}
		b := load.Block()
		if st, found := last(b.Instrs[:slices.Index(b.Instrs, ssa.Instruction(load))]); found {
			r[load] = []*ssa.Store{st}
		} else if !slices.Contains(unknown[b.Index], true) {
			var stores []*ssa.Store
			for _, edge := range in[b.Index] {
				for _, st := range edge {
					if !slices.Contains(stores, st) {
						stores = append(stores, st)
					}
				}
			}
			r[load] = stores
		}
	}
	info.reaching[cell] = r
	return r
}

func referrers(v ssa.Value) []ssa.Instruction {
	if refs := v.Referrers(); refs != nil {
		return *refs
	}
	return nil
}

// onlyUse reports whether use is the only instruction that uses v, but
// for debug references.
func onlyUse(v ssa.Value, use ssa.Instruction) bool {
	for _, ref := range referrers(v) {
		if _, debug := ref.(*ssa.DebugRef); !debug && ref != use {
			return false
		}
	}
	return true
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
		if ref.Op != token.MUL {
			return
		}
		// Loading an embedded closer from its address is the same
		// resource. Dereferencing the resource copies it, and the copy is
		// not followed, but for calls of its methods with a value
		// receiver: s.Close() on a *TestStorage loads *s as the receiver.
		if _, ok := v.(*ssa.FieldAddr); ok {
			t.value(ref, holder)
			return
		}
		if !holder && onlyUse(v, ref) {
			// The copy is all that is left of it, as in
			// &requestBody{body: *newBody(str)}.
			t.value(ref, false)
			return
		}
		for _, r := range referrers(ref) {
			if call, ok := r.(ssa.CallInstruction); ok && isMethodCall(call.Common()) && call.Common().Args[0] == ref {
				t.receiver(ref, holder, call, call.Common())
			}
		}
	case *ssa.Store:
		if ref.Val != v {
			return
		}
		if cell, ok := ref.Addr.(*ssa.Alloc); ok {
			// Only the variable assigned where the resource is made (f :=
			// open()) loses it to a later assignment; a result slot
			// filled at a return was not holding it before.
			if t.atCreation(v, ref) {
				t.creationCells[cell] = true
			}
			t.cell(cell, holder)
			return
		}
		if intoBorrowingField(ref.Addr) {
			return
		}
		t.Gives[ref] = true
		if calls := passedTo(ref.Addr); len(calls) > 0 {
			t.Shared[ref] = true
			if k, ok := t.appendedToClosed(calls); ok {
				t.Kept[ref] = k
			}
		}
		if fa, ok := ref.Addr.(*ssa.FieldAddr); ok {
			// A resource field (http.Response.Body) is its holder's
			// obligation, not an owner's.
			if tn := structType(fa.X.Type()); tn != nil && resource.Field(fa.X.Type()) == nil {
				t.Kept[ref] = Keeper{tn, fieldName(fa.X.Type(), fa.Field)}
			}
		}
	case *ssa.Select:
		t.selectSend(v, ref)
	case *ssa.Call:
		t.call(v, holder, ref, ref.Common())
	case *ssa.Defer:
		t.call(v, holder, ref, ref.Common())
	case *ssa.MakeClosure:
		t.closure(v, holder, ref)
	case *ssa.Go:
		// The goroutine may outlive the function: it owns what it is
		// given, unless it only runs a method of it (go c.readLoop()).
		// One whose function closes it closes it, as a closure would.
		if t.goCloses(v, ref) {
			t.Closes[ref] = true
		} else {
			t.Gives[ref] = true
		}
		if args := ref.Call.Args; slices.Contains(args, v) && !(isMethodCall(&ref.Call) && args[0] == v) {
			t.Shared[ref] = true
		}
	default:
		// Return, Send, MapUpdate, Select and anything not foreseen:
		// someone else may own it now.
		t.Gives[ref] = true
	}
}

// goCloses reports whether g starts a function that closes v, an argument
// other than the receiver of a method it runs.
func (t *Trace) goCloses(v ssa.Value, g *ssa.Go) bool {
	for i, arg := range g.Call.Args {
		if arg != v || i == 0 && isMethodCall(&g.Call) {
			continue
		}
		if effect, ok := t.info.ParamEffect(&g.Call, i); ok && effect.Kind == Closes {
			return true
		}
	}
	return false
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

func fieldName(typ types.Type, index int) string {
	if p, ok := typ.Underlying().(*types.Pointer); ok {
		typ = p.Elem()
	}
	if st, ok := typ.Underlying().(*types.Struct); ok && index < st.NumFields() {
		return st.Field(index).Name()
	}
	return ""
}

func (t *Trace) isResourceField(typ types.Type, index int) bool {
	if p, ok := typ.Underlying().(*types.Pointer); ok {
		typ = p.Elem()
	}
	st, ok := typ.Underlying().(*types.Struct)
	return ok && index < st.NumFields() && st.Field(index) == t.field
}

// CellsIn reports whether every variable that holds the resource from its
// creation is declared in block b: then, in a loop, each iteration has
// its own.
func (t *Trace) CellsIn(b *ssa.BasicBlock) bool {
	for cell := range t.creationCells {
		if cell.Block() != b {
			return false
		}
	}
	return true
}

// atCreation reports whether st stores v, the traced value itself, in the
// block where it is made.
func (t *Trace) atCreation(v ssa.Value, st *ssa.Store) bool {
	def, ok := v.(ssa.Instruction)
	return ok && v == t.origin && def.Block() == st.Block()
}

// cell follows a variable that holds the resource and lives in memory,
// because a closure captures it or its address is taken: an Alloc, or the
// FreeVar through which a closure reaches it.
func (t *Trace) cell(cell ssa.Value, holder bool) {
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
			// Only a captured variable is read by a closure after the
			// function has moved on; result slots and address-taken
			// locals are read where they are loaded.
			if a, local := cell.(*ssa.Alloc); ref.Addr == cell && !t.aliases[ref.Val] && (!local || a.Heap && t.creationCells[a]) {
				t.Overwrites[ref] = true
			}
		case *ssa.DebugRef, *ssa.FieldAddr:
			// A field of a struct-valued resource held in the variable.
		case *ssa.MakeClosure:
			t.closure(cell, holder, ref)
		case *ssa.Call:
			t.call(cell, holder, ref, ref.Common())
		case *ssa.Defer:
			t.call(cell, holder, ref, ref.Common())
		default:
			t.Gives[ref] = true
		}
	}
}

// selectSend marks as given away the start of the select case that sends
// v: on the other cases the function still owns it. A case with an empty
// body has no block of its own, its branch goes straight to what follows
// the select, so the edge into it is what gives v away.
func (t *Trace) selectSend(v ssa.Value, sel *ssa.Select) {
	for k, st := range sel.States {
		if st.Send != v {
			continue
		}
		switch b := caseBranch(sel, k); {
		case b == nil:
			t.Gives[sel] = true
		case len(b.Succs[0].Preds) == 1:
			t.Gives[b.Succs[0].Instrs[0]] = true
		default:
			t.sentOn[b] = true
		}
	}
}

// caseBranch returns the block whose branch is taken when sel chooses
// case k, found through the comparison of sel's index with k.
func caseBranch(sel *ssa.Select, k int) *ssa.BasicBlock {
	for _, ref := range referrers(sel) {
		ex, ok := ref.(*ssa.Extract)
		if !ok || ex.Index != 0 {
			continue
		}
		for _, r := range referrers(ex) {
			cmp, ok := r.(*ssa.BinOp)
			if !ok || cmp.Op != token.EQL {
				continue
			}
			c, ok := cmp.Y.(*ssa.Const)
			if !ok || c.Int64() != int64(k) {
				continue
			}
			for _, use := range referrers(cmp) {
				if cond, ok := use.(*ssa.If); ok {
					return cond.Block()
				}
			}
		}
	}
	return nil
}

// call classifies a call, deferred or not, that v takes part in.
func (t *Trace) call(v ssa.Value, holder bool, instr ssa.Instruction, c *ssa.CallCommon) {
	if _, ok := c.Value.(*ssa.Builtin); ok {
		return
	}
	switch {
	case c.IsInvoke():
		// As for a static call (see receiver), the teardown of a keeper
		// that carries the resource closes it, and so does a method that
		// every implementation in sight closes its receiver in.
		if c.Value == v && !holder && !t.ownMethod(instr, c.Method) &&
			(slices.Contains(resource.Teardowns(), c.Method.Name()) || t.info.implementationsClose(c.Value.Type(), c.Method, t.info.InTestFile(instr.Pos()))) {
			t.Closes[instr] = true
		}
	case c.Value == v:
		t.Gives[instr] = true // calling a function-valued resource
		return
	}
	for i, arg := range c.Args {
		if arg != v {
			continue
		}
		if i == 0 && isMethodCall(c) {
			t.receiver(v, holder, instr, c)
			continue
		}
		if t.borrows(c) {
			continue
		}
		t.argument(v, holder, instr, c, i)
	}
}

// isMethodCall reports whether c statically calls a method, directly or
// through the thunk of a method expression ((*os.File).Close), so that its
// first argument is the receiver.
func isMethodCall(c *ssa.CallCommon) bool {
	callee := c.StaticCallee()
	if c.IsInvoke() || callee == nil {
		return false
	}
	if callee.Signature.Recv() != nil {
		return true
	}
	obj, ok := callee.Object().(*types.Func)
	return ok && callee.Synthetic != "" && obj.Signature().Recv() != nil
}

// ownMethod classifies a call of one of the resource's own methods, and
// reports whether it closes the resource, now or when it returns false.
func (t *Trace) ownMethod(instr ssa.Instruction, method *types.Func) bool {
	switch {
	case resource.IsCloseMethod(method.Name()), resource.IsReset(method):
		t.Closes[instr] = true
		return true
	case resource.ClosedWhenFalse(method):
		if call, ok := instr.(*ssa.Call); ok {
			t.closedIfFalse[call] = true
			return true
		}
	case resource.ClosedWhenFailing(method):
		if call, ok := instr.(*ssa.Call); ok && types.Identical(call.Type(), errorType) {
			t.closedIfFailed[call] = true
			return true
		}
	}
	return false
}

// receiver classifies a static call of a method of v: its own methods use
// it, unless the method's fact says it closes or returns its receiver.
// A method that keeps its receiver somewhere does not take it from its
// owner.
func (t *Trace) receiver(v ssa.Value, holder bool, instr ssa.Instruction, c *ssa.CallCommon) {
	method, ok := c.StaticCallee().Object().(*types.Func)
	if ok && !holder && t.ownMethod(instr, method) {
		return
	}
	// The teardown of a keeper that carries the resource (a host whose
	// Stop closes its network) closes it.
	if ok && !holder && slices.Contains(resource.Teardowns(), method.Name()) {
		t.Closes[instr] = true
		return
	}
	effect, ok := t.info.ParamEffect(c, 0)
	switch {
	case !ok:
	case effect.Kind == Closes:
		t.Closes[instr] = true
	case effect.Kind == Returns:
		t.result(instr, effect.Result, holder)
	}
}

// argument classifies a call that takes v as its i-th argument, by what
// the callee's fact says it does with it; without a fact, the callee may
// keep it.
func (t *Trace) argument(v ssa.Value, holder bool, instr ssa.Instruction, c *ssa.CallCommon, i int) {
	effect, ok := t.info.ParamEffect(c, i)
	if !ok {
		t.Gives[instr] = true
		// A call through an interface or a function value may only use
		// it (a binder's disconnect hook); a function of another package
		// with no fact is presumed to keep it (an option).
		if c.StaticCallee() != nil && !c.IsInvoke() {
			t.Shared[instr] = true
		}
		return
	}
	switch effect.Kind {
	case Borrows:
	case Closes:
		t.Closes[instr] = true
	case Returns:
		t.result(instr, effect.Result, holder)
	case Stores:
		t.handover(instr, c, effect, holder)
		if t.Gives[instr] {
			t.Shared[instr] = true
		}
	default:
		// The callee hands it to code it cannot see: that may only use it.
		t.Gives[instr] = true
	}
}

// result follows result i of a call as the resource itself.
func (t *Trace) result(instr ssa.Instruction, i int, holder bool) {
	call, ok := instr.(*ssa.Call)
	if !ok {
		return // a deferred or go call's results are dropped
	}
	if res := resultValue(call, i); res != nil {
		t.value(res, holder)
	}
}

// resultValue returns the value of result i of call, or nil if unused.
func resultValue(call *ssa.Call, i int) ssa.Value {
	if _, ok := call.Type().(*types.Tuple); !ok {
		return call
	}
	for _, ref := range referrers(call) {
		if ex, ok := ref.(*ssa.Extract); ok && ex.Index == i {
			return ex
		}
	}
	return nil
}

// handover classifies a call that keeps the resource in a field of a
// struct type. If the type's teardown closes that field, the value of that
// type the call returns now carries the resource (or, if it returns none,
// the call takes it over). If not, nobody closes it for the caller.
func (t *Trace) handover(instr ssa.Instruction, c *ssa.CallCommon, effect Effect, holder bool) {
	tn := t.info.lookupType(effect.Type)
	if tn == nil || effect.Field == "" || resource.Field(tn.Type()) != nil {
		t.Gives[instr] = true
		return
	}
	if tf := t.info.TypeFact(tn); tf != nil && tf.ClosesField(effect.Field) {
		t.Gives[instr] = true
		t.Kept[instr] = Keeper{tn, effect.Field}
		call, ok := instr.(*ssa.Call)
		if !ok {
			return
		}
		for i, res := range resultsOf(call) {
			// A result the caller must close on its own account is
			// checked as such; otherwise it carries this resource,
			// unless the caller drops a keeper that has no teardown: then
			// it lives where the callee put it (a server's client, whose
			// read loop it started), and only the package's code that
			// releases the field can reach it.
			if res != nil && structType(resultType(call, i)) == tn && (len(referrers(res)) > 0 || tf.Teardown != "") &&
				!(isResource(resultType(call, i)) && t.info.CallerOwns(c, i)) {
				delete(t.Gives, instr)
				t.value(res, false)
				t.fieldOf(res, effect.Field, false)
				// The field the keeper hands it to holds it too: stopping
				// that field's server (defer stub.S.Stop()) releases it.
				for _, to := range tf.PassedTo(effect.Field) {
					t.fieldOf(res, to, false)
				}
			}
		}
		return
	}
	t.Handovers[instr] = Keeper{tn, effect.Field}
	// The keeper the call returns holds the resource in that field: a
	// close through it (defer ct.conn.Close()) closes the resource.
	if call, ok := instr.(*ssa.Call); ok {
		for i, res := range resultsOf(call) {
			if res != nil && structType(resultType(call, i)) == tn {
				t.fieldOf(res, effect.Field, holder)
			}
		}
	}
}

// fieldOf follows the loads of field name of the struct that ptr points
// to as the resource.
func (t *Trace) fieldOf(ptr ssa.Value, name string, holder bool) {
	for _, ref := range referrers(ptr) {
		fa, ok := ref.(*ssa.FieldAddr)
		if !ok || fa.X != ptr || fieldName(ptr.Type(), fa.Field) != name {
			continue
		}
		for _, use := range referrers(fa) {
			if load, ok := use.(*ssa.UnOp); ok && load.Op == token.MUL {
				t.value(load, holder)
			}
		}
	}
}

func resultsOf(call *ssa.Call) []ssa.Value {
	tuple, ok := call.Type().(*types.Tuple)
	if !ok {
		return []ssa.Value{call}
	}
	vals := make([]ssa.Value, tuple.Len())
	for _, ref := range referrers(call) {
		if ex, ok := ref.(*ssa.Extract); ok {
			vals[ex.Index] = ex
		}
	}
	return vals
}

func resultType(call *ssa.Call, i int) types.Type {
	if tuple, ok := call.Type().(*types.Tuple); ok {
		return tuple.At(i).Type()
	}
	return call.Type()
}

func (t *Trace) borrows(c *ssa.CallCommon) bool { return t.info.borrows(c) }

// borrows reports whether c calls a function known only to use its
// resource arguments.
func (info *Info) borrows(c *ssa.CallCommon) bool {
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
				effect = max(effect, t.effectIn(fn.FreeVars[i], t.cells[v], holder))
			}
		}
	}
	t.closureUses(mc, effect, t.cells[v])
}

func (t *Trace) effectIn(fv *ssa.FreeVar, isCell, holder bool) closureEffect {
	inner := t.info.newTrace(t.field, t.depth+1)
	if isCell {
		inner.cell(fv, holder)
	} else {
		inner.value(fv, holder)
	}
	switch {
	case inner.GivesAway():
		return givesItAway
	case len(inner.Closes)+len(inner.Deferred) > 0:
		return closesIt
	}
	return usesIt
}

// closureUses classifies the uses of a closure value; viaCell says that the
// closure reaches the resource through the variable that holds it.
func (t *Trace) closureUses(fnValue ssa.Value, effect closureEffect, viaCell bool) {
	for _, ref := range referrers(fnValue) {
		var c *ssa.CallCommon
		switch ref := ref.(type) {
		case *ssa.DebugRef:
			continue
		case *ssa.ChangeType:
			t.closureUses(ref, effect, viaCell)
			continue
		case *ssa.Call:
			c = ref.Common()
		case *ssa.Defer:
			c = ref.Common()
		case *ssa.Go:
			// A goroutine that only uses it leaves it its owner's.
			c = ref.Common()
		}
		calledHere := c != nil && c.Value == fnValue
		_, deferred := ref.(*ssa.Defer)
		switch {
		case effect == closesIt && deferred && calledHere && viaCell:
			t.Deferred[ref] = true
		case effect == closesIt:
			t.Closes[ref] = true
			if !calledHere {
				t.Registered[ref] = true
			}
			if viaCell && !calledHere {
				// Whoever it is handed to runs it later, as t.Cleanup
				// runs it when the test ends: it closes what the
				// variable holds by then, assigned after the hand-off
				// too (a balancer callback registered before the
				// channel it closes is dialed).
				t.Deferred[ref] = true
			}
		case effect == givesItAway, !calledHere:
			t.Gives[ref] = true
		}
	}
}

// Pruned reports whether the edge from b to its i-th successor needs no
// close: the resource's own error is non-nil there, the resource is nil,
// it is already closed, or the edge enters a select case that sends it.
// isErr tells which values hold the resource's error on the path at hand.
func (t *Trace) Pruned(b *ssa.BasicBlock, i int, isErr func(ssa.Value) bool) bool {
	cond, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
	if !ok {
		return false
	}
	if i == 0 && t.sentOn[b] {
		return true
	}
	return t.needless(cond.Cond, i == 0, isErr)
}

// needless reports whether, on a path where cond evaluates to outcome,
// the resource needs no close.
func (t *Trace) needless(cond ssa.Value, outcome bool, isErr func(ssa.Value) bool) bool {
	switch cond := cond.(type) {
	case *ssa.UnOp:
		if cond.Op == token.NOT {
			return t.needless(cond.X, !outcome, isErr)
		}
	case *ssa.BinOp:
		if cond.Op != token.EQL && cond.Op != token.NEQ {
			return false
		}
		equal := outcome == (cond.Op == token.EQL)
		if t.info.nilErrorCheck(cond.X, cond.Y) {
			return !equal // err != nil, where err is always nil
		}
		x, other := cond.X, cond.Y
		if isErr(other) || t.aliases[other] || t.closedIfFailed[other] {
			x, other = other, x
		}
		switch {
		case isErr(x) && isNil(other):
			return !equal // err != nil
		case t.closedIfFailed[x] && isNil(other):
			return !equal // rows.Scan(...) != nil
		case isErr(x) && isSentinel(other):
			return equal // err == io.EOF: non-nil too
		case t.aliases[x] && isNil(other):
			return equal // x == nil
		}
	case *ssa.Call:
		if t.closedIfFalse[cond] {
			return !outcome
		}
		if outcome && t.info.isErrorPredicate(&cond.Call, isErr) {
			return true
		}
	case *ssa.Extract:
		ta, ok := cond.Tuple.(*ssa.TypeAssert)
		if !ok || cond.Index != 1 {
			break
		}
		switch {
		case isErr(ta.X):
			// A type assertion on the error that succeeds, as a case
			// of a type switch does, finds it non-nil.
			return outcome
		case t.aliases[ta.X] && types.IsInterface(ta.AssertedType) && types.AssignableTo(ta.X.Type(), ta.AssertedType):
			// One on the resource, to an interface its type already
			// implements, fails only if it is nil.
			return !outcome
		}
	}
	return false
}

// isSentinel reports whether v is an error read from a package-level
// variable, such as io.EOF: the errors a caller compares with are set.
func isSentinel(v ssa.Value) bool {
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return false
	}
	_, global := load.X.(*ssa.Global)
	return global
}

func isNil(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.Value == nil
}

// passedTo returns the calls that take the local array addr is an element
// of, as a slice: the array behind a variadic argument
// (grpc.WithResolvers(r)).
// intoBorrowingField reports whether addr is a field that only uses what
// is stored in it (cmd.Stdout = f), or an element of a slice that only
// goes to such a field, appended or whole (cmd.ExtraFiles =
// append(cmd.ExtraFiles, f)). A field that the function reads back, but
// to append to it, may be how it closes what it stored there (for _, f :=
// range cmd.ExtraFiles { f.Close() }): that store still gives it away.
func intoBorrowingField(addr ssa.Value) bool {
	switch a := addr.(type) {
	case *ssa.FieldAddr:
		return resource.BorrowingField(a.X.Type(), fieldName(a.X.Type(), a.Field)) && !readBack(a)
	case *ssa.IndexAddr:
		arr, ok := a.X.(*ssa.Alloc)
		if !ok {
			return false
		}
		some := false
		for _, ref := range referrers(arr) {
			switch ref := ref.(type) {
			case *ssa.IndexAddr:
			case *ssa.Slice:
				if !sliceIntoBorrowingField(ref) {
					return false
				}
				some = true
			default:
				return false
			}
		}
		return some
	}
	return false
}

// readBack reports whether the function reads the field that fa
// addresses, other than to append to it.
func readBack(fa *ssa.FieldAddr) bool {
	for _, ref := range referrers(fa.X) {
		other, ok := ref.(*ssa.FieldAddr)
		if !ok || other.X != fa.X || other.Field != fa.Field {
			continue
		}
		for _, use := range referrers(other) {
			load, ok := use.(*ssa.UnOp)
			if ok && load.Op == token.MUL && !onlyAppendedTo(load) {
				return true
			}
		}
	}
	return false
}

// onlyAppendedTo reports whether v is only the slice that appends extend.
func onlyAppendedTo(v ssa.Value) bool {
	for _, use := range referrers(v) {
		call, ok := use.(*ssa.Call)
		if !ok {
			return false
		}
		if !isBuiltin(&call.Call, "append") || call.Call.Args[0] != v {
			return false
		}
	}
	return true
}

// sliceIntoBorrowingField reports whether every use of sl stores it, or
// what appending it makes, in a field that only uses what it holds.
func sliceIntoBorrowingField(sl ssa.Value) bool {
	for _, use := range referrers(sl) {
		switch use := use.(type) {
		case *ssa.Store:
			if use.Val != sl || !intoBorrowingField(use.Addr) {
				return false
			}
		case *ssa.Call:
			if !isBuiltin(&use.Call, "append") || !sliceIntoBorrowingField(use) {
				return false
			}
		case *ssa.DebugRef:
		default:
			return false
		}
	}
	return true
}

func passedTo(addr ssa.Value) []ssa.CallInstruction {
	ia, ok := addr.(*ssa.IndexAddr)
	if !ok {
		return nil
	}
	arr, ok := ia.X.(*ssa.Alloc)
	if !ok {
		return nil
	}
	var calls []ssa.CallInstruction
	for _, ref := range referrers(arr) {
		sl, ok := ref.(*ssa.Slice)
		if !ok {
			continue
		}
		for _, use := range referrers(sl) {
			if call, ok := use.(ssa.CallInstruction); ok && slices.Contains(call.Common().Args, ssa.Value(sl)) {
				calls = append(calls, call)
			}
		}
	}
	return calls
}

// appendedToClosed reports whether one of calls appends to a field of a
// struct whose teardown closes that field, as in
// l.conns = append(l.conns, c) with a Close that closes every element of
// l.conns, and returns that field.
func (t *Trace) appendedToClosed(calls []ssa.CallInstruction) (Keeper, bool) {
	for _, instr := range calls {
		call, ok := instr.(*ssa.Call)
		if !ok {
			continue
		}
		if !isBuiltin(&call.Call, "append") {
			continue
		}
		for _, ref := range referrers(call) {
			st, ok := ref.(*ssa.Store)
			if !ok || st.Val != call {
				continue
			}
			fa, ok := st.Addr.(*ssa.FieldAddr)
			if !ok {
				continue
			}
			tn := structType(fa.X.Type())
			if tn == nil {
				continue
			}
			k := Keeper{tn, fieldName(fa.X.Type(), fa.Field)}
			if tf := t.info.TypeFact(tn); tf != nil && tf.ClosesField(k.Field) {
				return k, true
			}
		}
	}
	return Keeper{}, false
}
