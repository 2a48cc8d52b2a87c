package ownership

import (
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/closecheck/closecheck/internal/resource"
)

// callFact returns the fact of the function c calls, and whether that
// function is known: a static callee, or the one function a package-level
// variable is ever set to (var GetPollFDAndNetwork = getPollFDAndNetwork,
// as export_test.go files do). Interface methods and other function
// values are unknown. A callee listed in the resource model as handing
// out what it does not own gets a fact that says so.
func (info *Info) callFact(c *ssa.CallCommon) (*FuncFact, bool) {
	if c.IsInvoke() {
		return nil, false
	}
	if callee := c.StaticCallee(); callee != nil {
		if callee.Origin() != nil {
			callee = callee.Origin()
		}
		fact := info.factOf(callee)
		if obj, ok := callee.Object().(*types.Func); ok && resource.NotOwned(obj) {
			return notOwned(c, fact), true
		}
		return fact, true
	}
	load, ok := c.Value.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return nil, false
	}
	g, ok := load.X.(*ssa.Global)
	if !ok {
		return nil, false
	}
	if g.Pkg != info.pkg {
		fact := new(FuncFact)
		if obj := g.Object(); obj != nil && info.pass.ImportObjectFact(obj, fact) {
			return fact, true
		}
		return nil, false
	}
	if fn := info.funcInGlobal(g); fn != nil {
		return info.factOf(fn), true
	}
	return nil, false
}

// notOwned amends fact, of a callee whose results its caller never owns,
// to say so.
func notOwned(c *ssa.CallCommon, fact *FuncFact) *FuncFact {
	var amended FuncFact
	if fact != nil {
		amended = *fact
	}
	amended.Borrowed = nil
	for i := range c.Signature().Results().Len() {
		amended.Borrowed = append(amended.Borrowed, i)
	}
	return &amended
}

// exportGlobalFacts gives each package-level variable that is only ever
// set to one function that function's fact, for the packages that call
// through it.
func (info *Info) exportGlobalFacts() {
	for _, m := range info.pkg.Members {
		g, ok := m.(*ssa.Global)
		if !ok || g.Object() == nil {
			continue
		}
		if fn := info.funcInGlobal(g); fn != nil {
			if fact := info.factOf(fn); fact != nil {
				info.pass.ExportObjectFact(g.Object(), fact)
			}
		}
	}
}

// funcInGlobal returns the function stored in g, if g is only ever set to
// that one function, by the package's code.
func (info *Info) funcInGlobal(g *ssa.Global) *ssa.Function {
	if info.globalFuncs == nil {
		info.globalFuncs = make(map[*ssa.Global]*ssa.Function)
		several := make(map[*ssa.Global]bool)
		// The package initializer sets the variables declared with a value.
		funcs := append([]*ssa.Function{info.pkg.Func("init")}, info.srcFuncs...)
		for _, fn := range funcs {
			if fn == nil {
				continue
			}
			for _, b := range fn.Blocks {
				for _, instr := range b.Instrs {
					st, ok := instr.(*ssa.Store)
					if !ok {
						continue
					}
					g, ok := st.Addr.(*ssa.Global)
					if !ok {
						continue
					}
					f, ok := st.Val.(*ssa.Function)
					if !ok || info.globalFuncs[g] != nil {
						several[g] = true
					}
					info.globalFuncs[g] = f
				}
			}
		}
		for g := range several {
			info.globalFuncs[g] = nil
		}
	}
	return info.globalFuncs[g]
}
