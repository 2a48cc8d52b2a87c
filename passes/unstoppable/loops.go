package unstoppable

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"path/filepath"

	"golang.org/x/tools/go/ssa"

	"github.com/closecheck/closecheck/internal/flow"
	"github.com/closecheck/closecheck/internal/ssafuncs"
)

// loopsForever is the fact that a function may loop forever: some path
// from its entry enters a loop that it can never leave, or calls a
// function that does. It holds no SSA, so that it can go to other
// packages.
type loopsForever struct {
	File   string // base name of the file of the loop, or of the call
	Line   int
	Why    string // for a loop: why it cannot end, as in "never exits"
	Callee string // for a call: the function called, which loops forever
	Always bool   // no path returns: every path loops forever or dies
}

func (*loopsForever) AFact() {}

func (f *loopsForever) String() string {
	s := "may loop forever"
	if f.Always {
		s = "never returns"
	}
	if f.Callee != "" {
		return fmt.Sprintf("%s: calls %s at %s:%d", s, f.Callee, f.File, f.Line)
	}
	return fmt.Sprintf("%s: loop at %s:%d %s", s, f.File, f.Line, f.Why)
}

// clause describes f as a clause about the function it belongs to, named
// or not, to a reader of file here.
func (f *loopsForever) clause(named bool, here string) string {
	at := fmt.Sprintf("%s:%d", f.File, f.Line)
	if f.File == here {
		at = fmt.Sprintf("line %d", f.Line)
	}
	switch {
	case f.Callee != "" && named:
		return fmt.Sprintf(", which calls %s at %s, which loops forever", f.Callee, at)
	case f.Callee != "":
		return fmt.Sprintf(" that calls %s at %s, which loops forever", f.Callee, at)
	case named:
		return fmt.Sprintf(", whose loop at %s %s", at, f.Why)
	}
	return fmt.Sprintf(" whose loop at %s %s", at, f.Why)
}

// How a block ends, once the calls in it are taken into account.
type ending int

const (
	flows ending = iota // control goes on to the successors
	exits               // the function returns, or the goroutine ends
	dies                // a panic, or a call that ends the process
	traps               // a call to a function that never returns
)

// A callSite is a call to a function that never returns: it loops forever.
type callSite struct {
	call *ssa.Call
	fact *loopsForever
}

// flowGraph is the control-flow graph of a function without the edges
// that cannot be taken.
type flowGraph struct {
	ends     []ending
	calls    []*callSite       // by block: the call that traps it
	succs    [][]int           // feasible successors
	closedBy []ssa.Instruction // by block: the receive whose closed edge was cut
}

// analyze decides whether fn may loop forever: whether its entry reaches
// a loop that it can never leave, or a call to a function that never
// returns because it loops forever. It returns nil when fn can always
// leave its loops, or when fn has no body to reason about.
func (c *checker) analyze(fn *ssa.Function) *loopsForever {
	if len(fn.Blocks) == 0 {
		return nil
	}
	g := c.graph(fn)
	canExit := reachesExit(g)
	order := fromEntry(g.succs)
	doomed := make([]bool, len(fn.Blocks))
	for _, b := range order {
		doomed[b] = !canExit[b]
	}
	comp, cyclic := components(g.succs, doomed)
	judged := make(map[int]bool) // components already examined
	for _, b := range order {
		var f *loopsForever
		switch {
		case doomed[b] && cyclic[comp[b]] && !judged[comp[b]]:
			judged[comp[b]] = true
			f = c.trap(fn, g, comp, comp[b])
		case g.ends[b] == traps:
			f = c.callFact(g.calls[b])
		}
		if f != nil {
			f.Always = !canExit[0]
			return f
		}
	}
	return nil
}

