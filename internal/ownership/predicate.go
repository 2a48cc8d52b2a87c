package ownership

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"

	"github.com/closecheck/closecheck/internal/flow"
	"github.com/closecheck/closecheck/internal/resource"
)

// errorIfTrue lists the parameters of fn, an error predicate, that are
// non-nil errors whenever it returns true: a test's
// errEndsTest(t, err, wantErr), testenv.SyscallIsNotSupported(err). Behind
// `if pred(err) { return }`, what was made with err is nil.
func (info *Info) errorIfTrue(fn *ssa.Function) []int {
	results := fn.Signature.Results()
	if results.Len() != 1 || !types.Identical(results.At(0).Type(), types.Typ[types.Bool]) {
		return nil
	}
	var params []int
	for i, p := range fn.Params {
		if types.Identical(p.Type(), errorType) && info.trueOnlyIfNonNil(fn, p) {
			params = append(params, i)
		}
	}
	return params
}

var errorType = types.Universe.Lookup("error").Type()

// neverFails reports whether fn's last result is an error that is nil on
// every return: a constructor that keeps the signature of one that can
// fail (tsdb.NewCircularExemplarStorage), a Write to memory. Behind its
// `if err != nil { return }`, nothing leaks. A deferred function may set
// a named result; the returns then load it, and a load is not nil.
func (info *Info) neverFails(fn *ssa.Function) bool {
	results := fn.Signature.Results()
	if results.Len() == 0 || !types.Identical(results.At(results.Len()-1).Type(), errorType) {
		return false
	}
	some := false
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok {
			continue
		}
		if !info.alwaysNilError(ret.Results[len(ret.Results)-1], make(map[*ssa.Phi]bool)) {
			return false
		}
		some = true
	}
	return some
}

// alwaysNilError reports whether v, an error, is nil on every path: the
// nil constant, or the error of a call that never fails.
func (info *Info) alwaysNilError(v ssa.Value, seen map[*ssa.Phi]bool) bool {
	switch v := v.(type) {
	case *ssa.Const:
		return v.Value == nil
	case *ssa.Phi:
		if seen[v] {
			return true
		}
		seen[v] = true
		for _, e := range v.Edges {
			if !info.alwaysNilError(e, seen) {
				return false
			}
		}
		return true
	case *ssa.Call:
		return info.neverFailsCall(v.Common())
	case *ssa.Extract:
		call, ok := v.Tuple.(*ssa.Call)
		return ok && v.Index == call.Call.Signature().Results().Len()-1 && info.neverFailsCall(call.Common())
	}
	return false
}

func (info *Info) neverFailsCall(c *ssa.CallCommon) bool {
	if repeatsHandshake(c) {
		return true
	}
	fact, _ := info.callFact(c)
	return fact != nil && fact.NeverFails
}

// repeatsHandshake reports whether c is a Handshake of a connection whose
// maker returned it handshaken, as tls.Dial does.
func repeatsHandshake(c *ssa.CallCommon) bool {
	method, ok := staticObject(c)
	if !ok || len(c.Args) == 0 {
		return false
	}
	conn, ok := c.Args[0].(*ssa.Extract)
	if !ok || conn.Index != 0 {
		return false
	}
	dial, ok := conn.Tuple.(*ssa.Call)
	if !ok {
		return false
	}
	maker, ok := staticObject(dial.Common())
	return ok && resource.RepeatsHandshake(method, maker)
}

// staticObject returns the declared function that c calls, if any.
func staticObject(c *ssa.CallCommon) (*types.Func, bool) {
	callee := c.StaticCallee()
	if callee == nil {
		return nil, false
	}
	obj, ok := callee.Object().(*types.Func)
	return obj, ok
}

// nilErrorCheck reports whether x and y are an error that is always nil
// and nil, in either order: comparing them decides nothing.
func (info *Info) nilErrorCheck(x, y ssa.Value) bool {
	if isNil(x) {
		x, y = y, x
	}
	return isNil(y) && types.Identical(x.Type(), errorType) && info.alwaysNilError(x, make(map[*ssa.Phi]bool))
}

