package chanclose

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// A key names a channel at the granularity at which the pass follows it:
// a struct field of the package (all values of the struct alike, all
// instances of a generic struct alike), a package-level variable of the
// package, or a make(chan) instruction.
type key any

// A class is a set of keys that may hold the same channel, and what the
// package does with it. Keys are merged when one is stored into another:
// a close of any of them may close the channel of each.
type class struct {
	makes    []*ssa.MakeChan // the make(chan) calls of the class
	foreign  bool            // a field of the class may hold a channel made elsewhere
	sent     bool            // the package sends on it
	received bool            // the package receives from it
	closed   bool            // the package closes it
	escaped  bool            // it reaches code that may close it out of sight
	exported *types.Var      // an exported field of the class, or nil
	returner *ssa.Function   // the first function that returns it, or nil
}

// merge adds what o knows to c.
func (c *class) merge(o *class) {
	c.makes = append(c.makes, o.makes...)
	c.foreign = c.foreign || o.foreign
	c.sent = c.sent || o.sent
	c.received = c.received || o.received
	c.closed = c.closed || o.closed
	c.escaped = c.escaped || o.escaped
	if c.exported == nil {
		c.exported = o.exported
	}
	if better(o.returner, c.returner) {
		c.returner = o.returner
	}
}

// better reports whether returner a names the channel better than b in a
// report: an exported function over an unexported one, then the first in
// the source.
func better(a, b *ssa.Function) bool {
	switch {
	case a == nil:
		return false
	case b == nil:
		return true
	}
	ea, eb := exportedName(a), exportedName(b)
	if ea != eb {
		return ea
	}
	return a.Pos() < b.Pos()
}

func exportedName(fn *ssa.Function) bool {
	for fn.Parent() != nil {
		fn = fn.Parent()
	}
	return token.IsExported(fn.Name())
}

// maxSteps bounds the walk of one value's origins: past it, the origins
// are unknown, which makes the pass report less, never more.
const maxSteps = 512

// chans knows, for the channels of one package, where each value of
// channel type may come from and what the package does with the classes
// of channels.
type chans struct {
	pkg      *ssa.Package
	closures map[*ssa.Function][]*ssa.MakeClosure
	callers  map[*ssa.Function][]*ssa.CallCommon // static calls, by origin callee
	asValue  map[*ssa.Function]bool              // used other than by a static call
	stores   map[*ssa.Alloc][]ssa.Value          // values stored in a local channel variable
	taken    map[*ssa.Alloc]bool                 // local channel variables whose address goes elsewhere
	memo     map[ssa.Value]origins

	parent  map[key]key
	classes map[key]*class // by root
}

// origins are the keys a value may hold; complete is false when it may
// also hold a channel of unknown origin: a parameter of a function called
// from elsewhere, the result of another package's function, a value
// received from a channel or read from a map.
type origins struct {
	keys     []key
	complete bool
}

func newChans(pkg *ssa.Package, funcs []*ssa.Function) *chans {
	c := &chans{
		pkg:      pkg,
		closures: make(map[*ssa.Function][]*ssa.MakeClosure),
		callers:  make(map[*ssa.Function][]*ssa.CallCommon),
		asValue:  make(map[*ssa.Function]bool),
		stores:   make(map[*ssa.Alloc][]ssa.Value),
		taken:    make(map[*ssa.Alloc]bool),
		memo:     make(map[ssa.Value]origins),
		parent:   make(map[key]key),
		classes:  make(map[key]*class),
	}
	// First what links functions and variables, through which the
	// origins of values are then followed.
	for _, fn := range funcs {
		forEachInstr(fn, c.scanCalls)
	}
	for _, fn := range funcs {
		forEachInstr(fn, c.scanLocal)
	}
	for _, fn := range funcs {
		forEachInstr(fn, c.scanUse)
	}
	for a, vs := range c.stores {
		if c.taken[a] {
			for _, v := range vs {
				c.escape(v)
			}
		}
	}
	return c
}

func forEachInstr(fn *ssa.Function, f func(ssa.Instruction)) {
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			f(instr)
		}
	}
}