func (c *checker) graph(fn *ssa.Function) *flowGraph {
	n := len(fn.Blocks)
	g := &flowGraph{
		ends:     make([]ending, n),
		calls:    make([]*callSite, n),
		succs:    make([][]int, n),
		closedBy: make([]ssa.Instruction, n),
	}
	for _, b := range fn.Blocks {
		g.ends[b.Index], g.calls[b.Index] = c.ending(b)
		if g.ends[b.Index] != flows {
			continue
		}
		for i, s := range b.Succs {
			if cut, recv := c.infeasible(b, i); cut {
				if recv != nil {
					g.closedBy[b.Index] = recv
				}
				continue
			}
			g.succs[b.Index] = append(g.succs[b.Index], s.Index)
		}
	}
	return g
}

// ending scans b for the instruction that ends it. A call to a function
// that never returns because it loops forever traps the path there. A
// call to one that only may loop forever does not: that it does on some
// path says nothing of the path this call takes.
func (c *checker) ending(b *ssa.BasicBlock) (ending, *callSite) {
	for _, instr := range b.Instrs {
		switch instr := instr.(type) {
		case *ssa.Return:
			return exits, nil
		case *ssa.Panic:
			return dies, nil
		case *ssa.Call:
			if endsGoroutine(instr.Common()) {
				return exits, nil
			}
			if f := c.calleeFact(instr.Common()); f != nil && f.Always {
				return traps, &callSite{instr, f}
			}
		}
	}
	return flows, nil
}

// endsGoroutine reports whether a call ends the calling goroutine without
// ending the process: runtime.Goexit, and the testing methods built on it.
func endsGoroutine(call *ssa.CallCommon) bool {
	var obj *types.Func
	if call.IsInvoke() {
		obj = call.Method
	} else if fn := call.StaticCallee(); fn != nil {
		obj, _ = fn.Object().(*types.Func)
	}
	if obj == nil || obj.Pkg() == nil {
		return false
	}
	switch obj.Pkg().Path() {
	case "runtime":
		return obj.Name() == "Goexit"
	case "testing":
		switch obj.Name() {
		case "FailNow", "Fatal", "Fatalf", "SkipNow", "Skip", "Skipf":
			return true
		}
	}
	return false
}

func (c *checker) calleeFact(call *ssa.CallCommon) *loopsForever {
	if call.IsInvoke() {
		return nil
	}
	if fn := call.StaticCallee(); fn != nil {
		return c.verdict(fn)
	}
	return nil
}

// infeasible reports whether the edge from b to its i-th successor can
// never be taken: the other edge of a constant condition, or the edge on
// which a receive finds its channel closed when nothing ever closes it.
// recv is that receive, a *ssa.UnOp or a *ssa.Select.
func (c *checker) infeasible(b *ssa.BasicBlock, i int) (cut bool, recv ssa.Instruction) {
	if len(b.Instrs) == 0 {
		return false, nil
	}
	ifi, ok := b.Instrs[len(b.Instrs)-1].(*ssa.If)
	if !ok {
		return false, nil
	}
	if val, ok := flow.ConstBool(ifi.Cond); ok {
		return val != (i == 0), nil
	}
	switch cond := ifi.Cond.(type) {
	case *ssa.Extract:
		if i != 1 || cond.Index != 1 {
			return false, nil // only the !ok edge of a receive
		}
		switch x := cond.Tuple.(type) {
		case *ssa.UnOp:
			if x.Op == token.ARROW && x.CommaOk && c.neverClosed(x.X) {
				return true, x
			}
		case *ssa.Select:
			// The ok of a select is that of whichever case was chosen:
			// false is impossible only if no received channel closes.
			if c.selectNeverClosed(x) {
				return true, x
			}
		}
	}
	return false, nil
}

func (c *checker) selectNeverClosed(sel *ssa.Select) bool {
	recvs := 0
	for _, st := range sel.States {
		if st.Dir != types.RecvOnly {
			continue
		}
		if !c.neverClosed(st.Chan) {
			return false
		}
		recvs++
	}
	return recvs > 0
}

