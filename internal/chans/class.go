package chans

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/closecheck/closecheck/internal/report"
)

// A Key names a channel at the granularity at which the package follows
// it: a make(chan) instruction (*ssa.MakeChan), a struct field of the
// package (*types.Var, the origin field: all values of the struct alike,
// all instances of a generic struct alike), or a package-level variable of
// the package (*ssa.Global).
type Key any

// A Class is a set of keys that may hold the same channel, and what the
// package does with it. Keys are merged when one is stored into another:
// a close of any of them may close the channel of each.
type Class struct {
	Makes    []*ssa.MakeChan   // the make(chan) calls of the class
	Foreign  bool              // it may hold a channel of unknown origin, or be set by other packages
	Time     bool              // it may hold a channel of package time
	Sends    []ssa.Instruction // where the package sends on it: a send or a select
	Received bool              // the package receives from it
	Closed   bool              // the package closes it
	Escaped  bool              // it reaches code that may close it out of sight
	Exported *types.Var        // a field of the class that other packages can reach (see api.Fields), or nil
	Returner *ssa.Function     // the function that returns it and names it best, or nil
	Receives []Receive         // where the package receives from it
}

// A Receive is a receive from a channel: a <-ch or a range over it
// (State -1), or the case of a select at index State.
type Receive struct {
	Instr ssa.Instruction
	State int
}

// MadeHere reports whether the class holds channels that the package
// makes, and only those.
func (cl *Class) MadeHere() bool {
	return len(cl.Makes) > 0 && !cl.Foreign && !cl.Time
}

// merge adds what o knows to cl.
func (cl *Class) merge(o *Class) {
	cl.Makes = append(cl.Makes, o.Makes...)
	cl.Foreign = cl.Foreign || o.Foreign
	cl.Time = cl.Time || o.Time
	cl.Sends = append(cl.Sends, o.Sends...)
	cl.Received = cl.Received || o.Received
	cl.Receives = append(cl.Receives, o.Receives...)
	cl.Closed = cl.Closed || o.Closed
	cl.Escaped = cl.Escaped || o.Escaped
	if cl.Exported == nil {
		cl.Exported = o.Exported
	}
	if better(o.Returner, cl.Returner) {
		cl.Returner = o.Returner
	}
}

// better reports whether returner a names the channel better than b in a
// report: an exported function over an unexported one, then the first in
// the source.
func better(a, b *ssa.Function) bool {
	switch {
	case a == nil:
		return false
	case b == nil:
		return true
	}
	ea, eb := exportedName(a), exportedName(b)
	if ea != eb {
		return ea
	}
	return report.ComparePos(a.Prog.Fset, a.Pos(), b.Pos()) < 0
}

func exportedName(fn *ssa.Function) bool {
	for fn.Parent() != nil {
		fn = fn.Parent()
	}
	return token.IsExported(fn.Name())
}

// Class returns the class of k: what the package does with it and with
// the keys that may hold the same channel.
func (p *Package) Class(k Key) *Class {
	if cl, ok := p.classes[p.find(k)]; ok {
		return cl
	}
	return p.initial(k) // the package does nothing with it
}

// classOf returns the class of k, made on first use.
func (p *Package) classOf(k Key) *Class {
	r := p.find(k)
	if cl, ok := p.classes[r]; ok {
		return cl
	}
	cl := p.initial(k)
	p.classes[r] = cl
	return cl
}

// initial returns the class of k alone, which starts with what k is: the
// make of a make(chan), a field or variable that other packages can set.
func (p *Package) initial(k Key) *Class {
	cl := new(Class)
	switch k := k.(type) {
	case *ssa.MakeChan:
		cl.Makes = []*ssa.MakeChan{k}
	case *types.Var:
		if p.api[k] {
			cl.Exported = k
		}
	case *ssa.Global:
		cl.Foreign = k.Object() == nil || k.Object().Exported()
	}
	return cl
}

func (p *Package) find(k Key) Key {
	for {
		r, ok := p.parent[k]
		if !ok {
			return k
		}
		if rr, ok := p.parent[r]; ok {
			p.parent[k] = rr
		}
		k = r
	}
}

func (p *Package) union(a, b Key) {
	ca, cb := p.classOf(a), p.classOf(b)
	ra, rb := p.find(a), p.find(b)
	if ra == rb {
		return
	}
	p.parent[ra] = rb
	cb.merge(ca)
	delete(p.classes, ra)
}

// addrKey returns the key of the address of a field or a package-level
// variable of the package, or nil.
func (p *Package) addrKey(addr ssa.Value) Key {
	switch addr := addr.(type) {
	case *ssa.FieldAddr:
		return p.fieldKey(fieldOf(addr.X.Type(), addr.Field))
	case *ssa.Global:
		if addr.Pkg == p.pkg {
			return addr
		}
	}
	return nil
}

// fieldKey returns the key of field f if the package declares it, or nil.
// The C of a timer or a ticker has none: its channel is package time's.
func (p *Package) fieldKey(f *types.Var) Key {
	if f == nil || isTimeC(f) {
		return nil
	}
	f = f.Origin()
	if f.Pkg() != p.pkg.Pkg {
		return nil
	}
	return f
}

// FieldOrigin returns field i of the struct that t is or points to, by its
// origin: the field that all instances of a generic struct share. It
// returns nil if there is no such field.
func FieldOrigin(t types.Type, i int) *types.Var {
	if f := fieldOf(t, i); f != nil {
		return f.Origin()
	}
	return nil
}

// fieldOf returns field i of the struct that t is or points to.
func fieldOf(t types.Type, i int) *types.Var {
	s, ok := deref(t).Underlying().(*types.Struct)
	if !ok || i < 0 || i >= s.NumFields() {
		return nil
	}
	return s.Field(i)
}
