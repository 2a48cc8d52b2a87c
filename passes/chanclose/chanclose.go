package chanclose

import (
	_ "embed"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"sort"
	"strings"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/buildssa"
	"golang.org/x/tools/go/ast/astutil"
	"golang.org/x/tools/go/ssa"

	"github.com/closecheck/closecheck/internal/analysisdoc"
	"github.com/closecheck/closecheck/internal/chans"
	"github.com/closecheck/closecheck/internal/report"
	"github.com/closecheck/closecheck/internal/resource"
	"github.com/closecheck/closecheck/internal/ssafuncs"
)

//go:embed doc.go
var doc string

// Analyzer reports teardown methods that leave the consumers of a channel
// blocked, that panic when called twice, or that block when the loop they
// stop has already returned.
var Analyzer = &analysis.Analyzer{
	Name:     "chanclose",
	Doc:      analysisdoc.MustExtract(doc, "chanclose"),
	URL:      "https://github.com/closecheck/closecheck#chanclose",
	Requires: []*analysis.Analyzer{buildssa.Analyzer},
	Run:      run,
}

var reportIdempotent bool

func init() {
	Analyzer.Flags.BoolVar(&reportIdempotent, "idempotent", false,
		"report teardown methods that a second call makes panic on a close, or block on a send to a loop that has returned (false: teardowns are called once)")
}

// isTeardown reports whether method m ends its receiver's life: it has one
// of the teardown names, those of resource.Teardowns, and takes nothing but
// perhaps a context. A Close that takes more, as in Close(topics ...string),
// ends only a part of it.
func isTeardown(m *types.Func, names []string) bool {
	if !slices.Contains(names, m.Name()) {
		return false
	}
	params := m.Signature().Params()
	switch params.Len() {
	case 0:
		return true
	case 1:
		return resource.IsContext(params.At(0).Type())
	}
	return false
}

// An owner is a struct type of the package with teardown methods: the
// channels it makes are its to close.
type owner struct {
	named     *types.Named
	teardowns []*ssa.Function // in source order
}

// A checker holds what one pass learns about the channels of its package.
type checker struct {
	pass   *analysis.Pass
	rep    *report.Reporter
	prog   *ssa.Program
	chans  *chans.Package
	owners []*owner
	owned  map[*types.Named]bool // types with teardown methods
}

func run(pass *analysis.Pass) (any, error) {
	ssainfo := pass.ResultOf[buildssa.Analyzer].(*buildssa.SSA)
	c := &checker{pass: pass, rep: report.New(pass), prog: ssainfo.Pkg.Prog}
	c.findOwners()
	if len(c.owners) == 0 {
		return nil, nil // nothing has a teardown: there is nothing to check
	}
	// The channel that a teardown must close is the one its consumers
	// get, through the package's own functions: calls are followed.
	c.chans = chans.New(ssainfo.Pkg, ssafuncs.All(ssainfo), chans.Options{FollowCalls: true})
	reported := make(map[*types.Var]bool)
	for _, o := range c.owners {
		for _, f := range c.ownedChans(o.named) {
			if !reported[f] && c.checkMissing(o, f) {
				reported[f] = true
			}
		}
		for _, fn := range o.teardowns {
			if reportIdempotent {
				c.checkTwice(fn)
			}
			c.checkSend(fn)
		}
	}
	c.rep.Flush()
	return nil, nil
}

// findOwners collects the struct types of the package that declare a
// teardown method, in source order. An alias names a type already seen.
func (c *checker) findOwners() {
	c.owned = make(map[*types.Named]bool)
	names := resource.Teardowns()
	scope := c.pass.Pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		named, ok := tn.Type().(*types.Named)
		if !ok {
			continue
		}
		if _, ok := named.Underlying().(*types.Struct); !ok {
			continue
		}
		o := &owner{named: named}
		for m := range named.Methods() {
			if !isTeardown(m, names) {
				continue
			}
			if fn := c.prog.FuncValue(m); fn != nil && fn.Blocks != nil {
				o.teardowns = append(o.teardowns, fn)
			}
		}
		if len(o.teardowns) > 0 {
			sort.Slice(o.teardowns, func(i, j int) bool { return c.before(o.teardowns[i].Pos(), o.teardowns[j].Pos()) })
			c.owners = append(c.owners, o)
			c.owned[named] = true
		}
	}
	sort.Slice(c.owners, func(i, j int) bool { return c.before(c.owners[i].named.Obj().Pos(), c.owners[j].named.Obj().Pos()) })
}