// reachesExit returns, for each block, whether some feasible path leads
// from it to an exit.
func reachesExit(g *flowGraph) []bool {
	n := len(g.succs)
	preds := make([][]int, n)
	for b, ss := range g.succs {
		for _, s := range ss {
			preds[s] = append(preds[s], b)
		}
	}
	can := make([]bool, n)
	var queue []int
	for b, e := range g.ends {
		if e == exits {
			can[b] = true
			queue = append(queue, b)
		}
	}
	for len(queue) > 0 {
		b := queue[0]
		queue = queue[1:]
		for _, p := range preds[b] {
			if !can[p] {
				can[p] = true
				queue = append(queue, p)
			}
		}
	}
	return can
}

// fromEntry returns the blocks that the entry reaches, breadth first, so
// that the first trap found is the nearest.
func fromEntry(succs [][]int) []int {
	seen := make([]bool, len(succs))
	seen[0] = true
	order := []int{0}
	for i := 0; i < len(order); i++ {
		for _, s := range succs[order[i]] {
			if !seen[s] {
				seen[s] = true
				order = append(order, s)
			}
		}
	}
	return order
}

// components computes the strongly connected components of the subgraph
// of the blocks in in: comp maps a block to its component, cyclic tells
// which components hold a cycle. Blocks not in in have component -1.
func components(succs [][]int, in []bool) (comp []int, cyclic []bool) {
	n := len(succs)
	comp = make([]int, n)
	index := make([]int, n)
	low := make([]int, n)
	onStack := make([]bool, n)
	for i := range comp {
		comp[i] = -1
		index[i] = -1
	}
	var stack []int
	next := 0
	var visit func(b int)
	visit = func(b int) {
		index[b], low[b] = next, next
		next++
		stack = append(stack, b)
		onStack[b] = true
		for _, s := range succs[b] {
			if !in[s] {
				continue
			}
			if index[s] < 0 {
				visit(s)
				low[b] = min(low[b], low[s])
			} else if onStack[s] {
				low[b] = min(low[b], index[s])
			}
		}
		if low[b] != index[b] {
			return
		}
		id := len(cyclic)
		size := 0
		for {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			onStack[top] = false
			comp[top] = id
			size++
			if top == b {
				break
			}
		}
		loop := size > 1
		for _, s := range succs[b] {
			loop = loop || s == b
		}
		cyclic = append(cyclic, loop)
	}
	for b := range n {
		if in[b] && index[b] < 0 {
			visit(b)
		}
	}
	return comp, cyclic
}

// trap describes the loop made of the blocks of component id, a cycle
// from which no return can be reached, if the loop can never be left. A
// path out of the cycle leaves the loop unless all it does is crash
// inside the loop statement, as a panic or a log.Fatal in its body does:
// that the code after a loop exits the process does not keep the loop
// going.
func (c *checker) trap(fn *ssa.Function, g *flowGraph, comp []int, id int) *loopsForever {
	var blocks []*ssa.BasicBlock
	for _, b := range fn.Blocks {
		if comp[b.Index] == id {
			blocks = append(blocks, b)
		}
	}
	poss := positions(fn, blocks)
	loop := innermostLoop(loopStmtsOf(fn), poss)
	if !staysInside(fn, g, comp, id, loop) {
		return nil
	}
	var pos token.Pos
	switch {
	case loop != nil:
		pos = loop.Pos()
	case len(poss) > 0:
		pos = gotoPos(fn, poss)
	default:
		pos = emptyLoopPos(fn, blocks)
	}
	posn := c.pass.Fset.Position(pos)
	return &loopsForever{
		File: filepath.Base(posn.Filename),
		Line: posn.Line,
		Why:  c.why(g, blocks),
	}
}

