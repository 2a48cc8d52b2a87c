package chanclose

import (
	"go/token"

	"golang.org/x/tools/go/ssa"

	"github.com/closecheck/closecheck/internal/chans"
)

// senders returns the entries of the package that reach the sends on the
// channels of cl: exported functions, functions the package never calls
// directly, and go statements. many says that the sends may also run on
// several goroutines at once from one entry, a go statement in a loop (a
// handler per connection).
//
// A channel with more than one sender, or many, has no safe close: a
// close while another sender runs makes that sender panic. Its consumers
// stop on a separate signal instead, as the inboxes that peers or
// connection handlers send to do, and a teardown owes them no close.
func (c *checker) senders(cl *chans.Class) (entries []any, many bool) {
	seen := make(map[any]bool)
	enter := func(e any) {
		if !seen[e] {
			seen[e] = true
			entries = append(entries, e)
		}
	}
	var up func(fn *ssa.Function)
	up = func(fn *ssa.Function) {
		if o := fn.Origin(); o != nil {
			fn = o
		}
		if seen[fn] {
			return
		}
		calls := c.chans.CallSites(fn)
		if len(calls) == 0 || fn.Parent() == nil && token.IsExported(fn.Name()) {
			enter(fn)
		}
		seen[fn] = true
		for _, call := range calls {
			if g, ok := call.(*ssa.Go); ok {
				enter(g)
				many = many || inLoop(g.Block())
				continue
			}
			up(call.Parent())
		}
	}
	for _, send := range cl.Sends {
		up(send.Parent())
	}
	return entries, many
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
