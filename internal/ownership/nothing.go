package ownership

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/closecheck/closecheck/internal/api"
	"github.com/closecheck/closecheck/internal/resource"
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
	fn := info.closeFunc(t)
	if fn == nil {
		return false
	}
	fact := info.factOf(fn)
	return fact != nil && fact.ReleasesNothing
}

// closeFunc returns the function of t's Close method, or nil.
func (info *Info) closeFunc(t types.Type) *ssa.Function {
	obj, _, _ := types.LookupFieldOrMethod(t, true, nil, "Close")
	method, ok := obj.(*types.Func)
	if !ok {
		return nil
	}
	return info.pkg.Prog.FuncValue(method.Origin())
}

// isBuiltin reports whether c calls the builtin of this name.
func isBuiltin(c *ssa.CallCommon, name string) bool {
	b, ok := c.Value.(*ssa.Builtin)
	return ok && b.Name() == name
}

// closeHooks reports whether fn is a Close method whose body releases
// nothing (see releasesNothing) but what the callbacks it calls out of
// fields of its receiver do, and what it closes in fields of its receiver
// that are set only where a receiver is made. It returns the names of
// those fields: a test double's Close that runs CloseCallback has a hook;
// a reader's Close that closes the source it was made over
// (if r.rc != nil { r.rc.Close() }) has a field it closes. With neither,
// the Close releases nothing at all.
func (info *Info) closeHooks(fn *ssa.Function) (hooks, via []string, ok bool) {
	if fn.Signature.Recv() == nil || fn.Name() != "Close" || len(fn.Blocks) == 0 {
		return nil, nil, false
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if field := receiverHook(fn, instr); field != "" {
				if !slices.Contains(hooks, field) {
					hooks = append(hooks, field)
				}
				continue
			}
			if field := info.closedField(fn, instr); field != "" {
				if !slices.Contains(via, field) {
					via = append(via, field)
				}
				continue
			}
			if info.mayRelease(instr, fn.Params[0]) {
				return nil, nil, false
			}
		}
	}
	return hooks, via, true
}

// closedField returns the name of the field of fn's receiver that instr
// closes, if the package sets that field only where it makes a value of
// the receiver's type, or "".
func (info *Info) closedField(fn *ssa.Function, instr ssa.Instruction) string {
	call, ok := instr.(ssa.CallInstruction)
	if !ok {
		return ""
	}
	c := call.Common()
	var closed ssa.Value
	switch {
	case c.IsInvoke():
		if resource.IsCloseMethod(c.Method.Name()) {
			closed = c.Value
		}
	case c.StaticCallee() != nil && c.StaticCallee().Signature.Recv() != nil && len(c.Args) > 0:
		if resource.IsCloseMethod(c.StaticCallee().Name()) {
			closed = c.Args[0]
		}
	}
	addr := receiverField(fn, Unconverted(asserted(closed)))
	if addr == nil {
		return ""
	}
	named, fields := pointedStruct(addr.X.Type())
	if fields == nil || info.reachable(fields.Field(addr.Field)) || info.setAfterMade(named.Origin(), addr.Field) {
		return ""
	}
	return fields.Field(addr.Field).Name()
}

// reachable reports whether other packages can reach field, an exported
// field of a type that the package's API hands out (see api.Fields), and
// may set it.
func (info *Info) reachable(field *types.Var) bool {
	if info.apiFields == nil {
		info.apiFields = api.Fields(info.pass.Pkg)
	}
	return info.apiFields[field.Origin()]
}

// asserted returns what v asserts the type of, if v is a type assertion
// (if c, ok := w.w.(io.Closer); ok { c.Close() }), or v.
func asserted(v ssa.Value) ssa.Value {
	if e, ok := v.(*ssa.Extract); ok && e.Index == 0 {
		v = e.Tuple
	}
	if ta, ok := v.(*ssa.TypeAssert); ok {
		return ta.X
	}
	return v
}