// staysInside reports whether every path out of component id stays within
// the loop statement: it can only crash there. Without a loop statement
// (a cycle of gotos), any path out leaves.
func staysInside(fn *ssa.Function, g *flowGraph, comp []int, id int, loop ast.Node) bool {
	seen := make([]bool, len(g.succs))
	var queue []int
	for b := range g.succs {
		if comp[b] == id {
			for _, s := range g.succs[b] {
				if comp[s] != id && !seen[s] {
					seen[s] = true
					queue = append(queue, s)
				}
			}
		}
	}
	for len(queue) > 0 {
		b := queue[0]
		queue = queue[1:]
		if loop == nil {
			return false
		}
		for _, p := range positions(fn, fn.Blocks[b:b+1]) {
			if p < loop.Pos() || p >= loop.End() {
				return false
			}
		}
		for _, s := range g.succs[b] {
			if !seen[s] {
				seen[s] = true
				queue = append(queue, s)
			}
		}
	}
	return true
}

func (c *checker) callFact(site *callSite) *loopsForever {
	posn := c.pass.Fset.Position(site.call.Pos())
	callee := "a function"
	if fn := site.call.Common().StaticCallee(); fn != nil {
		callee, _ = c.funcName(fn)
	}
	return &loopsForever{
		File:   filepath.Base(posn.Filename),
		Line:   posn.Line,
		Callee: callee,
	}
}

// why says what keeps the loop going: a channel that is never closed, or
// nothing but the absence of a way out.
func (c *checker) why(g *flowGraph, blocks []*ssa.BasicBlock) string {
	var ranged, received ssa.Instruction
	for _, b := range blocks {
		switch recv := g.closedBy[b.Index].(type) {
		case nil:
		case *ssa.UnOp:
			if _, ok := c.syntaxAt(recv.Pos()).(*ast.RangeStmt); ok {
				ranged = cmp(ranged, recv)
			} else {
				received = cmp(received, recv)
			}
		default:
			received = cmp(received, recv)
		}
	}
	if ranged != nil {
		return fmt.Sprintf("ranges over %s forever", c.chanExpr(ranged))
	}
	if received == nil {
		// A plain receive of a channel that the package makes and never
		// closes is also what the loop waits for. One of a timer's is
		// not: the loop just waits between rounds.
		for _, b := range blocks {
			for _, instr := range b.Instrs {
				if u, ok := instr.(*ssa.UnOp); ok && u.Op == token.ARROW && !u.CommaOk && c.neverClosed(u.X) && !c.fromClock(u.X) {
					received = cmp(received, u)
				}
			}
		}
	}
	if received != nil {
		return fmt.Sprintf("receives from %s, which is never closed", c.chanExpr(received))
	}
	return "never exits"
}

// cmp keeps the earlier of two instructions in the source.
func cmp(old, instr ssa.Instruction) ssa.Instruction {
	if old == nil || instr.Pos() < old.Pos() {
		return instr
	}
	return old
}

// chanExpr returns the source of the channel that a receive reads.
func (c *checker) chanExpr(recv ssa.Instruction) string {
	pos := recv.Pos()
	if sel, ok := recv.(*ssa.Select); ok {
		pos = token.NoPos
		for _, st := range sel.States {
			if st.Dir == types.RecvOnly {
				pos = st.Pos
				break
			}
		}
	}
	switch node := c.syntaxAt(pos).(type) {
	case *ast.RangeStmt:
		return types.ExprString(node.X)
	case *ast.UnaryExpr:
		return types.ExprString(node.X)
	}
	return "its channel"
}

// syntaxAt returns the range statement whose for keyword, or the receive
// expression whose arrow, is at pos.
func (c *checker) syntaxAt(pos token.Pos) ast.Node {
	if !pos.IsValid() {
		return nil
	}
	if c.recvSyntax == nil {
		c.recvSyntax = make(map[token.Pos]ast.Node)
		for _, file := range c.pass.Files {
			ast.Inspect(file, func(n ast.Node) bool {
				switch n := n.(type) {
				case *ast.RangeStmt:
					c.recvSyntax[n.For] = n
				case *ast.UnaryExpr:
					if n.Op == token.ARROW {
						c.recvSyntax[n.OpPos] = n
					}
				}
				return true
			})
		}
	}
	return c.recvSyntax[pos]
}

