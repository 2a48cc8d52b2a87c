// Package chans answers, for the SSA code of one package, where a value of
// channel type may come from (the make(chan) calls, struct fields and
// package-level variables whose channels it may hold) and what the package
// does with each class of channels that may be the same: whether it sends
// on them, receives from them, closes them, or hands them to code out of
// its sight that might close them.
package chans

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/closecheck/closecheck/internal/api"
	"github.com/closecheck/closecheck/internal/ssafuncs"
)

// Options say how far channels are followed across the package's calls.
type Options struct {
	// FollowCalls follows channels through the calls that the package
	// makes of its own functions: a parameter holds what the callers pass
	// (and more if the function may be called from out of sight), a call's
	// result what the function returns. A channel passed to such a
	// function is then no escape, nor is a channel returned: the class
	// records the function as its Returner.
	//
	// Without it, parameters and call results are of unknown origin, and
	// a channel passed to any call, or returned, escapes.
	FollowCalls bool
}

// Package knows the channels of one package.
type Package struct {
	pkg  *ssa.Package
	opts Options

	closures map[*ssa.Function][]*ssa.MakeClosure
	callers  map[*ssa.Function][]ssa.CallInstruction // static calls, defers and go statements, by origin callee
	asValue  map[*ssa.Function]bool                  // used other than by a static call
	stores   map[*ssa.Alloc][]ssa.Value              // values stored in a local channel variable
	taken    map[*ssa.Alloc]bool                     // local channel variables whose address goes elsewhere
	memo     map[ssa.Value]Origins

	parent  map[Key]Key
	classes map[Key]*Class      // by root
	api     map[*types.Var]bool // exported fields that other packages can reach
}

// New learns the channels of pkg from funcs, which should be all the
// functions of its code (see ssafuncs.All).
func New(pkg *ssa.Package, funcs []*ssa.Function, opts Options) *Package {
	p := &Package{
		pkg:      pkg,
		opts:     opts,
		closures: make(map[*ssa.Function][]*ssa.MakeClosure),
		callers:  make(map[*ssa.Function][]ssa.CallInstruction),
		asValue:  make(map[*ssa.Function]bool),
		stores:   make(map[*ssa.Alloc][]ssa.Value),
		taken:    make(map[*ssa.Alloc]bool),
		memo:     make(map[ssa.Value]Origins),
		parent:   make(map[Key]Key),
		classes:  make(map[Key]*Class),
		api:      api.Fields(pkg.Pkg),
	}
	// First what links functions and variables, through which the origins
	// of values are then followed: the origins of a value must not change
	// once they are memoized.
	for _, fn := range funcs {
		ssafuncs.ForEachInstr(fn, p.scanCalls)
	}
	for _, fn := range funcs {
		ssafuncs.ForEachInstr(fn, p.scanLocal)
	}
	for _, fn := range funcs {
		ssafuncs.ForEachInstr(fn, p.scanUse)
	}
	// What a taken variable holds may be closed through its address.
	for a, vs := range p.stores {
		if p.taken[a] {
			for _, v := range vs {
				p.escape(v)
			}
		}
	}
	return p
}

// CallSites returns the static calls, defers and go statements of the
// package that run fn, a function of the package by its origin (see
// ssafuncs.OfValue).
func (p *Package) CallSites(fn *ssa.Function) []ssa.CallInstruction {
	return p.callers[fn]
}

// scanCalls records the closures of each function literal, the static
// calls of each function of the package, and the functions used as values,
// whose callers are out of sight.
func (p *Package) scanCalls(instr ssa.Instruction) {
	if mc, ok := instr.(*ssa.MakeClosure); ok {
		if f, ok := mc.Fn.(*ssa.Function); ok {
			p.closures[f] = append(p.closures[f], mc)
		}
	}
	var callee ssa.Value
	if call, ok := instr.(ssa.CallInstruction); ok && !call.Common().IsInvoke() {
		callee = call.Common().Value
		if fn := ssafuncs.OfValue(p.pkg, callee); fn != nil {
			p.callers[fn] = append(p.callers[fn], call)
		}
	}
	for _, op := range instr.Operands(nil) {
		if op == nil || *op == callee {
			continue
		}
		if mc, ok := instr.(*ssa.MakeClosure); ok && *op == mc.Fn {
			continue // the closure's own uses are seen where it goes
		}
		if fn := ssafuncs.OfValue(p.pkg, *op); fn != nil {
			p.asValue[fn] = true
		}
	}
}

// scanLocal records what is stored in local variables of channel type
// that SSA could not lift (those a closure assigns), and which of them
// have their address taken.
func (p *Package) scanLocal(instr ssa.Instruction) {
	switch instr := instr.(type) {
	case *ssa.Store:
		if a := p.localVar(instr.Addr); a != nil {
			p.stores[a] = append(p.stores[a], instr.Val)
		}
		if a := p.localVar(instr.Val); a != nil {
			p.taken[a] = true
		}
	case *ssa.DebugRef, *ssa.MakeClosure:
		// Neither lets anything else write the variable: a closure's
		// stores are seen through its free variable.
	case *ssa.UnOp:
		if instr.Op != token.MUL {
			p.takeOperands(instr)
		}
	default:
		p.takeOperands(instr)
	}
}

