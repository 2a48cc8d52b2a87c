package chanclose

import (
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/closecheck/closecheck/internal/chans"
	"github.com/closecheck/closecheck/internal/ssafuncs"
)

// guarded reports whether a second call of the teardown fn cannot reach
// the close at instr of its receiver's field f a second time: fn makes f
// a new channel, or a branch that decides whether the close runs reads
// state of the receiver that fn changes.
//
// A close inside a sync.Once is not in fn's own body, so never gets here.
func guarded(fn *ssa.Function, instr ssa.Instruction, f *types.Var, writes map[*types.Var]bool) bool {
	if remakes(fn, f) {
		return true
	}
	b := instr.Block()
	for d := b.Idom(); d != nil; d = d.Idom() {
		ifc, ok := d.Instrs[len(d.Instrs)-1].(*ssa.If)
		if !ok || !decides(d, b) {
			continue
		}
		if checksState(fn, ifc.Cond, writes) {
			return true
		}
	}
	return false
}

// decides reports whether the branch at the end of d decides whether b
// runs: one of its successors, entered only from d, dominates b.
func decides(d, b *ssa.BasicBlock) bool {
	for _, s := range d.Succs {
		if len(s.Preds) == 1 && s.Dominates(b) {
			return true
		}
	}
	return false
}

// remakes reports whether fn stores a new channel in field f: a second
// call closes that one.
func remakes(fn *ssa.Function, f *types.Var) bool {
	found := false
	ssafuncs.ForEachInstr(fn, func(instr ssa.Instruction) {
		st, ok := instr.(*ssa.Store)
		if !ok || fieldAddrOfRecv(fn, st.Addr) != f {
			return
		}
		v := st.Val
		if ct, ok := v.(*ssa.ChangeType); ok {
			v = ct.X
		}
		if _, ok := v.(*ssa.MakeChan); ok {
			found = true
		}
	})
	return found
}

// maxCondValues bounds the values of a branch condition that checksState
// reads, so that a generated condition cannot make it slow: past it, the
// branch does not count as a guard.
const maxCondValues = 512

// checksState reports whether a branch condition reads state of fn's
// receiver that a second call would see changed:
//
//   - a field that fn writes: a closed flag, a state, the channel itself
//     set to nil, a map entry it deletes;
//   - a compare-and-swap or swap on a field;
//   - a receive from a field, in a select or not, which the close makes
//     succeed;
//   - the result of a method of the receiver, such as t.isClosed().
func checksState(fn *ssa.Function, cond ssa.Value, writes map[*types.Var]bool) bool {
	seen := make(map[ssa.Value]bool)
	var check func(v ssa.Value) bool
	check = func(v ssa.Value) bool {
		if seen[v] || len(seen) > maxCondValues {
			return false
		}
		seen[v] = true
		switch v := v.(type) {
		case *ssa.UnOp:
			switch v.Op {
			case token.MUL:
				if f := fieldAddrOfRecv(fn, v.X); f != nil {
					return writes[f]
				}
			case token.ARROW:
				return recvField(fn, v.X) != nil
			}
			return check(v.X)
		case *ssa.Field:
			if f := recvField(fn, v); f != nil {
				return writes[f]
			}
			return check(v.X)
		case *ssa.BinOp:
			return check(v.X) || check(v.Y)
		case *ssa.Phi:
			for _, e := range v.Edges {
				if check(e) {
					return true
				}
			}
		case *ssa.Extract:
			return check(v.Tuple)
		case *ssa.Select:
			for _, st := range v.States {
				if st.Dir == types.RecvOnly && recvField(fn, st.Chan) != nil {
					return true
				}
			}
		case *ssa.Lookup:
			return check(v.X)
		case *ssa.ChangeType:
			return check(v.X)
		case *ssa.Convert:
			return check(v.X)
		case *ssa.Call:
			return callChecksState(fn, v.Common(), writes)
		}
		return false
	}
	return check(cond)
}

// callChecksState reports whether a call in a branch condition asks about
// state of fn's receiver that a second call would see changed.
func callChecksState(fn *ssa.Function, common *ssa.CallCommon, writes map[*types.Var]bool) bool {
	if common.IsInvoke() {
		return false
	}
	name := ""
	if callee := common.StaticCallee(); callee != nil {
		name = callee.Name()
		if callee.Signature.Recv() != nil && len(common.Args) > 0 && common.Args[0] == receiver(fn) {
			return true // t.isClosed(), t.running()
		}
	}
	for _, a := range common.Args {
		f := fieldAddrOfRecv(fn, a)
		if f == nil {
			continue
		}
		// t.closed.CompareAndSwap(false, true),
		// atomic.CompareAndSwapInt32(&t.state, 0, 1), t.stopped.Swap(true),
		// t.subs.LoadAndDelete(id): the call itself changes the state.
		if strings.Contains(name, "Swap") || strings.HasPrefix(name, "LoadAnd") || writes[f] {
			return true
		}
	}
	return false
}

// fieldWrites returns the fields that fn may change: those it, its
// function literals, or the methods of the receiver it calls, store to,
// delete map entries from, or hand by address to a call (an atomic store,
// a sync.Map's Delete).
func (c *checker) fieldWrites(fn *ssa.Function) map[*types.Var]bool {
	writes := make(map[*types.Var]bool)
	seen := make(map[*ssa.Function]bool)
	var scan func(fn *ssa.Function, depth int)
	scan = func(fn *ssa.Function, depth int) {
		if o := fn.Origin(); o != nil {
			fn = o
		}
		if seen[fn] || fn.Pkg == nil || fn.Pkg.Pkg != c.pass.Pkg {
			return
		}
		seen[fn] = true
		ssafuncs.ForEachInstr(fn, func(instr ssa.Instruction) {
			switch instr := instr.(type) {
			case *ssa.Store:
				addWrite(writes, instr.Addr)
			case *ssa.MapUpdate:
				addWrite(writes, loadedAddr(instr.Map))
			case ssa.CallInstruction:
				common := instr.Common()
				if b, ok := common.Value.(*ssa.Builtin); ok {
					if (b.Name() == "delete" || b.Name() == "clear") && len(common.Args) > 0 {
						addWrite(writes, loadedAddr(common.Args[0]))
					}
					return
				}
				for _, a := range common.Args {
					addWrite(writes, a)
				}
				if callee := common.StaticCallee(); callee != nil && depth < 2 && callee.Signature.Recv() != nil {
					scan(callee, depth+1)
				}
			}
		})
		for _, anon := range fn.AnonFuncs {
			scan(anon, depth)
		}
	}
	scan(fn, 0)
	return writes
}

// addWrite records the field that addr is the address of.
func addWrite(writes map[*types.Var]bool, addr ssa.Value) {
	if fa, ok := addr.(*ssa.FieldAddr); ok {
		if f := chans.FieldOrigin(fa.X.Type(), fa.Field); f != nil {
			writes[f] = true
		}
	}
}

// loadedAddr returns the address that v was loaded from, or nil.
func loadedAddr(v ssa.Value) ssa.Value {
	if u, ok := v.(*ssa.UnOp); ok && u.Op == token.MUL {
		return u.X
	}
	return nil
}