// before orders positions by place, as report.ComparePos does.
func (c *checker) before(a, b token.Pos) bool {
	return report.ComparePos(c.pass.Fset, a, b) < 0
}

// ownedChans returns the channel fields of the struct named, and those of
// the structs of the package it embeds that have no teardown of their own:
// the outer type's teardown is the one that must close them.
func (c *checker) ownedChans(named *types.Named) []*types.Var {
	var fields []*types.Var
	seen := make(map[*types.Named]bool)
	var walk func(named *types.Named, depth int)
	walk = func(named *types.Named, depth int) {
		st, ok := named.Underlying().(*types.Struct)
		if !ok || seen[named] || depth > 4 {
			return
		}
		seen[named] = true
		for f := range st.Fields() {
			if _, ok := f.Type().Underlying().(*types.Chan); ok {
				fields = append(fields, f.Origin())
				continue
			}
			if !f.Embedded() {
				continue
			}
			inner, ok := types.Unalias(deref(f.Type())).(*types.Named)
			if !ok || inner.Obj().Pkg() != c.pass.Pkg {
				continue
			}
			inner = inner.Origin()
			if !c.owned[inner] {
				walk(inner, depth+1)
			}
		}
	}
	walk(named, 0)
	return fields
}

// checkMissing reports the channel field f that o makes, sends on and
// hands to consumers, if nothing in the package ever closes it: its
// consumers' range loops never end. It reports whether it did.
func (c *checker) checkMissing(o *owner, f *types.Var) bool {
	cl := c.chans.Class(f)
	if !ownsOpen(cl) {
		return false
	}
	entries, many := c.senders(cl)
	if many || len(entries) > 1 || notifies(cl, entries) {
		return false
	}
	var via string
	switch {
	// Only an exported accessor hands the channel to consumers the
	// package does not see; an unexported one serves the package's own
	// loops (an inbox switched on and off in a select).
	case cl.Returner != nil && token.IsExported(topLevel(cl.Returner).Name()):
		via = "the channel that " + topLevel(cl.Returner).Name() + " returns"
	case cl.Exported != nil:
		via = "an exported channel field"
		if cl.Exported != f {
			via = "the channel of exported field " + cl.Exported.Name()
		}
	default:
		return false
	}
	td := o.teardowns[0]
	fixes := closeAtEnd(td, f)
	if len(entries) == 1 {
		if g, ok := entries[0].(*ssa.Go); ok {
			fixes = c.closeWhenDone(g, f)
		}
	}
	c.rep.Report(analysis.Diagnostic{
		Pos:            td.Object().Pos(),
		Message:        c.funcName(td) + " does not close " + f.Name() + ", " + via + ": consumers ranging over it block forever",
		SuggestedFixes: fixes,
	})
	return true
}

// closeWhenDone suggests that the goroutine g starts, the channel's only
// sender, close f when it returns: a close in the teardown could come
// while the goroutine sends, and make it panic. The goroutine's function
// must name, on entry, the value that holds f: its receiver, a parameter
// or a variable it captures, and only one of them.
func (c *checker) closeWhenDone(g *ssa.Go, f *types.Var) []analysis.SuggestedFix {
	fn := g.Call.StaticCallee()
	if fn == nil {
		return nil
	}
	body := ssafuncs.Body(fn)
	holder := holderOf(fn, f)
	if body == nil || len(body.List) == 0 || holder == "" {
		return nil
	}
	stmt := "defer close(" + holder + "." + f.Name() + ")"
	first := body.List[0].Pos()
	indent := strings.Repeat("\t", c.pass.Fset.Position(first).Column-1)
	edit := analysis.TextEdit{Pos: first, End: first, NewText: []byte(stmt + "\n" + indent)}
	return []analysis.SuggestedFix{{Message: stmt, TextEdits: []analysis.TextEdit{edit}}}
}

