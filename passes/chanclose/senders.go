package chanclose

import (
	"go/token"

	"golang.org/x/tools/go/ssa"

	"github.com/closecheck/closecheck/internal/chans"
	"github.com/closecheck/closecheck/internal/ssafuncs"
)

// manySenders reports whether the sends on the channels of cl may run on
// several goroutines at once: they are reached from two entries of the
// package (an exported function, a function the package never calls
// directly, a go statement), or from a go statement in a loop, as a
// handler per connection is. Nobody can close such a channel safely: a
// close while another sender runs makes that sender panic. Its consumers
// stop on a separate signal instead, as the inboxes that peers or
// connection handlers send to do; a teardown owes them no close.
func (c *checker) manySenders(cl *chans.Class) bool {
	entries := make(map[any]bool)
	seen := make(map[*ssa.Function]bool)
	many := false
	var up func(fn *ssa.Function)
	up = func(fn *ssa.Function) {
		if seen[fn] || many {
			return
		}
		seen[fn] = true
		calls := c.callSites()[fn]
		if len(calls) == 0 || fn.Parent() == nil && token.IsExported(fn.Name()) {
			entries[fn] = true
		}
		for _, call := range calls {
			if g, ok := call.(*ssa.Go); ok {
				entries[g] = true
				many = many || inLoop(g.Block())
				continue
			}
			up(call.Parent())
		}
	}
	for _, send := range cl.Sends {
		up(send.Parent())
	}
	return many || len(entries) > 1
}

// callSites returns, for each function of the package, the calls, defers
// and go statements of the package that call it directly.
func (c *checker) callSites() map[*ssa.Function][]ssa.CallInstruction {
	if c.calls != nil {
		return c.calls
	}
	c.calls = make(map[*ssa.Function][]ssa.CallInstruction)
	for _, fn := range c.funcs {
		ssafuncs.ForEachInstr(fn, func(instr ssa.Instruction) {
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				return
			}
			if callee := call.Common().StaticCallee(); callee != nil {
				c.calls[callee] = append(c.calls[callee], call)
			}
		})
	}
	return c.calls
}

// inLoop reports whether b is on a cycle of its function's control flow
// graph.
func inLoop(b *ssa.BasicBlock) bool {
	seen := make(map[*ssa.BasicBlock]bool)
	stack := append([]*ssa.BasicBlock(nil), b.Succs...)
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if s == b {
			return true
		}
		if !seen[s] {
			seen[s] = true
			stack = append(stack, s.Succs...)
		}
	}
	return false
}