// pointedStruct returns the named struct type that t points to, or nils.
func pointedStruct(t types.Type) (*types.Named, *types.Struct) {
	ptr, ok := t.Underlying().(*types.Pointer)
	if !ok {
		return nil, nil
	}
	named, ok := types.Unalias(ptr.Elem()).(*types.Named)
	if !ok {
		return nil, nil
	}
	st, ok := named.Underlying().(*types.Struct)
	if !ok {
		return nil, nil
	}
	return named, st
}

// A structField names field Field of struct type Type.
type structField struct {
	Type  *types.Named
	Field int
}

// setAfterMade reports whether the package's code sets field i of
// named, a struct type, anywhere but in a value that the same function
// allocates, or writes a whole value of that type into memory it did not
// allocate: then a value's field may change after its maker returns it.
func (info *Info) setAfterMade(named *types.Named, i int) bool {
	if info.lateFields == nil {
		info.lateFields = make(map[structField]bool)
		for instr := range info.packageInstrs() {
			if st, ok := instr.(*ssa.Store); ok {
				info.noteLateStore(st)
			}
		}
	}
	return info.lateFields[structField{named, i}] || info.lateFields[structField{named, -1}]
}

// noteLateStore records in info.lateFields the field that st sets, or
// the whole struct (field -1), if st may set it after its value is made.
// A store into what a constructor of the package has just made finishes
// making it: elf.Open stores the file it opened in what NewFile made. A
// store of nil fills nothing (a Close that clears the field it closed).
func (info *Info) noteLateStore(st *ssa.Store) {
	if isNil(st.Val) {
		return
	}
	addr := st.Addr
	field := -1
	if fa, ok := addr.(*ssa.FieldAddr); ok {
		addr, field = fa.X, fa.Field
	}
	if _, fresh := addr.(*ssa.Alloc); fresh || info.madeByConstructor(addr) {
		return
	}
	if named, fields := pointedStruct(addr.Type()); fields != nil {
		info.lateFields[structField{named.Origin(), field}] = true
	}
}

// madeByConstructor reports whether v is a result of a call of a
// function of the package that returns, there, only values it allocates
// (or nil): a value no one else holds yet.
func (info *Info) madeByConstructor(v ssa.Value) bool {
	var c *ssa.CallCommon
	index := 0
	switch v := v.(type) {
	case *ssa.Call:
		c = &v.Call
	case *ssa.Extract:
		call, ok := v.Tuple.(*ssa.Call)
		if !ok {
			return false
		}
		c, index = &call.Call, v.Index
	default:
		return false
	}
	callee := c.StaticCallee()
	if callee == nil || callee.Pkg != info.pkg || len(callee.Blocks) == 0 {
		return false
	}
	some := false
	for _, r := range returned(callee, index) {
		if isNil(r) {
			continue
		}
		if _, ok := r.(*ssa.Alloc); !ok {
			return false
		}
		some = true
	}
	return some
}

// receiverHook returns the name of the field of fn's receiver whose
// function instr calls, or "".
func receiverHook(fn *ssa.Function, instr ssa.Instruction) string {
	call, ok := instr.(*ssa.Call)
	if !ok || call.Call.IsInvoke() {
		return ""
	}
	addr := receiverField(fn, call.Call.Value)
	if addr == nil {
		return ""
	}
	_, fields := pointedStruct(addr.X.Type())
	if fields == nil {
		return ""
	}
	return fields.Field(addr.Field).Name()
}

// receiverField returns the address of the field of fn's receiver that v
// is loaded from, or nil.
func receiverField(fn *ssa.Function, v ssa.Value) *ssa.FieldAddr {
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL || len(fn.Params) == 0 {
		return nil
	}
	addr, ok := load.X.(*ssa.FieldAddr)
	if !ok || addr.X != fn.Params[0] {
		return nil
	}
	return addr
}

