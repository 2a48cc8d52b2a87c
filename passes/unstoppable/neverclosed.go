package unstoppable

import (
	"golang.org/x/tools/go/ssa"

	"github.com/closecheck/closecheck/internal/chans"
)

// neverClosed reports whether nothing can ever close the channel v: it is
// nil, or comes only from package time, or from make(chan) calls of this
// package whose channels are never closed and never escape.
func (c *checker) neverClosed(v ssa.Value) bool {
	o := c.channels().Origins(v)
	if o.Unknown || len(o.Keys) == 0 && !o.Time && !o.Nil {
		return false
	}
	for _, k := range o.Keys {
		cl := c.channels().Class(k)
		if len(cl.Makes) == 0 || mayBeClosed(cl) {
			return false
		}
	}
	return true
}

// mayBeClosed reports whether something may close a channel of the class:
// the package, code out of its sight that the channel reaches, or another
// package that sets it. A channel of package time stored with it does not
// count: nothing closes those.
func mayBeClosed(cl *chans.Class) bool {
	return cl.Closed || cl.Escaped || cl.Foreign || cl.Exported != nil
}

// fromClock reports whether the channel v may come from package time, or
// be nil: a loop that receives from it only waits between rounds.
func (c *checker) fromClock(v ssa.Value) bool {
	o := c.channels().Origins(v)
	return o.Time || o.Nil
}