func (p *Package) takeOperands(instr ssa.Instruction) {
	for _, op := range instr.Operands(nil) {
		if op != nil {
			if a := p.localVar(*op); a != nil {
				p.taken[a] = true
			}
		}
	}
}

// localVar returns the local channel variable that addr is the address
// of, directly or through a closure's free variable, or nil.
func (p *Package) localVar(addr ssa.Value) *ssa.Alloc {
	for range 16 { // closures nest; more is not worth following
		switch v := addr.(type) {
		case *ssa.Alloc:
			if isChan(deref(v.Type())) {
				return v
			}
			return nil
		case *ssa.FreeVar:
			bs := p.bindings(v)
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
func (p *Package) bindings(fv *ssa.FreeVar) []ssa.Value {
	fn := fv.Parent()
	var vs []ssa.Value
	for i, v := range fn.FreeVars {
		if v != fv {
			continue
		}
		for _, mc := range p.closures[fn] {
			if i < len(mc.Bindings) {
				vs = append(vs, mc.Bindings[i])
			}
		}
	}
	return vs
}

// scanUse merges the keys that a store links, and records on the classes
// what each instruction does with a channel.
func (p *Package) scanUse(instr ssa.Instruction) {
	switch instr := instr.(type) {
	case *ssa.Store:
		p.store(instr)
	case ssa.CallInstruction:
		p.call(instr.Common())
	case *ssa.Send:
		p.sent(instr.Chan, instr)
		p.escape(instr.X)
	case *ssa.Select:
		for i, st := range instr.States {
			if st.Dir == types.SendOnly {
				p.sent(st.Chan, instr)
				p.escape(st.Send)
			} else {
				p.received(st.Chan, Receive{instr, i})
			}
		}
	case *ssa.UnOp:
		if instr.Op == token.ARROW {
			p.received(instr.X, Receive{instr, -1})
		}
	case *ssa.MapUpdate:
		p.escape(instr.Key)
		p.escape(instr.Value)
	case *ssa.MakeInterface:
		p.escape(instr.X)
	case *ssa.Return:
		p.ret(instr)
	}
}

// store links the channel stored to the field or variable it is stored
// in. Stored anywhere else than in a local variable, the channel is out of
// sight.
func (p *Package) store(st *ssa.Store) {
	if !isChan(st.Val.Type()) {
		return
	}
	dst := p.addrKey(st.Addr)
	if dst == nil {
		if p.localVar(st.Addr) == nil {
			p.escape(st.Val) // an element of a slice, an array, a map...
		}
		return
	}
	o := p.Origins(st.Val)
	for _, k := range o.Keys {
		p.union(k, dst)
	}
	if o.Unknown || o.Time {
		cl := p.classOf(dst)
		cl.Foreign = cl.Foreign || o.Unknown
		cl.Time = cl.Time || o.Time
	}
}

// call records closes; a channel handed to a function out of sight, which
// may close it, escapes.
func (p *Package) call(common *ssa.CallCommon) {
	if b, ok := common.Value.(*ssa.Builtin); ok {
		if b.Name() == "close" && len(common.Args) == 1 {
			p.mark(common.Args[0], func(cl *Class) { cl.Closed = true })
		}
		return // the other builtins keep no channel
	}
	if p.opts.FollowCalls && p.callee(common) != nil {
		return // seen through the callee's parameters
	}
	for _, a := range common.Args {
		p.escape(a)
	}
	if common.IsInvoke() {
		p.escape(common.Value)
	}
}

// ret records the function that returns a channel; one whose callers are
// not followed hands the channel out of sight.
func (p *Package) ret(r *ssa.Return) {
	fn := r.Parent()
	for _, v := range r.Results {
		if isChan(v.Type()) {
			p.mark(v, func(cl *Class) {
				if better(fn, cl.Returner) {
					cl.Returner = fn
				}
			})
		}
		if !p.opts.FollowCalls {
			p.escape(v)
		}
	}
}

// callee returns the function of the package that a call statically
// calls, or nil.
func (p *Package) callee(common *ssa.CallCommon) *ssa.Function {
	if common.IsInvoke() {
		return nil
	}
	return ssafuncs.OfValue(p.pkg, common.Value)
}

// escape marks v's channel as one that code out of sight may close. A
// receive-only channel cannot be closed, so handing one out is harmless.
func (p *Package) escape(v ssa.Value) {
	ch, ok := v.Type().Underlying().(*types.Chan)
	if !ok || ch.Dir() == types.RecvOnly {
		return
	}
	p.mark(v, func(cl *Class) { cl.Escaped = true })
}

// received records r, a receive from v's channel.
func (p *Package) received(v ssa.Value, r Receive) {
	p.mark(v, func(cl *Class) {
		cl.Received = true
		cl.Receives = append(cl.Receives, r)
	})
}

// sent records instr, a send on v's channel.
func (p *Package) sent(v ssa.Value, instr ssa.Instruction) {
	p.mark(v, func(cl *Class) { cl.Sends = append(cl.Sends, instr) })
}

// mark applies f to the class of each key that v may hold.
func (p *Package) mark(v ssa.Value, f func(*Class)) {
	for _, k := range p.Origins(v).Keys {
		f(p.classOf(k))
	}
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
