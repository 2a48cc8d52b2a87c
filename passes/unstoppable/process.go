package unstoppable

import (
	"go/token"
	"go/types"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/tools/go/ssa"

	"github.com/closecheck/closecheck/internal/chans"
	"github.com/closecheck/closecheck/internal/ssafuncs"
)

// ownsProcess reports whether pkg owns the process it runs in: package
// main, and the runtime, whose workers serve every program.
func ownsProcess(pkg *types.Package) bool {
	return pkg.Name() == "main" || pkg.Path() == "runtime"
}

// servesProcess reports whether the goroutine that g starts, running fn,
// is meant to live as long as the process: it is started by an example,
// which stands for a main program, or it waits for the process's signals.
func (c *checker) servesProcess(g *ssa.Go, fn *ssa.Function) bool {
	return c.inExample(g.Parent()) || c.handlesSignals(fn)
}

// inExample reports whether fn is an example function of a test file, or
// a function literal inside one.
func (c *checker) inExample(fn *ssa.Function) bool {
	for fn.Parent() != nil {
		fn = fn.Parent()
	}
	if fn.Signature.Recv() != nil || fn.Signature.Params().Len() != 0 || fn.Signature.Results().Len() != 0 {
		return false
	}
	return isExampleName(fn.Name()) && strings.HasSuffix(c.pass.Fset.File(fn.Pos()).Name(), "_test.go")
}

// isExampleName reports whether name is that of an example, as go test
// reads it: Example, or Example followed by anything but a lower-case
// letter.
func isExampleName(name string) bool {
	rest, ok := strings.CutPrefix(name, "Example")
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return rest == "" || !unicode.IsLower(r)
}

// handlesSignals reports whether fn receives from a channel that the
// package registers with signal.Notify: a loop that waits for the
// process's signals serves the process, and often ends it.
func (c *checker) handlesSignals(fn *ssa.Function) bool {
	if fn.Pkg != c.ssa.Pkg {
		return false
	}
	signals := c.signalChannels()
	if len(signals) == 0 {
		return false
	}
	found := false
	ssafuncs.ForEachInstr(fn, func(instr ssa.Instruction) {
		for _, ch := range received(instr) {
			for _, k := range c.channels().Origins(ch).Keys {
				found = found || signals[c.channels().Class(k)]
			}
		}
	})
	return found
}

// received returns the channels that instr receives from.
func received(instr ssa.Instruction) []ssa.Value {
	switch instr := instr.(type) {
	case *ssa.UnOp:
		if instr.Op == token.ARROW {
			return []ssa.Value{instr.X}
		}
	case *ssa.Select:
		var chs []ssa.Value
		for _, st := range instr.States {
			if st.Dir == types.RecvOnly {
				chs = append(chs, st.Chan)
			}
		}
		return chs
	}
	return nil
}

// signalChannels returns the classes of the channels that the package
// hands to signal.Notify, found on first use.
func (c *checker) signalChannels() map[*chans.Class]bool {
	if c.signals != nil {
		return c.signals
	}
	c.signals = make(map[*chans.Class]bool)
	for _, fn := range c.funcs {
		ssafuncs.ForEachInstr(fn, func(instr ssa.Instruction) {
			call, ok := instr.(ssa.CallInstruction)
			if !ok || !isSignalNotify(call.Common()) || len(call.Common().Args) == 0 {
				return
			}
			for _, k := range c.channels().Origins(call.Common().Args[0]).Keys {
				c.signals[c.channels().Class(k)] = true
			}
		})
	}
	return c.signals
}

func isSignalNotify(call *ssa.CallCommon) bool {
	fn := call.StaticCallee()
	if fn == nil {
		return false
	}
	obj, ok := fn.Object().(*types.Func)
	return ok && obj.Pkg() != nil && obj.Pkg().Path() == "os/signal" && obj.Name() == "Notify"
}