// scanCalls records the closures of each function literal, the static
// calls of each function of the package, and the functions used as values,
// whose callers are out of sight.
func (c *chans) scanCalls(instr ssa.Instruction) {
	if mc, ok := instr.(*ssa.MakeClosure); ok {
		if f, ok := mc.Fn.(*ssa.Function); ok {
			c.closures[f] = append(c.closures[f], mc)
		}
	}
	var callee ssa.Value
	if call, ok := instr.(ssa.CallInstruction); ok && !call.Common().IsInvoke() {
		callee = call.Common().Value
		if fn := c.local(callee); fn != nil {
			c.callers[fn] = append(c.callers[fn], call.Common())
		}
	}
	for _, op := range instr.Operands(nil) {
		if op == nil || *op == callee {
			continue
		}
		if mc, ok := instr.(*ssa.MakeClosure); ok && *op == mc.Fn {
			continue // the closure's own uses are seen where it goes
		}
		if fn := c.local(*op); fn != nil {
			c.asValue[fn] = true
		}
	}
}

// local returns the function of the package that v is, closes over, or
// is a method value of, by its origin; nil if there is none.
func (c *chans) local(v ssa.Value) *ssa.Function {
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
		fn = c.pkg.Prog.FuncValue(obj.Origin())
	}
	if fn == nil || fn.Pkg != c.pkg || fn.Blocks == nil {
		return nil
	}
	return fn
}

// scanLocal records what is stored in local variables of channel type
// that SSA could not lift (those a closure assigns), and which of them
// have their address taken.
func (c *chans) scanLocal(instr ssa.Instruction) {
	switch instr := instr.(type) {
	case *ssa.Store:
		if a := c.localVar(instr.Addr); a != nil {
			c.stores[a] = append(c.stores[a], instr.Val)
		}
		if a := c.localVar(instr.Val); a != nil {
			c.taken[a] = true
		}
	case *ssa.DebugRef, *ssa.MakeClosure:
		// Neither lets anything else write the variable: a closure's
		// stores are seen through its free variable.
	case *ssa.UnOp:
		if instr.Op != token.MUL {
			c.takeOperands(instr)
		}
	default:
		c.takeOperands(instr)
	}
}

func (c *chans) takeOperands(instr ssa.Instruction) {
	for _, op := range instr.Operands(nil) {
		if op != nil {
			if a := c.localVar(*op); a != nil {
				c.taken[a] = true
			}
		}
	}
}

// localVar returns the local channel variable that addr is the address
// of, directly or through a closure's free variable, or nil.
func (c *chans) localVar(addr ssa.Value) *ssa.Alloc {
	for range 16 { // closures nest; more is not worth following
		switch v := addr.(type) {
		case *ssa.Alloc:
			if isChan(deref(v.Type())) {
				return v
			}
			return nil
		case *ssa.FreeVar:
			bs := c.bindings(v)
			if len(bs) != 1 {
				return nil
			}
			addr = bs[0]
		default:
			return nil
		}
	}
	return nil
}

// bindings returns the values that the closures of fv's function bind to
// it.
func (c *chans) bindings(fv *ssa.FreeVar) []ssa.Value {
	fn := fv.Parent()
	var vs []ssa.Value
	for i, v := range fn.FreeVars {
		if v != fv {
			continue
		}
		for _, mc := range c.closures[fn] {
			if i < len(mc.Bindings) {
				vs = append(vs, mc.Bindings[i])
			}
		}
	}
	return vs
}

// scanUse merges the keys that a store links, and records on the classes
// what each instruction does with a channel.
func (c *chans) scanUse(instr ssa.Instruction) {
	switch instr := instr.(type) {
	case *ssa.Store:
		c.store(instr)
	case ssa.CallInstruction:
		c.call(instr.Common())
	case *ssa.Send:
		c.mark(instr.Chan, func(cl *class) { cl.sent = true })
		c.escape(instr.X)
	case *ssa.Select:
		for _, st := range instr.States {
			if st.Dir == types.SendOnly {
				c.mark(st.Chan, func(cl *class) { cl.sent = true })
				c.escape(st.Send)
			} else {
				c.mark(st.Chan, func(cl *class) { cl.received = true })
			}
		}
	case *ssa.UnOp:
		if instr.Op == token.ARROW {
			c.mark(instr.X, func(cl *class) { cl.received = true })
		}
	case *ssa.MapUpdate:
		c.escape(instr.Key)
		c.escape(instr.Value)
	case *ssa.MakeInterface:
		c.escape(instr.X)
	case *ssa.Return:
		fn := instr.Parent()
		for _, r := range instr.Results {
			if isChan(r.Type()) {
				c.mark(r, func(cl *class) {
					if better(fn, cl.returner) {
						cl.returner = fn
					}
				})
			}
		}
	}
}

