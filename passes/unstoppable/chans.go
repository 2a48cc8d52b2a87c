package unstoppable

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// A key names where a channel comes from, at the granularity at which
// closes are attributed: a make(chan) instruction, a struct field (all
// structs alike), or a package-level variable. clock stands for the
// channels of package time, which nothing ever closes.
type key any

type clockKey struct{}

var clock key = clockKey{}

// chans knows which channels of a package may be closed. A channel may be
// closed when a close of it, or of anything it is stored in, exists in the
// package, or when it reaches code that the package does not see.
type chans struct {
	pkg      *types.Package
	closures map[*ssa.Function][]*ssa.MakeClosure
	stores   map[*ssa.Alloc][]ssa.Value // values stored in a local variable of channel type
	taken    map[*ssa.Alloc]bool        // local variables whose address goes elsewhere

	parent  map[key]key  // union-find: keys that may hold the same channel
	mayEnd  map[key]bool // by root: some channel of the class may be closed
	made    map[key]bool // by root: some channel of the class is made here
	visited map[key]bool // keys seen once, for their initial state
}

func newChans(pkg *types.Package, funcs []*ssa.Function) *chans {
	c := &chans{
		pkg:      pkg,
		closures: make(map[*ssa.Function][]*ssa.MakeClosure),
		stores:   make(map[*ssa.Alloc][]ssa.Value),
		taken:    make(map[*ssa.Alloc]bool),
		parent:   make(map[key]key),
		mayEnd:   make(map[key]bool),
		made:     make(map[key]bool),
		visited:  make(map[key]bool),
	}
	// Closures first: the variables they capture are resolved through
	// them when the rest is scanned.
	for _, fn := range funcs {
		forEachInstr(fn, func(instr ssa.Instruction) {
			if mc, ok := instr.(*ssa.MakeClosure); ok {
				if f, ok := mc.Fn.(*ssa.Function); ok {
					c.closures[f] = append(c.closures[f], mc)
				}
			}
		})
	}
	for _, fn := range funcs {
		forEachInstr(fn, c.scanLocal)
	}
	for _, fn := range funcs {
		forEachInstr(fn, c.scanEscape)
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

// scanLocal records what is stored in local variables of channel type
// that SSA could not lift (those captured by closures that assign them),
// and which of them have their address taken.
func (c *chans) scanLocal(instr ssa.Instruction) {
	switch instr := instr.(type) {
	case *ssa.Store:
		if a := c.local(instr.Addr); a != nil {
			c.stores[a] = append(c.stores[a], instr.Val)
		}
		if a := c.local(instr.Val); a != nil {
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
			if a := c.local(*op); a != nil {
				c.taken[a] = true
			}
		}
	}
}

// local returns the local channel variable that addr is the address of,
// directly or through a closure's free variable, or nil.
func (c *chans) local(addr ssa.Value) *ssa.Alloc {
	for range 16 { // closures nest; more is not worth following
		switch v := addr.(type) {
		case *ssa.Alloc:
			if isChan(deref(v.Type())) {
				return v
			}
			return nil
		case *ssa.FreeVar:
			addr = c.binding(v)
			if addr == nil {
				return nil
			}
		default:
			return nil
		}
	}
	return nil
}

// binding returns the value that the closure creating fv's function binds
// to it, or nil if that is not a single known value.
func (c *chans) binding(fv *ssa.FreeVar) ssa.Value {
	fn := fv.Parent()
	mcs := c.closures[fn]
	if len(mcs) != 1 {
		return nil
	}
	for i, v := range fn.FreeVars {
		if v == fv && i < len(mcs[0].Bindings) {
			return mcs[0].Bindings[i]
		}
	}
	return nil
}

// scanEscape merges the keys that a store links, and marks the keys of
// channels that are closed or that reach code where they might be.
func (c *chans) scanEscape(instr ssa.Instruction) {
	switch instr := instr.(type) {
	case *ssa.Store:
		if !isChan(instr.Val.Type()) {
			return
		}
		switch addr := instr.Addr.(type) {
		case *ssa.FieldAddr, *ssa.Global:
			dst, ok := c.addrKey(addr)
			if !ok {
				c.escape(instr.Val)
				return
			}
			src, known := c.origins(instr.Val)
			if !known {
				c.markEnd(dst)
			}
			for _, k := range src {
				c.union(k, dst)
			}
		default:
			if c.local(addr) == nil {
				c.escape(instr.Val) // an element of a slice, an array, a map...
			}
		}
	case ssa.CallInstruction:
		common := instr.Common()
		if b, ok := common.Value.(*ssa.Builtin); ok {
			if b.Name() == "close" && len(common.Args) == 1 {
				c.closed(common.Args[0])
			}
			return // the other builtins keep nothing
		}
		c.escapeAll(common.Args)
	case *ssa.Send:
		c.escape(instr.X)
	case *ssa.Select:
		for _, st := range instr.States {
			if st.Send != nil {
				c.escape(st.Send)
			}
		}
	case *ssa.MapUpdate:
		c.escape(instr.Key)
		c.escape(instr.Value)
	case *ssa.MakeInterface:
		c.escape(instr.X)
	case *ssa.Return:
		c.escapeAll(instr.Results)
	}
}

func (c *chans) escapeAll(vs []ssa.Value) {
	for _, v := range vs {
		c.escape(v)
	}
}

// escape marks v's channel as one that code out of sight may close. A
// receive-only channel cannot be closed, so handing one out is harmless.
func (c *chans) escape(v ssa.Value) {
	ch, ok := v.Type().Underlying().(*types.Chan)
	if !ok || ch.Dir() == types.RecvOnly {
		return
	}
	c.closed(v)
}

func (c *chans) closed(v ssa.Value) {
	keys, _ := c.origins(v)
	for _, k := range keys {
		c.markEnd(k)
	}
}

// NeverClosed reports whether nothing can ever close the channel v: it
// comes only from package time, or from make(chan) calls of this package
// whose channels are never closed and never escape.
func (c *chans) NeverClosed(v ssa.Value) bool {
	keys, known := c.origins(v)
	if !known || len(keys) == 0 {
		return false
	}
	for _, k := range keys {
		if k == clock {
			continue
		}
		r := c.find(k)
		if c.mayEnd[r] || !c.made[r] {
			return false
		}
	}
	return true
}

// FromClock reports whether the channel v may come from package time.
func (c *chans) FromClock(v ssa.Value) bool {
	keys, _ := c.origins(v)
	for _, k := range keys {
		if k == clock {
			return true
		}
	}
	return false
}

// origins returns the keys of the channels that v may hold; known is false
// if v may also hold a channel of unknown origin: a parameter, the result
// of a call, a value received from a channel, an exported field.
func (c *chans) origins(v ssa.Value) (keys []key, known bool) {
	known = true
	seen := make(map[ssa.Value]bool)
	add := func(k key) {
		c.init(k)
		keys = append(keys, k)
	}
	var walk, load func(v ssa.Value)
	walk = func(v ssa.Value) {
		if !known || seen[v] {
			return
		}
		seen[v] = true
		switch v := v.(type) {
		case *ssa.MakeChan:
			add(v)
		case *ssa.Const:
			if v.IsNil() {
				add(clock) // a nil channel is never closed either
			} else {
				known = false
			}
		case *ssa.ChangeType:
			walk(v.X)
		case *ssa.Phi:
			for _, e := range v.Edges {
				walk(e)
			}
		case *ssa.FreeVar:
			if b := c.binding(v); b != nil {
				walk(b)
			} else {
				known = false
			}
		case *ssa.UnOp:
			if v.Op == token.MUL {
				load(v.X)
			} else {
				known = false
			}
		case *ssa.Field:
			if k, ok := c.fieldKey(fieldOf(v.X.Type(), v.Field)); ok {
				add(k)
			} else {
				known = false
			}
		case *ssa.Call:
			if isClockCall(v.Common()) {
				add(clock)
			} else {
				known = false
			}
		default:
			known = false
		}
	}
	load = func(addr ssa.Value) {
		if a := c.local(addr); a != nil {
			if c.taken[a] {
				known = false
				return
			}
			for _, stored := range c.stores[a] {
				walk(stored)
			}
			return
		}
		if fv, ok := addr.(*ssa.FreeVar); ok {
			if b := c.binding(fv); b != nil {
				load(b)
				return
			}
		}
		if k, ok := c.addrKey(addr); ok {
			add(k)
			return
		}
		known = false
	}
	walk(v)
	return keys, known
}

// addrKey returns the key of a field or package-level variable address.
func (c *chans) addrKey(addr ssa.Value) (key, bool) {
	switch addr := addr.(type) {
	case *ssa.FieldAddr:
		return c.fieldKey(fieldOf(addr.X.Type(), addr.Field))
	case *ssa.Global:
		if addr.Pkg == nil || addr.Pkg.Pkg != c.pkg {
			return nil, false
		}
		return addr, true
	}
	return nil, false
}

func (c *chans) fieldKey(f *types.Var) (key, bool) {
	if f == nil {
		return nil, false
	}
	f = f.Origin()
	if f.Pkg() == nil {
		return nil, false
	}
	if f.Pkg().Path() == "time" && f.Name() == "C" {
		return clock, true // the C of a Ticker or a Timer
	}
	if f.Pkg() != c.pkg {
		return nil, false
	}
	return f, true
}

// init gives a key its initial state the first time it is seen: a
// make(chan) is made here; an exported field or variable can be set and
// closed by other packages.
func (c *chans) init(k key) {
	if k == clock || c.visited[k] {
		return
	}
	c.visited[k] = true
	switch k := k.(type) {
	case *ssa.MakeChan:
		c.made[k] = true
	case *types.Var:
		if k.Exported() {
			c.mayEnd[k] = true
		}
	case *ssa.Global:
		if k.Object().Exported() {
			c.mayEnd[k] = true
		}
	}
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
	if a == clock || b == clock {
		return // storing a ticker's channel in a field does not make it closable
	}
	c.init(a)
	c.init(b)
	ra, rb := c.find(a), c.find(b)
	if ra == rb {
		return
	}
	c.parent[ra] = rb
	c.mayEnd[rb] = c.mayEnd[rb] || c.mayEnd[ra]
	c.made[rb] = c.made[rb] || c.made[ra]
}

func (c *chans) markEnd(k key) {
	if k == clock {
		return
	}
	c.init(k)
	c.mayEnd[c.find(k)] = true
}

// isClockCall reports whether c is time.Tick or time.After, whose channels
// are never closed.
func isClockCall(c *ssa.CallCommon) bool {
	fn := c.StaticCallee()
	if fn == nil {
		return false
	}
	obj, ok := fn.Object().(*types.Func)
	if !ok || obj.Pkg() == nil || obj.Pkg().Path() != "time" {
		return false
	}
	return obj.Name() == "Tick" || obj.Name() == "After"
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
