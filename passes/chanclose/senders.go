package chanclose

import (
	"go/token"

	"golang.org/x/tools/go/ssa"

	"github.com/closecheck/closecheck/internal/chans"
	"github.com/closecheck/closecheck/internal/flow"
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
				many = many || flow.InCycle(g.Block())
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

// notifies reports whether the channels of cl only carry wake-ups from
// calls: every send gives up when no one is ready (a select with a
// default), and none runs on a goroutine of the package, so any call,
// even after the teardown, may send. Its consumers are woken, not fed,
// and a close in the teardown would make the next send panic.
func notifies(cl *chans.Class, entries []any) bool {
	for _, e := range entries {
		if _, ok := e.(*ssa.Go); ok {
			return false
		}
	}
	for _, send := range cl.Sends {
		if sel, ok := send.(*ssa.Select); !ok || sel.Blocking {
			return false
		}
	}
	return len(cl.Sends) > 0
}