// store links the channel stored to the field or variable it is stored
// in. Stored anywhere else, the channel is out of sight.
func (c *chans) store(st *ssa.Store) {
	if !isChan(st.Val.Type()) {
		return
	}
	dst, ok := c.addrKey(st.Addr)
	if !ok {
		if a := c.localVar(st.Addr); a == nil {
			c.escape(st.Val) // an element of a slice, an array, a map...
		}
		return
	}
	o := c.origins(st.Val)
	for _, k := range o.keys {
		c.union(k, dst)
	}
	if !o.complete {
		c.classOf(dst).foreign = true
	}
}

// call records closes; a channel handed to a function out of sight, which
// may close it, escapes. A function of the package is seen through its
// parameters, whose origins are its callers' arguments.
func (c *chans) call(common *ssa.CallCommon) {
	if b, ok := common.Value.(*ssa.Builtin); ok {
		if b.Name() == "close" && len(common.Args) == 1 {
			c.mark(common.Args[0], func(cl *class) { cl.closed = true })
		}
		return // the other builtins keep no channel
	}
	if !common.IsInvoke() && c.local(common.Value) != nil {
		return
	}
	for _, a := range common.Args {
		c.escape(a)
	}
	if common.IsInvoke() {
		c.escape(common.Value)
	}
}

// escape marks v's channel as one that code out of sight may close. A
// receive-only channel cannot be closed, so handing one out is harmless.
func (c *chans) escape(v ssa.Value) {
	ch, ok := v.Type().Underlying().(*types.Chan)
	if !ok || ch.Dir() == types.RecvOnly {
		return
	}
	c.mark(v, func(cl *class) { cl.escaped = true })
}

// mark applies f to the class of each key that v may hold.
func (c *chans) mark(v ssa.Value, f func(*class)) {
	for _, k := range c.origins(v).keys {
		f(c.classOf(k))
	}
}

// origins returns where the channel v may come from.
func (c *chans) origins(v ssa.Value) origins {
	if o, ok := c.memo[v]; ok {
		return o
	}
	w := walker{c: c, seen: make(map[ssa.Value]bool), complete: true}
	w.walk(v)
	o := origins{keys: w.keys, complete: w.complete}
	c.memo[v] = o
	return o
}

// A walker follows a value back to the keys of its channels.
type walker struct {
	c        *chans
	seen     map[ssa.Value]bool
	steps    int
	keys     []key
	complete bool
}

func (w *walker) walk(v ssa.Value) {
	if w.seen[v] {
		return
	}
	w.seen[v] = true
	if w.steps++; w.steps > maxSteps {
		w.complete = false
		return
	}
	switch v := v.(type) {
	case *ssa.MakeChan:
		w.keys = append(w.keys, v)
	case *ssa.Const:
		if !v.IsNil() {
			w.complete = false
		}
	case *ssa.ChangeType:
		w.walk(v.X)
	case *ssa.Phi:
		for _, e := range v.Edges {
			w.walk(e)
		}
	case *ssa.FreeVar:
		bs := w.c.bindings(v)
		if len(bs) == 0 {
			w.complete = false
		}
		for _, b := range bs {
			w.walk(b)
		}
	case *ssa.UnOp:
		if v.Op == token.MUL {
			w.load(v.X)
		} else {
			w.complete = false
		}
	case *ssa.Field:
		w.add(fieldKey(fieldOf(v.X.Type(), v.Field), w.c.pkg.Pkg))
	case *ssa.Parameter:
		w.param(v)
	case *ssa.Call:
		w.result(v.Common(), 0, false)
	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok {
			w.result(call.Common(), v.Index, true)
		} else {
			w.complete = false
		}
	default:
		w.complete = false
	}
}

func (w *walker) add(k key) {
	if k == nil {
		w.complete = false
		return
	}
	w.keys = append(w.keys, k)
}

