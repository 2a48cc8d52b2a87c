package unstoppable

import (
	_ "embed"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/ssa"

	"github.com/closecheck/closecheck/internal/analysisdoc"
	"github.com/closecheck/closecheck/internal/chans"
	"github.com/closecheck/closecheck/internal/report"
	"github.com/closecheck/closecheck/internal/ssafuncs"
)

//go:embed doc.go
var doc string

// Analyzer reports go statements whose function loops forever with no way
// out, and records which exported functions may loop forever.
var Analyzer = &analysis.Analyzer{
	Name:      "unstoppable",
	Doc:       analysisdoc.MustExtract(doc, "unstoppable"),
	URL:       "https://github.com/closecheck/closecheck#unstoppable",
	Requires:  []*analysis.Analyzer{buildssa.Analyzer},
	Run:       run,
	FactTypes: []analysis.Fact{new(loopsForever)},
}

var (
	reportMain       bool
	reportSingletons bool
)

func init() {
	Analyzer.Flags.BoolVar(&reportMain, "main", false,
		"also report goroutines started in package main, the runtime or an example, and those that wait for signals")
	Analyzer.Flags.BoolVar(&reportSingletons, "singletons", false,
		"also report goroutines started inside a sync.Once")
}

// A checker holds what one pass learns about the functions of its package.
type checker struct {
	pass       *analysis.Pass
	rep        *report.Reporter
	ssa        *buildssa.SSA
	funcs      []*ssa.Function                 // ssafuncs.All
	chans      *chans.Package                  // built on first use: most loops need no channel model
	facts      map[*ssa.Function]*loopsForever // nil: the function can end
	active     map[*ssa.Function]bool          // being analyzed: recursion
	once       ssafuncs.Once                   // functions that run inside a sync.Once
	signals    map[*chans.Class]bool           // channels handed to signal.Notify
	recvSyntax map[token.Pos]ast.Node
}

func run(pass *analysis.Pass) (any, error) {
	ssainfo := pass.ResultOf[buildssa.Analyzer].(*buildssa.SSA)
	funcs := ssafuncs.All(ssainfo)
	c := &checker{
		pass:   pass,
		rep:    report.New(pass),
		ssa:    ssainfo,
		funcs:  funcs,
		facts:  make(map[*ssa.Function]*loopsForever),
		active: make(map[*ssa.Function]bool),
	}
	for _, fn := range ssainfo.SrcFuncs {
		if obj := ssafuncs.Exported(fn); obj != nil {
			if f := c.verdict(fn); f != nil {
				pass.ExportObjectFact(obj, f)
			}
		}
	}
	if ownsProcess(pass.Pkg) && !reportMain {
		return nil, nil
	}
	for _, fn := range funcs {
		ssafuncs.ForEachInstr(fn, func(instr ssa.Instruction) {
			if g, ok := instr.(*ssa.Go); ok {
				c.checkGo(g)
			}
		})
	}
	c.rep.Flush()
	return nil, nil
}

// channels returns the package's channel model, built on first use.
// Calls are not followed: a channel passed to any function, or returned,
// may be closed there.
func (c *checker) channels() *chans.Package {
	if c.chans == nil {
		c.chans = chans.New(c.ssa.Pkg, c.funcs, chans.Options{})
	}
	return c.chans
}

func (c *checker) checkGo(g *ssa.Go) {
	fn := started(g)
	if fn == nil {
		return
	}
	f := c.verdict(fn)
	if f == nil {
		return
	}
	if !reportSingletons && c.runsOnce(g.Parent()) {
		return
	}
	if !reportMain && c.servesProcess(g, fn) {
		return
	}
	name, named := c.funcName(fn)
	here := filepath.Base(c.pass.Fset.Position(g.Pos()).Filename)
	c.rep.Report(analysis.Diagnostic{
		Pos:     g.Pos(),
		Message: "goroutine runs " + name + f.clause(named, here) + ": nothing can stop it (add a stop channel or context)",
	})
}

// started returns the function that a go statement runs, if it is known.
func started(g *ssa.Go) *ssa.Function {
	if g.Call.IsInvoke() {
		return nil
	}
	switch v := g.Call.Value.(type) {
	case *ssa.Function:
		return v
	case *ssa.MakeClosure:
		fn, _ := v.Fn.(*ssa.Function)
		return fn
	}
	return nil
}

// verdict returns the fact of fn, or nil if fn can always end: computed
// once for a function of this package, imported for another's.
func (c *checker) verdict(fn *ssa.Function) *loopsForever {
	if o := fn.Origin(); o != nil {
		fn = o // an instance of a generic function has the body of its origin
	}
	if fn.Synthetic != "" || fn.Pkg != c.ssa.Pkg {
		// A wrapper stands for its method; a function of another package
		// is known by its fact.
		if obj, ok := fn.Object().(*types.Func); ok {
			return c.objectVerdict(obj)
		}
		if fn.Pkg != c.ssa.Pkg {
			return nil
		}
	}
	if f, ok := c.facts[fn]; ok {
		return f
	}
	if c.active[fn] {
		return nil // recursion: the call that closes the cycle is presumed to return
	}
	c.active[fn] = true
	f := c.analyze(fn)
	delete(c.active, fn)
	c.facts[fn] = f
	return f
}

func (c *checker) objectVerdict(obj *types.Func) *loopsForever {
	obj = obj.Origin()
	if obj.Pkg() == nil {
		return nil
	}
	if obj.Pkg() == c.pass.Pkg {
		decl := c.ssa.Pkg.Prog.FuncValue(obj)
		if decl == nil || decl.Synthetic != "" || decl.Pkg != c.ssa.Pkg {
			return nil
		}
		return c.verdict(decl)
	}
	f := new(loopsForever)
	if !c.pass.ImportObjectFact(obj, f) {
		return nil
	}
	return f
}

// funcName names fn for a reader of this package; named is false for a
// function literal.
func (c *checker) funcName(fn *ssa.Function) (name string, named bool) {
	if o := fn.Origin(); o != nil {
		fn = o
	}
	obj, ok := fn.Object().(*types.Func)
	if !ok {
		return "a function literal", false
	}
	obj = obj.Origin()
	qualify := func(p *types.Package) string {
		if p == c.pass.Pkg {
			return ""
		}
		return p.Name()
	}
	sig, _ := obj.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		if obj.Pkg() != nil && obj.Pkg() != c.pass.Pkg {
			return obj.Pkg().Name() + "." + obj.Name(), true
		}
		return obj.Name(), true
	}
	recv := sig.Recv().Type()
	if p, ok := recv.(*types.Pointer); ok {
		return "(*" + types.TypeString(p.Elem(), qualify) + ")." + obj.Name(), true
	}
	return types.TypeString(recv, qualify) + "." + obj.Name(), true
}

// runsOnce reports whether fn runs inside a sync.Once: a goroutine that it
// starts is a process-wide singleton.
func (c *checker) runsOnce(fn *ssa.Function) bool {
	if c.once == nil {
		c.once = ssafuncs.OnceFuncs(c.ssa.Pkg, c.funcs)
	}
	return c.once.Runs(fn)
}