// releasesNothingIn reports whether fn's body releases nothing: a callback
// that does nothing, as a test double's default one.
func (info *Info) releasesNothingIn(fn *ssa.Function) bool {
	if len(fn.Blocks) == 0 || len(fn.FreeVars) > 0 {
		return false
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			if info.mayRelease(instr, nil) {
				return false
			}
		}
	}
	return true
}

// mayRelease reports whether instr, in a Close whose receiver is recv
// (nil in a callback), may release something: a call, but those of
// callMayRelease; a channel operation; a goroutine; or a write to memory
// other than the receiver's own fields and the function's locals, such
// as unlinking the receiver from a list its maker keeps.
func (info *Info) mayRelease(instr ssa.Instruction, recv ssa.Value) bool {
	switch instr := instr.(type) {
	case *ssa.Send, *ssa.Select, *ssa.Go:
		return true
	case *ssa.Defer:
		return info.callMayRelease(instr.Common(), recv)
	case *ssa.Call:
		return info.callMayRelease(instr.Common(), recv)
	case *ssa.Store:
		return !ownMemory(instr.Addr, recv)
	case *ssa.MapUpdate:
		return !ownMap(instr.Map, recv)
	}
	return false
}

// ownMemory reports whether addr is in a local of the function (a
// variadic call's argument array), in memory it took from a sync.Pool, or
// in a field of recv.
func ownMemory(addr ssa.Value, recv ssa.Value) bool {
	for {
		switch a := addr.(type) {
		case *ssa.Alloc:
			return true
		case *ssa.Phi:
			return slices.IndexFunc(a.Edges, func(e ssa.Value) bool {
				_, phi := e.(*ssa.Phi)
				return phi || !ownMemory(e, recv)
			}) < 0
		case *ssa.TypeAssert:
			return fromPool(a.X)
		case *ssa.Extract:
			assert, ok := a.Tuple.(*ssa.TypeAssert)
			return ok && a.Index == 0 && fromPool(assert.X)
		case *ssa.IndexAddr:
			addr = a.X
		case *ssa.FieldAddr:
			if recv != nil && a.X == recv {
				return true
			}
			addr = a.X
		default:
			return false
		}
	}
}

// fromPool reports whether v is what a sync.Pool's Get returns.
func fromPool(v ssa.Value) bool {
	call, ok := v.(*ssa.Call)
	if !ok {
		return false
	}
	callee := call.Call.StaticCallee()
	if callee == nil {
		return false
	}
	obj, ok := callee.Object().(*types.Func)
	return ok && resource.TakesFromPool(obj)
}

// ownMap reports whether m is a map the function makes, or one it reads
// from its own memory (see ownMemory).
func ownMap(m ssa.Value, recv ssa.Value) bool {
	switch m := m.(type) {
	case *ssa.MakeMap:
		return true
	case *ssa.UnOp:
		return m.Op == token.MUL && ownMemory(m.X, recv)
	}
	return false
}

// callMayRelease reports whether c may release something: anything but
// the calls of resource.ReleasesNothing (errors.New, locking, dropping
// idle connections), a logger, atomic operations on the receiver's own
// fields, and builtins but close, and delete and clear of maps that are
// not the receiver's own.
func (info *Info) callMayRelease(c *ssa.CallCommon, recv ssa.Value) bool {
	if b, ok := c.Value.(*ssa.Builtin); ok {
		switch b.Name() {
		case "close":
			return true
		case "delete", "clear":
			return !ownMap(c.Args[0], recv)
		}
		return false
	}
	if logs(c.Signature()) || info.recyclingCall(c) {
		return false
	}
	callee := c.StaticCallee()
	if callee == nil || callee.Pkg == nil {
		return true
	}
	obj, ok := callee.Object().(*types.Func)
	if ok && obj.Pkg() != nil && obj.Pkg().Path() == "sync/atomic" {
		// An atomic flag or counter of the receiver's own (a closed
		// flag) holds nothing; one elsewhere may count the slots of a
		// shared pool.
		return len(c.Args) == 0 || !ownMemory(c.Args[0], recv)
	}
	return !ok || !resource.ReleasesNothing(obj)
}

