// Package flow answers path questions on the control-flow graphs of SSA
// functions: can execution get from here to a normal return while avoiding
// these instructions and these edges?
package flow

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// A Pruner reports whether the edge from b to its i-th successor is one
// the question at hand may ignore, such as the branch on which a call's
// error is non-nil.
type Pruner func(b *ssa.BasicBlock, i int) bool

// A Query asks whether a resource made at Start can escape its owner.
type Query struct {
	Start ssa.Instruction
	// Stop reports whether an instruction settles every path through it
	// (a close, a hand-off).
	Stop func(ssa.Instruction) bool
	// Arm reports whether an instruction settles the returns that follow
	// it, but not the Leak instructions (a deferred close of the variable
	// that holds the resource).
	Arm func(ssa.Instruction) bool
	// Leak reports whether reaching an instruction loses the resource
	// whatever follows (a store of another value into its variable).
	Leak func(ssa.Instruction) bool
	// Pruned reports the edges that need no close.
	Pruned Pruner
	// Armed says that paths start armed: an Arm instruction runs before
	// Start on every path.
	Armed bool
}

// A state is a point on a path: a block, and whether the path is armed.
type state struct {
	b     *ssa.BasicBlock
	armed bool
}

// Escape looks for a path that starts just after q.Start, passes no
// instruction where q.Stop holds and no pruned edge, and either reaches a
// return of the function before any Arm instruction, or an instruction
// where q.Leak holds, or comes back around a loop to q.Start itself. It
// returns the instruction reached (q.Start for a loop), or nil when no such
// path exists. Paths that end in a panic or a call that never returns do
// not count. Among several escapes it returns one with the fewest blocks.
func (q *Query) Escape() ssa.Instruction {
	b := q.Start.Block()
	if b == nil {
		return nil
	}
	idx := indexOf(b, q.Start)
	if idx < 0 {
		return nil
	}
	var seen [2][]bool
	seen[0] = make([]bool, len(b.Parent().Blocks))
	seen[1] = make([]bool, len(b.Parent().Blocks))
	var queue []state
	enqueue := func(b *ssa.BasicBlock, armed bool) {
		for i, s := range b.Succs {
			if !seen[b2i(armed)][s.Index] && (q.Pruned == nil || !q.Pruned(b, i)) {
				seen[b2i(armed)][s.Index] = true
				queue = append(queue, state{s, armed})
			}
		}
	}
	esc, done, armed := q.scan(b.Instrs[idx+1:], q.Armed)
	if done {
		return esc
	}
	enqueue(b, armed)
	for len(queue) > 0 {
		st := queue[0]
		queue = queue[1:]
		esc, done, armed := q.scan(st.b.Instrs, st.armed)
		if esc != nil {
			return esc
		}
		if !done {
			enqueue(st.b, armed)
		}
	}
	return nil
}

// scan walks instrs and reports where the path ends: at an escape
// (non-nil, true), settled (nil, true), or at the end of the block with the
// path going on (nil, false) and armed or not.
func (q *Query) scan(instrs []ssa.Instruction, armed bool) (ssa.Instruction, bool, bool) {
	for _, instr := range instrs {
		switch {
		case instr == q.Start:
			return instr, true, armed
		case q.Stop(instr), EndsPath(instr):
			return nil, true, armed
		case q.Leak(instr):
			return instr, true, armed
		case q.Arm(instr):
			armed = true
		}
		if _, ok := instr.(*ssa.Return); ok {
			if armed {
				return nil, true, armed
			}
			return instr, true, armed
		}
	}
	return nil, false, armed
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Precedes reports whether a runs before b on every path to b: a's block
// dominates b's, and within one block a comes first.
func Precedes(a, b ssa.Instruction) bool {
	if a.Block() == b.Block() {
		return indexOf(a.Block(), a) < indexOf(b.Block(), b)
	}
	return a.Block().Dominates(b.Block())
}

func indexOf(b *ssa.BasicBlock, instr ssa.Instruction) int {
	for i, x := range b.Instrs {
		if x == instr {
			return i
		}
	}
	return -1
}

// EndsPath reports whether no normal return follows instr: a panic, or a
// call that never returns. Calls of package-level functions that never
// return already end in a panic in buildssa's SSA; what is left is methods
// called through an interface, such as testing.TB's Fatal.
func EndsPath(instr ssa.Instruction) bool {
	switch instr := instr.(type) {
	case *ssa.Panic:
		return true
	case *ssa.Call:
		return isTestingStop(instr.Common())
	}
	return false
}

func isTestingStop(c *ssa.CallCommon) bool {
	if !c.IsInvoke() {
		return false
	}
	named, ok := types.Unalias(c.Value.Type()).(*types.Named)
	if !ok || named.Obj().Pkg() == nil || named.Obj().Pkg().Path() != "testing" {
		return false
	}
	switch c.Method.Name() {
	case "Fatal", "Fatalf", "FailNow", "Skip", "Skipf", "SkipNow":
		return true
	}
	return false
}