// What is known of the error parameter on entry to a block, from the
// paths that reach it: nothing reaches it yet, it is non-nil on every
// one, or it may be nil.
const (
	unreached = iota
	nonNil
	mayBeNil
)

// trueOnlyIfNonNil reports whether every return of fn that may yield true
// is reached only on paths where p is non-nil. Paths that fail a test or
// panic return nothing.
func (info *Info) trueOnlyIfNonNil(fn *ssa.Function, p *ssa.Parameter) bool {
	in := make([]int, len(fn.Blocks))
	in[0] = mayBeNil
	for changed := true; changed; {
		changed = false
		for _, b := range fn.Blocks {
			if in[b.Index] == unreached || endsPath(b) {
				continue
			}
			for i, s := range b.Succs {
				state := in[b.Index]
				if cond, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If); ok && info.impliesNonNil(cond.Cond, i == 0, p) {
					state = nonNil
				}
				if state > in[s.Index] {
					in[s.Index] = state
					changed = true
				}
			}
		}
	}
	for _, b := range fn.Blocks {
		ret, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return)
		if !ok || in[b.Index] != mayBeNil || endsPath(b) {
			continue
		}
		if !isFalse(ret.Results[0]) && !info.predicateOf(ret.Results[0], p) {
			return false
		}
	}
	return true
}

// impliesNonNil reports whether cond evaluating to outcome shows p
// non-nil.
func (info *Info) impliesNonNil(cond ssa.Value, outcome bool, p *ssa.Parameter) bool {
	switch cond := cond.(type) {
	case *ssa.UnOp:
		return cond.Op == token.NOT && info.impliesNonNil(cond.X, !outcome, p)
	case *ssa.BinOp:
		if cond.Op != token.EQL && cond.Op != token.NEQ {
			return false
		}
		if (cond.X == p && isNil(cond.Y)) || (cond.Y == p && isNil(cond.X)) {
			return outcome == (cond.Op == token.NEQ)
		}
	case *ssa.Call:
		return outcome && info.predicateOf(cond, p)
	case *ssa.Extract:
		ta, ok := cond.Tuple.(*ssa.TypeAssert)
		return ok && cond.Index == 1 && ta.X == p && outcome
	}
	return false
}

// predicateOf reports whether v is a call of an error predicate on p.
func (info *Info) predicateOf(v ssa.Value, p ssa.Value) bool {
	call, ok := v.(*ssa.Call)
	if !ok {
		return false
	}
	return info.isErrorPredicate(&call.Call, func(arg ssa.Value) bool { return arg == p })
}

// isErrorPredicate reports whether c returns true only when one of its
// arguments that isErr accepts is a non-nil error.
func (info *Info) isErrorPredicate(c *ssa.CallCommon, isErr func(ssa.Value) bool) bool {
	callee := c.StaticCallee()
	if callee == nil || c.IsInvoke() {
		return false
	}
	if len(c.Args) > 0 && isErr(c.Args[0]) && isKnownErrorPredicate(callee) {
		return true
	}
	if callee.Origin() != nil {
		callee = callee.Origin()
	}
	fact := info.factOf(callee)
	return fact != nil && slices.ContainsFunc(fact.ErrorIfTrue, func(i int) bool {
		return i < len(c.Args) && isErr(c.Args[i])
	})
}

// isKnownErrorPredicate reports whether fn, of the standard library,
// returns true only for a non-nil error as its first argument.
func isKnownErrorPredicate(fn *ssa.Function) bool {
	if fn.Pkg == nil {
		return false
	}
	switch fn.Pkg.Pkg.Path() + "." + fn.Name() {
	case "errors.Is", "errors.As", "os.IsNotExist", "os.IsExist", "os.IsPermission", "os.IsTimeout":
		return true
	}
	return false
}

func endsPath(b *ssa.BasicBlock) bool {
	return slices.ContainsFunc(b.Instrs, flow.EndsPath)
}

func isFalse(v ssa.Value) bool {
	val, ok := flow.ConstBool(v)
	return ok && !val
}