// recycles reports whether fn gives memory back to a sync.Pool, itself
// or through functions that do, and releases nothing else (see
// mayRelease): a typed pool's Put, a helper that puts a slice back. A
// Close that does no more releases nothing the garbage collector would
// not, as promql's query gives back its result's point slices.
func (info *Info) recycles(fn *ssa.Function) bool {
	if len(fn.Blocks) == 0 || len(fn.FreeVars) > 0 {
		return false
	}
	var recv ssa.Value
	if fn.Signature.Recv() != nil {
		recv = fn.Params[0]
	}
	puts := false
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if _, isGo := instr.(*ssa.Go); ok && !isGo && info.recyclingCall(call.Common()) {
				puts = true
			} else if info.mayRelease(instr, recv) {
				return false
			}
		}
	}
	return puts
}

// recyclingCall reports whether c calls sync.Pool's Put, or a function
// that recycles (see recycles).
func (info *Info) recyclingCall(c *ssa.CallCommon) bool {
	callee := c.StaticCallee()
	if callee == nil {
		return false
	}
	if origin := callee.Origin(); origin != nil {
		callee = origin
	}
	if obj, ok := callee.Object().(*types.Func); ok && resource.Recycles(obj) {
		return true
	}
	if callee.Pkg == nil {
		return false
	}
	fact := info.factOf(callee)
	return fact != nil && fact.Recycles
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
	for _, v := range returned(fn, i) {
		if _, ok := v.(*ssa.Const); ok {
			continue
		}
		v = Unconverted(v)
		if !info.releasesNothing(v.Type()) && !info.madeInert(v) && !info.madeOverNothing(v) {
			return false
		}
		some = true
	}
	return some
}

// madeOverNothing reports whether v is made by a call whose result
// releases only what it is made over, over arguments that need no close:
// a console over the process's terminal.
func (info *Info) madeOverNothing(v ssa.Value) bool {
	if _, ok := v.(*ssa.Alloc); ok {
		return false // madeInert's
	}
	params, ok := info.madeOver(v)
	return ok && len(params) == 0
}

// returned returns the values that fn returns as result i. A function
// with defers returns its results through variables, which only its own
// stores set unless a closure captures them: then a value that could be
// any is returned.
func returned(fn *ssa.Function, i int) []ssa.Value {
	var vals []ssa.Value
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || i >= len(ret.Results) {
			continue
		}
		v := ret.Results[i]
		load, ok := v.(*ssa.UnOp)
		if !ok || load.Op != token.MUL {
			vals = append(vals, v)
			continue
		}
		slot, ok := load.X.(*ssa.Alloc)
		if !ok || !onlyStoredAndLoaded(slot) {
			vals = append(vals, v)
			continue
		}
		vals = append(vals, StoredAt(slot)...)
	}
	return vals
}

// onlyStoredAndLoaded reports whether the function only stores into and
// loads from alloc.
func onlyStoredAndLoaded(alloc *ssa.Alloc) bool {
	for _, ref := range *alloc.Referrers() {
		switch ref := ref.(type) {
		case *ssa.Store:
			if ref.Addr != ssa.Value(alloc) {
				return false
			}
		case *ssa.UnOp:
			if ref.Op != token.MUL {
				return false
			}
		case *ssa.DebugRef:
		default:
			return false
		}
	}
	return true
}