func (w *walker) load(addr ssa.Value) {
	if a := w.c.localVar(addr); a != nil {
		if w.c.taken[a] {
			w.complete = false
		}
		for _, stored := range w.c.stores[a] {
			w.walk(stored)
		}
		return
	}
	if fv, ok := addr.(*ssa.FreeVar); ok {
		bs := w.c.bindings(fv)
		if len(bs) == 0 {
			w.complete = false
		}
		for _, b := range bs {
			w.load(b)
		}
		return
	}
	k, _ := w.c.addrKey(addr)
	w.add(k)
}

// param follows a parameter to the arguments of the calls of its function
// that the package makes. A function that others may call, or that is
// used as a value, also has arguments out of sight.
func (w *walker) param(p *ssa.Parameter) {
	fn := p.Parent()
	i := -1
	for j, q := range fn.Params {
		if q == p {
			i = j
		}
	}
	if i < 0 || w.c.asValue[fn] || fn.Parent() == nil && token.IsExported(fn.Name()) {
		w.complete = false
	}
	if i < 0 {
		return
	}
	for _, call := range w.c.callers[fn] {
		if i < len(call.Args) {
			w.walk(call.Args[i])
		}
	}
}

// result follows the result of a call to a function of the package to
// the values its returns give.
func (w *walker) result(call *ssa.CallCommon, index int, tuple bool) {
	fn := (*ssa.Function)(nil)
	if !call.IsInvoke() {
		fn = w.c.local(call.Value)
	}
	if fn == nil {
		w.complete = false
		return
	}
	n := fn.Signature.Results().Len()
	if tuple && index >= n || !tuple && n != 1 {
		w.complete = false
		return
	}
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && index < len(ret.Results) {
			w.walk(ret.Results[index])
		}
	}
}

// addrKey returns the key of the address of a field or a package-level
// variable of the package.
func (c *chans) addrKey(addr ssa.Value) (key, bool) {
	switch addr := addr.(type) {
	case *ssa.FieldAddr:
		k := fieldKey(fieldOf(addr.X.Type(), addr.Field), c.pkg.Pkg)
		return k, k != nil
	case *ssa.Global:
		if addr.Pkg != c.pkg {
			return nil, false
		}
		return addr, true
	}
	return nil, false
}

// fieldKey returns the key of field f if the package declares it: its
// origin, which all instances of a generic struct share.
func fieldKey(f *types.Var, pkg *types.Package) key {
	if f == nil {
		return nil
	}
	f = f.Origin()
	if f.Pkg() != pkg {
		return nil
	}
	return f
}

// classOf returns the class of k, which starts with what k is: the make of
// a make(chan), an exported field or variable that other packages can set.
func (c *chans) classOf(k key) *class {
	r := c.find(k)
	if cl, ok := c.classes[r]; ok {
		return cl
	}
	cl := new(class)
	switch k := k.(type) {
	case *ssa.MakeChan:
		cl.makes = []*ssa.MakeChan{k}
	case *types.Var:
		if k.Exported() {
			cl.exported = k
		}
	case *ssa.Global:
		cl.foreign = k.Object() == nil || k.Object().Exported()
	}
	c.classes[r] = cl
	return cl
}

// class returns the class of k if the package does anything with it.
func (c *chans) class(k key) *class {
	return c.classes[c.find(k)]
}

func (c *chans) find(k key) key {
	for {
		p, ok := c.parent[k]
		if !ok {
			return k
		}
		if pp, ok := c.parent[p]; ok {
			c.parent[k] = pp
		}
		k = p
	}
}

func (c *chans) union(a, b key) {
	ca, cb := c.classOf(a), c.classOf(b)
	ra, rb := c.find(a), c.find(b)
	if ra == rb {
		return
	}
	c.parent[ra] = rb
	cb.merge(ca)
	delete(c.classes, ra)
}

func isChan(t types.Type) bool {
	_, ok := t.Underlying().(*types.Chan)
	return ok
}

func deref(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// fieldOf returns field i of the struct that t is or points to.
func fieldOf(t types.Type, i int) *types.Var {
	s, ok := deref(t).Underlying().(*types.Struct)
	if !ok || i < 0 || i >= s.NumFields() {
		return nil
	}
	return s.Field(i)
}