// positions returns the positions of the instructions of blocks that
// belong to fn's own code.
func positions(fn *ssa.Function, blocks []*ssa.BasicBlock) []token.Pos {
	var poss []token.Pos
	for _, b := range blocks {
		for _, instr := range b.Instrs {
			switch instr.(type) {
			case *ssa.Phi, *ssa.DebugRef:
				continue // positions of declarations, not of the loop
			}
			if p := instr.Pos(); p.IsValid() && p >= fn.Pos() {
				poss = append(poss, p)
			}
		}
	}
	return poss
}

// innermostLoop returns the innermost of loops that holds all of poss, the
// loop statement that a cycle of the CFG comes from, or nil.
func innermostLoop(loops []ast.Stmt, poss []token.Pos) ast.Stmt {
	if len(poss) == 0 {
		return nil
	}
	var best ast.Stmt
	for _, l := range loops {
		if holdsAll(l, poss) && (best == nil || best.Pos() <= l.Pos() && l.End() <= best.End()) {
			best = l
		}
	}
	return best
}

// gotoPos returns the position of a cycle of gotos: the label of its first
// instruction, or that instruction.
func gotoPos(fn *ssa.Function, poss []token.Pos) token.Pos {
	first := minPos(poss)
	for _, l := range labelsOf(fn) {
		if l.Stmt.Pos() <= first && first < l.Stmt.End() {
			return l.Pos()
		}
	}
	return first
}

// emptyLoopPos finds the loop of a cycle without positions, such as for {}:
// the first loop statement after what runs before it.
func emptyLoopPos(fn *ssa.Function, blocks []*ssa.BasicBlock) token.Pos {
	before := fn.Pos()
	for d := blocks[0].Idom(); d != nil; d = d.Idom() {
		for _, instr := range d.Instrs {
			if p := instr.Pos(); p.IsValid() && p > before {
				before = p
			}
		}
	}
	loops := loopStmtsOf(fn)
	for _, l := range loops {
		if l.Pos() >= before {
			return l.Pos()
		}
	}
	if len(loops) > 0 {
		return loops[len(loops)-1].Pos()
	}
	return fn.Pos()
}

func holdsAll(l ast.Stmt, poss []token.Pos) bool {
	for _, p := range poss {
		if p < l.Pos() || p >= l.End() {
			return false
		}
	}
	return true
}

func minPos(poss []token.Pos) token.Pos {
	m := poss[0]
	for _, p := range poss[1:] {
		m = min(m, p)
	}
	return m
}

// loopStmtsOf returns the for statements of fn's body, in source order,
// without those of the function literals in it.
func loopStmtsOf(fn *ssa.Function) []ast.Stmt {
	var loops []ast.Stmt
	inspectBody(fn, func(n ast.Node) {
		switch n := n.(type) {
		case *ast.ForStmt:
			loops = append(loops, n)
		case *ast.RangeStmt:
			loops = append(loops, n)
		}
	})
	return loops
}

// labelsOf returns the labelled statements of fn's body.
func labelsOf(fn *ssa.Function) []*ast.LabeledStmt {
	var labels []*ast.LabeledStmt
	inspectBody(fn, func(n ast.Node) {
		if l, ok := n.(*ast.LabeledStmt); ok {
			labels = append(labels, l)
		}
	})
	return labels
}

// inspectBody calls f for the nodes of fn's body, but not for those of
// the function literals in it.
func inspectBody(fn *ssa.Function, f func(ast.Node)) {
	body := ssafuncs.Body(fn)
	if body == nil {
		return
	}
	ast.Inspect(body, func(n ast.Node) bool {
		if _, ok := n.(*ast.FuncLit); ok {
			return false
		}
		if n != nil {
			f(n)
		}
		return true
	})
}