// madeInert reports whether v is a struct that its function makes so
// that its Close does nothing: with callbacks that do nothing in the hooks
// its Close runs (a manual resolver) and nothing to close in the fields
// it closes, or with its Close promoted from an embedded interface that
// it leaves nil (a test fake that embeds the interface it implements in
// part).
func (info *Info) madeInert(v ssa.Value) bool {
	alloc, ok := v.(*ssa.Alloc)
	if !ok {
		return false
	}
	params, ok := info.inertBut(alloc)
	return (ok && len(params) == 0) || closesNilEmbedded(alloc)
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

// inertBut reports whether alloc is a struct whose Close releases
// nothing but what its hooks do and what it closes in some of its fields
// (see closeHooks), and whose function sets each hook to a function that
// does nothing and each of those fields to nothing, to a value whose
// Close releases nothing, or to one of its parameters. It returns those
// parameters: what the caller passes there decides.
func (info *Info) inertBut(alloc *ssa.Alloc) (params []*ssa.Parameter, ok bool) {
	obj, index, _ := types.LookupFieldOrMethod(alloc.Type(), false, nil, "Close")
	method, ok := obj.(*types.Func)
	if !ok || len(index) != 1 {
		return nil, false
	}
	fn := info.pkg.Prog.FuncValue(method.Origin())
	if fn == nil {
		return nil, false
	}
	fact := info.factOf(fn)
	fields := allocStruct(alloc)
	if fact == nil || len(fact.Hooks)+len(fact.Via) == 0 || fields == nil {
		return nil, false
	}
	for _, hook := range fact.Hooks {
		set := false
		for _, v := range storedInField(alloc, fields, hook) {
			switch v := v.(type) {
			case *ssa.Parameter:
				params = append(params, v) // NewFIFOSet(config, close)
			case *ssa.Function:
				if !info.releasesNothingIn(v) {
					return nil, false
				}
			default:
				return nil, false
			}
			set = true
		}
		if !set {
			return nil, false
		}
	}
	for _, field := range fact.Via {
		for _, v := range storedInField(alloc, fields, field) {
			v = Unconverted(v)
			if isNil(v) || info.releasesNothing(v.Type()) {
				continue
			}
			p, ok := v.(*ssa.Parameter)
			if !ok {
				return nil, false
			}
			params = append(params, p)
		}
	}
	return params, true
}

// storedInField returns the values that alloc's function stores in its
// field named name.
func storedInField(alloc *ssa.Alloc, fields *types.Struct, name string) []ssa.Value {
	var vals []ssa.Value
	for _, ref := range *alloc.Referrers() {
		if addr, ok := ref.(*ssa.FieldAddr); ok && fields.Field(addr.Field).Name() == name {
			vals = append(vals, StoredAt(addr)...)
		}
	}
	return vals
}

// inertWith returns the parameters of fn whose arguments decide whether
// its first result needs a close: every value it returns there is nil, or
// a struct it makes whose Close releases only what those parameters hold
// (see inertBut), or the result of a call that makes one over them
// (NewVarintWriter(w) returns NewVarintWriterWithPool(w, pool)). A head's
// chunk reader made with a nil isolation state closes nothing.
func (info *Info) inertWith(fn *ssa.Function) []int {
	var params []int
	some := false
	for _, v := range returned(fn, 0) {
		if isNil(v) {
			continue
		}
		ps, ok := info.madeOver(Unconverted(v))
		if !ok {
			return nil
		}
		for _, p := range ps {
			if i := slices.Index(fn.Params, p); !slices.Contains(params, i) {
				params = append(params, i)
			}
		}
		some = true
	}
	if !some {
		return nil
	}
	slices.Sort(params)
	return params
}

// madeOver reports whether v is a struct whose Close releases only what
// some parameters of its function hold, and returns them: one the
// function makes (see inertBut), or the result of a call whose fact says
// so of arguments that are those parameters or need no close.
func (info *Info) madeOver(v ssa.Value) ([]*ssa.Parameter, bool) {
	if alloc, ok := v.(*ssa.Alloc); ok {
		return info.inertBut(alloc)
	}
	if e, ok := v.(*ssa.Extract); ok && e.Index == 0 {
		v = e.Tuple // newMaster(f) returns the console with its error
	}
	call, ok := v.(*ssa.Call)
	if !ok {
		return nil, false
	}
	fact, _ := info.staticFact(call.Common())
	if fact == nil || len(fact.InertWith) == 0 {
		return nil, false
	}
	var params []*ssa.Parameter
	for _, i := range fact.InertWith {
		if i >= len(call.Call.Args) {
			return nil, false
		}
		arg := Unconverted(call.Call.Args[i])
		if p, ok := arg.(*ssa.Parameter); ok {
			params = append(params, p)
		} else if !info.needsNoClose(arg) {
			return nil, false
		}
	}
	return params, true
}

// argsInert reports whether c passes, at each of the argument indices,
// a value that needs no close.
func (info *Info) argsInert(c *ssa.CallCommon, indices []int) bool {
	for _, i := range indices {
		if i >= len(c.Args) || !info.needsNoClose(Unconverted(c.Args[i])) {
			return false
		}
	}
	return true
}

// WrapsGiven reports whether the first result of c, a call that makes a
// struct whose Close releases only what some of its arguments hold (see
// inertWith), is made over something that its function was given, and
// over nothing else that needs a close: a framing writer over a stream
// that the caller owns. Closing it would close what is not the function's
// to close. This is for the function's own use of the result only: one
// that returns the wrapper hands its caller what was given with it.
func (info *Info) WrapsGiven(c *ssa.CallCommon) bool {
	fact, _ := info.staticFact(c)
	if fact == nil || len(fact.InertWith) == 0 {
		return false
	}
	some := false
	for _, i := range fact.InertWith {
		if i >= len(c.Args) {
			return false
		}
		switch arg := Unconverted(c.Args[i]); {
		case given(arg) && !isFunc(arg.Type()):
			// A hook the caller gave is one it expects the Close to
			// run.
			some = true
		case !info.needsNoClose(arg):
			return false
		}
	}
	return some
}

// given reports whether v is what its function was given: a parameter, a
// captured variable, or a field of one; or a variable that holds only
// such values (a parameter that a closure captures).
func given(v ssa.Value) bool { return givenThrough(v, true) }

// givenThrough is given, which follows a variable only if cells says so.
func givenThrough(v ssa.Value, cells bool) bool {
	for {
		switch x := v.(type) {
		case *ssa.Parameter, *ssa.FreeVar:
			return true
		case *ssa.Alloc:
			return cells && heldGiven(x)
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return false
			}
			v = x.X
		case *ssa.FieldAddr:
			v = x.X
		case *ssa.Field:
			v = x.X
		default:
			return false
		}
	}
}

