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

// Escape looks for a path that starts just after start, passes no
// instruction for which stop is true and no pruned edge, and either reaches
// a return of start's function or comes back around a loop to start
// itself. It returns that *ssa.Return, or start for a loop, or nil when no
// such path exists. Paths that end in a panic or a call that never returns
// do not count. Among several escapes it returns one with the fewest blocks.
func Escape(start ssa.Instruction, stop func(ssa.Instruction) bool, pruned Pruner) ssa.Instruction {
	b := start.Block()
	if b == nil {
		return nil
	}
	idx := indexOf(b, start)
	if idx < 0 {
		return nil
	}
	seen := make([]bool, len(b.Parent().Blocks))
	var queue []*ssa.BasicBlock
	enqueue := func(b *ssa.BasicBlock) {
		for i, s := range b.Succs {
			if !seen[s.Index] && (pruned == nil || !pruned(b, i)) {
				seen[s.Index] = true
				queue = append(queue, s)
			}
		}
	}
	// scan walks b's instructions from i and reports where the path ends:
	// at an escape (non-nil, true), covered (nil, true), or at the end of
	// the block with the path going on (nil, false).
	scan := func(b *ssa.BasicBlock, i int) (ssa.Instruction, bool) {
		for _, instr := range b.Instrs[i:] {
			switch {
			case instr == start:
				return start, true
			case stop(instr), EndsPath(instr):
				return nil, true
			}
			if ret, ok := instr.(*ssa.Return); ok {
				return ret, true
			}
		}
		return nil, false
	}
	if esc, done := scan(b, idx+1); done {
		return esc
	}
	enqueue(b)
	for len(queue) > 0 {
		b := queue[0]
		queue = queue[1:]
		esc, done := scan(b, 0)
		if esc != nil {
			return esc
		}
		if !done {
			enqueue(b)
		}
	}
	return nil
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