// holderOf returns the name of the one parameter or captured variable of
// fn through which f can be selected, or "" if there is none or more than
// one.
func holderOf(fn *ssa.Function, f *types.Var) string {
	var names []string
	has := func(t types.Type) bool {
		obj, _, _ := types.LookupFieldOrMethod(t, true, f.Pkg(), f.Name())
		v, ok := obj.(*types.Var)
		return ok && v.Origin() == f
	}
	for _, p := range fn.Params {
		// The name in the source: SSA names an unnamed parameter arg0.
		if obj := p.Object(); obj != nil && has(p.Type()) {
			names = append(names, obj.Name())
		}
	}
	for _, fv := range fn.FreeVars {
		// A variable the goroutine captures and its maker reassigns is
		// captured by address.
		if has(fv.Type()) || has(deref(fv.Type())) {
			names = append(names, fv.Name())
		}
	}
	if len(names) != 1 || names[0] == "_" || names[0] == "" {
		return ""
	}
	return names[0]
}

// closeAtEnd suggests closing f at the end of the teardown td, when td
// names its receiver and has no return statement that would skip it.
func closeAtEnd(td *ssa.Function, f *types.Var) []analysis.SuggestedFix {
	decl, ok := td.Syntax().(*ast.FuncDecl)
	if !ok || decl.Body == nil || decl.Recv == nil || len(decl.Recv.List) != 1 || len(decl.Recv.List[0].Names) != 1 {
		return nil
	}
	recv := decl.Recv.List[0].Names[0].Name
	if recv == "_" || hasReturn(decl.Body) {
		return nil
	}
	stmt := "close(" + recv + "." + f.Name() + ")"
	edit := analysis.TextEdit{Pos: decl.Body.Rbrace, End: decl.Body.Rbrace, NewText: []byte("\t" + stmt + "\n")}
	if len(decl.Body.List) == 0 {
		edit = analysis.TextEdit{Pos: decl.Body.Lbrace + 1, End: decl.Body.Rbrace, NewText: []byte("\n\t" + stmt + "\n")}
	}
	return []analysis.SuggestedFix{{Message: stmt, TextEdits: []analysis.TextEdit{edit}}}
}

// hasReturn reports whether body returns anywhere outside its function
// literals.
func hasReturn(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.ReturnStmt:
			found = true
		case *ast.FuncLit:
			return false
		}
		return !found
	})
	return found
}

// ownsOpen reports whether a class holds channels that the package makes,
// and only those, sends on, and never closes nor lets out of sight where
// something else might.
func ownsOpen(cl *chans.Class) bool {
	return cl.MadeHere() && len(cl.Sends) > 0 && !cl.Closed && !cl.Escaped
}

// checkSend reports the blocking sends of a teardown on a channel of its
// receiver that is unbuffered wherever it is made, to a loop that receives
// from it: once the loop has returned, nothing receives, and the teardown
// blocks forever.
//
// A send that a branch on the receiver's state keeps to one per run, as in
// if t.running { t.running = false; t.quit <- struct{}{} }, is left
// alone: its loop is trusted to return only when told to.
func (c *checker) checkSend(fn *ssa.Function) {
	var writes map[*types.Var]bool
	ssafuncs.ForEachInstr(fn, func(instr ssa.Instruction) {
		send, ok := instr.(*ssa.Send)
		if !ok {
			return
		}
		f := recvField(fn, send.Chan)
		if f == nil {
			return
		}
		cl := c.chans.Class(f)
		if !cl.MadeHere() || !cl.Received || !unbuffered(cl.Makes) {
			return
		}
		if writes == nil {
			writes = c.fieldWrites(fn)
		}
		if guarded(fn, instr, f, writes) {
			return
		}
		if !reportIdempotent && returnsOnlyWhenTold(cl) {
			// Only a second call finds the loop gone, as only a second
			// call of a close panics.
			return
		}
		name := c.funcName(fn)
		c.rep.Report(analysis.Diagnostic{
			Pos: c.exprStart(send.Pos()),
			Message: name + " sends on " + f.Name() + " to stop its loop: if the loop has already returned, " +
				fn.Name() + " blocks forever (close " + f.Name() + " instead)",
		})
	})
}

// returnsOnlyWhenTold reports whether each function that receives from
// the channels of cl returns only after one of those receives: the loop
// that a teardown stops by a send cannot have returned before the first
// send.
func returnsOnlyWhenTold(cl *chans.Class) bool {
	byFunc := make(map[*ssa.Function][]chans.Receive)
	for _, r := range cl.Receives {
		fn := r.Instr.Parent()
		byFunc[fn] = append(byFunc[fn], r)
	}
	for fn, receives := range byFunc {
		if !returnsAfter(fn, receives) {
			return false
		}
	}
	return len(byFunc) > 0
}