// heldGiven reports whether the function only ever stores in alloc, a
// variable, what it was given (see given) directly, and the closures that capture
// alloc never store in it.
func heldGiven(alloc *ssa.Alloc) bool {
	some := false
	for _, ref := range *alloc.Referrers() {
		switch ref := ref.(type) {
		case *ssa.Store:
			if ref.Addr != alloc || !givenThrough(ref.Val, false) {
				return false
			}
			some = true
		case *ssa.MakeClosure:
			if capturedStored(ref, alloc) {
				return false
			}
		case *ssa.UnOp, *ssa.DebugRef:
		default:
			return false
		}
	}
	return some
}

// capturedStored reports whether the closure that mc makes stores in the
// variable alloc that mc binds.
func capturedStored(mc *ssa.MakeClosure, alloc *ssa.Alloc) bool {
	fn, ok := mc.Fn.(*ssa.Function)
	if !ok {
		return true
	}
	for i, b := range mc.Bindings {
		if b != alloc || i >= len(fn.FreeVars) {
			continue
		}
		for _, ref := range *fn.FreeVars[i].Referrers() {
			if _, load := ref.(*ssa.UnOp); !load {
				if _, dbg := ref.(*ssa.DebugRef); !dbg {
					return true
				}
			}
		}
	}
	return false
}

