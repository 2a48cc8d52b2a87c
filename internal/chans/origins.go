package chans

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// maxSteps bounds the walk of one value's origins: past it, the origins
// are unknown.
const maxSteps = 512

// Origins are where the channel that a value holds may come from.
type Origins struct {
	Keys []Key // the package's channels that it may hold
	Time bool  // it may hold a channel of package time, which nothing closes
	Nil  bool  // it may be nil
	// Unknown is true when it may also hold a channel of unknown origin:
	// a parameter or a call's result that is not followed (see
	// Options.FollowCalls), a value received from a channel or read from
	// a map, a field or a variable of another package.
	Unknown bool
}

// Origins returns where the channel v may come from.
func (p *Package) Origins(v ssa.Value) Origins {
	if o, ok := p.memo[v]; ok {
		return o
	}
	w := walker{p: p, seen: make(map[ssa.Value]bool)}
	w.walk(v)
	p.memo[v] = w.o
	return w.o
}

// A walker follows a value back to the origins of its channels.
type walker struct {
	p     *Package
	seen  map[ssa.Value]bool
	steps int
	o     Origins
}

func (w *walker) walk(v ssa.Value) {
	if w.seen[v] {
		return
	}
	w.seen[v] = true
	if w.steps++; w.steps > maxSteps {
		w.o.Unknown = true
		return
	}
	switch v := v.(type) {
	case *ssa.MakeChan:
		w.o.Keys = append(w.o.Keys, v)
	case *ssa.Const:
		if v.IsNil() {
			w.o.Nil = true
		} else {
			w.o.Unknown = true
		}
	case *ssa.ChangeType:
		w.walk(v.X)
	case *ssa.Phi:
		for _, e := range v.Edges {
			w.walk(e)
		}
	case *ssa.FreeVar:
		w.bound(v, w.walk)
	case *ssa.UnOp:
		if v.Op == token.MUL {
			w.load(v.X)
		} else {
			w.o.Unknown = true
		}
	case *ssa.Field:
		w.field(fieldOf(v.X.Type(), v.Field))
	case *ssa.Parameter:
		w.param(v)
	case *ssa.Call:
		w.result(v.Common(), 0, false)
	case *ssa.Extract:
		if call, ok := v.Tuple.(*ssa.Call); ok {
			w.result(call.Common(), v.Index, true)
		} else {
			w.o.Unknown = true
		}
	default:
		w.o.Unknown = true
	}
}

// bound follows the free variable fv with f to each value that the
// closures of its function bind to it; with no closure in sight, its
// origin is unknown.
func (w *walker) bound(fv *ssa.FreeVar, f func(ssa.Value)) {
	bs := w.p.bindings(fv)
	if len(bs) == 0 {
		w.o.Unknown = true
	}
	for _, b := range bs {
		f(b)
	}
}

// field adds the key of field f, the C of a timer or a ticker, or an
// unknown origin.
func (w *walker) field(f *types.Var) {
	if isTimeC(f) {
		w.o.Time = true
		return
	}
	w.add(w.p.fieldKey(f))
}

// add adds key k, nil for an unknown origin.
func (w *walker) add(k Key) {
	if k == nil {
		w.o.Unknown = true
		return
	}
	w.o.Keys = append(w.o.Keys, k)
}

// load follows what is loaded from addr to what is stored there.
func (w *walker) load(addr ssa.Value) {
	if a := w.p.localVar(addr); a != nil {
		if w.p.taken[a] {
			w.o.Unknown = true
		}
		for _, stored := range w.p.stores[a] {
			w.walk(stored)
		}
		return
	}
	switch addr := addr.(type) {
	case *ssa.FreeVar:
		w.bound(addr, w.load)
	case *ssa.FieldAddr:
		w.field(fieldOf(addr.X.Type(), addr.Field))
	default:
		w.add(w.p.addrKey(addr))
	}
}

// param follows a parameter to the arguments of the calls of its function
// that the package makes. A function that others may call, or that is
// used as a value, also has arguments out of sight.
func (w *walker) param(p *ssa.Parameter) {
	if !w.p.opts.FollowCalls {
		w.o.Unknown = true
		return
	}
	fn := p.Parent()
	i := -1
	for j, q := range fn.Params {
		if q == p {
			i = j
		}
	}
	if i < 0 || w.p.asValue[fn] || fn.Parent() == nil && token.IsExported(fn.Name()) {
		w.o.Unknown = true
	}
	if i < 0 {
		return
	}
	for _, call := range w.p.callers[fn] {
		if args := call.Common().Args; i < len(args) {
			w.walk(args[i])
		}
	}
}

// result follows the result of a call to a function of the package to the
// values its returns give. The channels of time.Tick and time.After are
// never closed.
func (w *walker) result(call *ssa.CallCommon, index int, tuple bool) {
	if !tuple && isClockCall(call) {
		w.o.Time = true
		return
	}
	fn := (*ssa.Function)(nil)
	if w.p.opts.FollowCalls {
		fn = w.p.callee(call)
	}
	if fn == nil {
		w.o.Unknown = true
		return
	}
	n := fn.Signature.Results().Len()
	if tuple && index >= n || !tuple && n != 1 {
		w.o.Unknown = true
		return
	}
	for _, b := range fn.Blocks {
		if ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && index < len(ret.Results) {
			w.walk(ret.Results[index])
		}
	}
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

// isTimeC reports whether f is the C of a time.Ticker or a time.Timer.
func isTimeC(f *types.Var) bool {
	return f != nil && f.Pkg() != nil && f.Pkg().Path() == "time" && f.Name() == "C"
}