// returnsAfter reports whether every return of fn comes after one of
// receives on every path to it.
func returnsAfter(fn *ssa.Function, receives []chans.Receive) bool {
	if len(fn.Blocks) == 0 {
		return false
	}
	receivesIn := make(map[*ssa.BasicBlock]bool)   // blocks with a <-ch
	toldEdges := make(map[[2]*ssa.BasicBlock]bool) // into a select's case for it
	for _, r := range receives {
		sel, ok := r.Instr.(*ssa.Select)
		if !ok {
			receivesIn[r.Instr.Block()] = true
		} else if edge, ok := selectCase(sel, r.State); ok {
			toldEdges[edge] = true
		} else if sel.Blocking && len(sel.States) == 1 {
			receivesIn[sel.Block()] = true
		}
	}
	// told[i]: every path from the entry to the start of block i has
	// received. The greatest fixpoint, from all told but the entry.
	told := make([]bool, len(fn.Blocks))
	for i := range told {
		told[i] = i != 0
	}
	out := func(b *ssa.BasicBlock) bool { return told[b.Index] || receivesIn[b] }
	for changed := true; changed; {
		changed = false
		for _, b := range fn.Blocks[1:] {
			in := true
			for _, p := range b.Preds {
				in = in && (out(p) || toldEdges[[2]*ssa.BasicBlock{p, b}])
			}
			if in != told[b.Index] {
				told[b.Index], changed = in, true
			}
		}
	}
	for _, b := range fn.Blocks {
		if _, ok := b.Instrs[len(b.Instrs)-1].(*ssa.Return); ok && !out(b) {
			return false
		}
	}
	return true
}

// selectCase returns the edge into the code of sel's case at index
// state, and false if it is not found.
func selectCase(sel *ssa.Select, state int) ([2]*ssa.BasicBlock, bool) {
	for _, ref := range *sel.Referrers() {
		index, ok := ref.(*ssa.Extract)
		if !ok || index.Index != 0 {
			continue
		}
		for _, use := range *index.Referrers() {
			cmp, ok := use.(*ssa.BinOp)
			if !ok || cmp.Op != token.EQL || !isInt(cmp.Y, state) {
				continue
			}
			for _, u := range *cmp.Referrers() {
				if branch, ok := u.(*ssa.If); ok {
					return [2]*ssa.BasicBlock{branch.Block(), branch.Block().Succs[0]}, true
				}
			}
		}
	}
	return [2]*ssa.BasicBlock{}, false
}

// isInt reports whether v is the integer constant n.
func isInt(v ssa.Value, n int) bool {
	k, ok := v.(*ssa.Const)
	if !ok || k.Value == nil {
		return false
	}
	got, exact := constant.Int64Val(constant.ToInt(k.Value))
	return exact && got == int64(n)
}

// unbuffered reports whether every make(chan) makes a channel with no
// buffer.
func unbuffered(makes []*ssa.MakeChan) bool {
	for _, m := range makes {
		if !isInt(m.Size, 0) {
			return false
		}
	}
	return true
}

// checkTwice reports the closes of a channel of its receiver that a
// teardown makes with nothing to keep a second call from making them
// again: the second call panics.
func (c *checker) checkTwice(fn *ssa.Function) {
	var writes map[*types.Var]bool
	ssafuncs.ForEachInstr(fn, func(instr ssa.Instruction) {
		call, ok := instr.(ssa.CallInstruction)
		if !ok {
			return
		}
		common := call.Common()
		if b, ok := common.Value.(*ssa.Builtin); !ok || b.Name() != "close" || len(common.Args) != 1 {
			return
		}
		f := recvField(fn, common.Args[0])
		if f == nil {
			return
		}
		if writes == nil {
			writes = c.fieldWrites(fn)
		}
		if guarded(fn, instr, f, writes) {
			return
		}
		c.rep.Report(analysis.Diagnostic{
			Pos: c.exprStart(instr.Pos()),
			Message: c.funcName(fn) + " closes " + f.Name() + " with nothing to stop a second call: " +
				"calling " + fn.Name() + " twice panics with \"close of closed channel\" (guard it with a sync.Once or a closed flag)",
		})
	})
}