// needsNoClose reports whether v is nil, of a concrete type that has no
// Close (a bytes.Buffer under a framing writer, whose Close closes what it
// writes to if that can be closed), of a type whose Close releases
// nothing, one of the process's standard streams, or a struct literal
// whose Close is promoted from an embedded field that it sets to such a
// value or to one its function does not own (struct{io.Reader; io.Writer;
// io.Closer}{..., Closer: io.NopCloser(nil)}).
func (info *Info) needsNoClose(v ssa.Value) bool {
	if isFunc(v.Type()) {
		// A hook's argument: one that releases nothing.
		f, ok := v.(*ssa.Function)
		return isNil(v) || ok && info.releasesNothingIn(f)
	}
	if isNil(v) || info.releasesNothing(v.Type()) || !mayCarry(v.Type()) || stdStream(v) {
		return true
	}
	if load, ok := v.(*ssa.UnOp); ok && load.Op == token.MUL {
		v = load.X
	}
	alloc, ok := v.(*ssa.Alloc)
	if !ok || len(StoredAt(alloc)) > 0 || info.checking[alloc] {
		// Not a literal, a whole struct copied in, or one whose closer
		// is made over the literal itself.
		return false
	}
	info.checking[alloc] = true
	defer delete(info.checking, alloc)
	embedded := closeEmbedder(alloc.Type())
	fields := allocStruct(alloc)
	if embedded < 0 || fields == nil {
		return false
	}
	for _, val := range storedInField(alloc, fields, fields.Field(embedded).Name()) {
		val = Unconverted(val)
		if call, ok := val.(*ssa.Call); ok && isResource(call.Type()) && !info.CallerOwns(call.Common(), 0) {
			continue
		}
		if !info.needsNoClose(val) {
			return false
		}
	}
	return true
}

// stdStream reports whether v is os.Stdin, os.Stdout or os.Stderr, read
// directly or from a slice literal of them (for _, s := range
// []*os.File{os.Stderr, os.Stdout, os.Stdin}). They live as long as the
// process: what is made over them is not its maker's to close, and
// closing it would close the process's terminal.
func stdStream(v ssa.Value) bool {
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return false
	}
	switch addr := load.X.(type) {
	case *ssa.Global:
		return addr.Pkg != nil && addr.Pkg.Pkg.Path() == "os" &&
			(addr.Name() == "Stdin" || addr.Name() == "Stdout" || addr.Name() == "Stderr")
	case *ssa.IndexAddr:
		return stdStreamsLiteral(addr.X)
	}
	return false
}

// stdStreamsLiteral reports whether s is a slice literal, or its array,
// whose elements are only ever set to standard streams.
func stdStreamsLiteral(s ssa.Value) bool {
	if sl, ok := s.(*ssa.Slice); ok {
		s = sl.X
	}
	alloc, ok := s.(*ssa.Alloc)
	if !ok {
		return false
	}
	some := false
	for _, ref := range *alloc.Referrers() {
		switch ref := ref.(type) {
		case *ssa.IndexAddr:
			for _, val := range StoredAt(ref) {
				if !stdStream(val) {
					return false
				}
				some = true
			}
		case *ssa.Slice:
			for _, use := range *ref.Referrers() {
				if !readsElements(use) {
					return false
				}
			}
		default:
			return false
		}
	}
	return some
}

// readsElements reports whether instr only reads the slice it uses: it
// takes its length, or the address of an element it does not store to.
func readsElements(instr ssa.Instruction) bool {
	switch instr := instr.(type) {
	case *ssa.IndexAddr:
		return len(StoredAt(instr)) == 0
	case *ssa.Call:
		return isBuiltin(&instr.Call, "len")
	}
	return false
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
		if j >= len(c.Args) || !info.needsNoClose(Unconverted(c.Args[j])) {
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

func isFunc(t types.Type) bool {
	_, ok := t.Underlying().(*types.Signature)
	return ok
}