// exprStart returns where the statement or call that SSA places at pos
// (the arrow of a send, the parenthesis of a call) begins in the source:
// the report is then at the channel sent on, or at close.
func (c *checker) exprStart(pos token.Pos) token.Pos {
	for _, f := range c.pass.Files {
		if pos < f.FileStart || pos >= f.FileEnd {
			continue
		}
		path, _ := astutil.PathEnclosingInterval(f, pos, pos)
		for _, n := range path {
			switch n := n.(type) {
			case *ast.SendStmt:
				if n.Arrow == pos {
					return n.Pos()
				}
			case *ast.CallExpr:
				if n.Lparen == pos {
					return n.Pos()
				}
			}
		}
	}
	return pos
}

// topLevel returns the declared function that fn is or is nested in.
func topLevel(fn *ssa.Function) *ssa.Function {
	for fn.Parent() != nil {
		fn = fn.Parent()
	}
	return fn
}

// funcName names a method or function for a reader of this package:
// (*T).Stop, T.Close, (*Queue[E]).Stop.
func (c *checker) funcName(fn *ssa.Function) string {
	if o := fn.Origin(); o != nil {
		fn = o
	}
	obj, ok := fn.Object().(*types.Func)
	if !ok {
		return fn.Name()
	}
	sig := obj.Signature()
	if sig.Recv() == nil {
		return obj.Name()
	}
	qualify := func(p *types.Package) string {
		if p == c.pass.Pkg {
			return ""
		}
		return p.Name()
	}
	recv := sig.Recv().Type()
	if p, ok := recv.(*types.Pointer); ok {
		return "(*" + types.TypeString(p.Elem(), qualify) + ")." + obj.Name()
	}
	return types.TypeString(recv, qualify) + "." + obj.Name()
}

// receiver returns the receiver of a method, or nil.
func receiver(fn *ssa.Function) *ssa.Parameter {
	if fn.Signature.Recv() == nil || len(fn.Params) == 0 {
		return nil
	}
	return fn.Params[0]
}

// recvField returns the field of fn's receiver whose value v is: t.f,
// t.inner.f through embedded or nested structs, or nil.
func recvField(fn *ssa.Function, v ssa.Value) *types.Var {
	for range 4 {
		ct, ok := v.(*ssa.ChangeType)
		if !ok {
			break
		}
		v = ct.X
	}
	switch v := v.(type) {
	case *ssa.UnOp:
		if v.Op != token.MUL {
			return nil
		}
		if fa, ok := v.X.(*ssa.FieldAddr); ok && fromRecv(fn, fa.X) {
			return chans.FieldOrigin(fa.X.Type(), fa.Field)
		}
	case *ssa.Field:
		if fromRecv(fn, v.X) {
			return chans.FieldOrigin(v.X.Type(), v.Field)
		}
	}
	return nil
}

// fieldAddrOfRecv returns the field of fn's receiver that addr is the
// address of, or nil.
func fieldAddrOfRecv(fn *ssa.Function, addr ssa.Value) *types.Var {
	if fa, ok := addr.(*ssa.FieldAddr); ok && fromRecv(fn, fa.X) {
		return chans.FieldOrigin(fa.X.Type(), fa.Field)
	}
	return nil
}

// fromRecv reports whether v is fn's receiver, its copy, or a struct
// reached from it through fields.
func fromRecv(fn *ssa.Function, v ssa.Value) bool {
	recv := receiver(fn)
	if recv == nil {
		return false
	}
	for range 8 {
		switch x := v.(type) {
		case *ssa.Parameter:
			return x == recv
		case *ssa.FieldAddr:
			v = x.X
		case *ssa.Field:
			v = x.X
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return false
			}
			v = x.X
		case *ssa.Alloc:
			// A value receiver whose address is taken lives in a local
			// copy.
			return storesRecv(x, recv)
		default:
			return false
		}
	}
	return false
}

func storesRecv(a *ssa.Alloc, recv *ssa.Parameter) bool {
	refs := a.Referrers()
	if refs == nil {
		return false
	}
	for _, r := range *refs {
		if st, ok := r.(*ssa.Store); ok && st.Addr == a && st.Val == recv {
			return true
		}
	}
	return false
}

func deref(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}
