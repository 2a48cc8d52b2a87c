// Package flow answers path questions on the control-flow graphs of SSA
// functions: can execution get from here to a normal return while avoiding
// these instructions and these edges?
package flow

import (
	"go/constant"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// A Pruner reports whether the edge from b to its i-th successor is one
// the question at hand may ignore, such as the branch on which a call's
// error is non-nil. holds tells which values hold the tracked value on the
// path at hand (see Query.Holds).
type Pruner func(b *ssa.BasicBlock, i int, holds func(ssa.Value) bool) bool

// A Query asks whether a resource made at Start can escape its owner.
type Query struct {
	Start ssa.Instruction
	// Stop reports whether an instruction settles every path through it
	// (a close, a hand-off).
	Stop func(ssa.Instruction) bool
	// Arm reports whether an instruction settles the returns that follow
	// it, but not the Leak instructions (a deferred close of the variable
	// that holds the resource). Nil when none does.
	Arm func(ssa.Instruction) bool
	// Leak reports whether reaching an instruction loses the resource
	// whatever follows (a store of another value into its variable). Nil
	// when none does.
	Leak func(ssa.Instruction) bool
	// Pruned reports the edges that need no close.
	Pruned Pruner
	// Holds reports whether a value holds the tracked value (the error
	// made with the resource) on every path. Phis lists phis that hold it
	// on some paths: along a path, a phi holds it when the edge the path
	// came in by does. At most 64 phis are followed.
	Holds func(ssa.Value) bool
	Phis  []*ssa.Phi
	// Armed says that paths start armed: an Arm instruction runs before
	// Start on every path.
	Armed bool
	// ArmedPerIteration says that what arms a path holds for one
	// iteration of a loop only: coming back around to Start armed is no
	// leak (a deferred closure over a variable declared in the loop).
	ArmedPerIteration bool
	// Fill, when not nil, says that the resource holds nothing until it
	// reaches an instruction where Fill holds (a call that makes a
	// transport open a pipeline): a path that escapes before one needs
	// no close.
	Fill func(ssa.Instruction) bool
}

// A path is what holds of a path at a point: whether an Arm instruction
// has run, and whether the resource holds something yet.
type path struct {
	armed, filled bool
}

// A state is a point on a path: a block, what holds of the path there,
// which of the query's phis hold the tracked value, and the successor the
// block's branch must take, given the edge the path came in by (or -1).
type state struct {
	b      *ssa.BasicBlock
	path   path
	phis   uint64
	forced int
}

// Escape looks for a path that starts just after q.Start, passes no
// instruction where q.Stop holds and no pruned edge, and either reaches a
// return of the function before any Arm instruction, or an instruction
// where q.Leak holds, or comes back around a loop to q.Start itself. It
// returns the instruction reached (q.Start for a loop), or nil when no such
// path exists. Paths that end in a panic or a call that never returns do
// not count. Among several escapes it returns one with the fewest blocks.
func (q *Query) Escape() ssa.Instruction {
	b := q.Start.Block()
	if b == nil {
		return nil
	}
	idx := indexOf(b, q.Start)
	if idx < 0 {
		return nil
	}
	phis := q.Phis[:min(len(q.Phis), 64)]
	phiIndex := make(map[*ssa.Phi]int, len(phis))
	for i, phi := range phis {
		phiIndex[phi] = i
	}
	holds := func(mask uint64) func(ssa.Value) bool {
		return func(v ssa.Value) bool {
			if q.Holds(v) {
				return true
			}
			i, ok := phiIndex[asPhi(v)]
			return ok && mask&(1<<i) != 0
		}
	}
	// enter computes which phis hold the value after the edge from b to s.
	enter := func(b, s *ssa.BasicBlock, mask uint64) uint64 {
		pred := predIndex(s, b)
		next := mask
		for i, phi := range phis {
			if phi.Block() != s || pred < 0 {
				continue
			}
			if holds(mask)(phi.Edges[pred]) {
				next |= 1 << i
			} else {
				next &^= 1 << i
			}
		}
		return next
	}
	known := knownFrom(b)
	seen := make(map[state]bool)
	var queue []state
	enqueue := func(b *ssa.BasicBlock, p path, mask uint64, forced int) {
		for i, s := range b.Succs {
			if forced >= 0 && i != forced || q.Pruned != nil && q.Pruned(b, i, holds(mask)) {
				continue
			}
			next := ConstBranch(b, s)
			if next < 0 {
				next = known.branch(s)
			}
			st := state{s, p, enter(b, s, mask), next}
			if !seen[st] {
				seen[st] = true
				queue = append(queue, st)
			}
		}
	}
	esc, done, p := q.scan(b.Instrs[idx+1:], path{armed: q.Armed, filled: q.Fill == nil})
	if done {
		return esc
	}
	enqueue(b, p, 0, -1)
	for len(queue) > 0 {
		st := queue[0]
		queue = queue[1:]
		esc, done, p := q.scan(st.b.Instrs, st.path)
		if esc != nil {
			return esc
		}
		if !done {
			enqueue(st.b, p, st.phis, st.forced)
		}
	}
	return nil
}

// ConstBranch returns the successor that s's branch takes when s is
// entered from b, if that edge fixes it, or -1: a constant condition; a
// loop that compares a counter starting at a constant with a constant
// (for i := 0; i < 3; i++), or ranges over a slice literal with elements,
// runs its body at least once.
func ConstBranch(b, s *ssa.BasicBlock) int {
	if len(s.Instrs) == 0 {
		return -1
	}
	branch, ok := s.Instrs[len(s.Instrs)-1].(*ssa.If)
	if !ok {
		return -1
	}
	if val, ok := ConstBool(branch.Cond); ok {
		// for attempt := 0; true; attempt++ never leaves by its condition.
		if val {
			return 0
		}
		return 1
	}
	cond, ok := branch.Cond.(*ssa.BinOp)
	if !ok {
		return -1
	}
	switch cond.Op {
	case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ:
	default:
		return -1
	}
	pred := predIndex(s, b)
	// An error that one branch leaves nil and the merge checks
	// (if err != nil, where err is nil on that edge) takes one way.
	if (cond.Op == token.EQL || cond.Op == token.NEQ) && nilOnEntry(cond.X, s, pred) && nilOnEntry(cond.Y, s, pred) {
		if cond.Op == token.EQL {
			return 0
		}
		return 1
	}
	x, y := constOnEntry(cond.X, s, pred), constOnEntry(cond.Y, s, pred)
	if x == nil || y == nil || x.Kind() != constant.Int || y.Kind() != constant.Int {
		return -1
	}
	if constant.Compare(x, cond.Op, y) {
		return 0
	}
	return 1
}

// A cond is a branch condition whose outcome is known where a path
// starts.
type cond struct {
	v     ssa.Value
	taken bool
}

// known holds what is known of branch conditions on every path from a
// start block.
type known struct {
	start *ssa.BasicBlock
	conds []cond
	reach map[*ssa.BasicBlock]bool // blocks reachable from start, once needed
	flags map[*ssa.Phi]int         // flagValue's answers
	once  map[ssa.Value]bool       // onceOnly's answers
}

// knownFrom returns what holds on the paths from b: the conditions of
// the branches whose one edge every path to b comes through. Those that
// are computed at most once per call (a parameter, or a value made
// outside any loop) hold on every path from b: a resource made under
// `if lock {` is closed under a later `if lock {`, and no path that made
// it skips that close. Which ones are is only asked of those that a later
// branch tests again.
func knownFrom(b *ssa.BasicBlock) *known {
	k := &known{start: b}
	for d := b; d != nil; d = d.Idom() {
		if len(d.Preds) != 1 {
			continue
		}
		p := d.Preds[0]
		br, ok := p.Instrs[len(p.Instrs)-1].(*ssa.If)
		if !ok || p.Succs[0] == p.Succs[1] {
			continue
		}
		k.conds = append(k.conds, cond{br.Cond, p.Succs[0] == d})
	}
	return k
}

// branch returns the successor that s's branch takes on the paths from
// k.start, if known, or -1.
func (k *known) branch(s *ssa.BasicBlock) int {
	if len(s.Instrs) == 0 {
		return -1
	}
	br, ok := s.Instrs[len(s.Instrs)-1].(*ssa.If)
	if !ok {
		return -1
	}
	for _, c := range k.conds {
		same, negated := sameCond(c.v, br.Cond)
		if (same || negated) && k.onceOnly(c.v) {
			if c.taken != negated {
				return 0
			}
			return 1
		}
	}
	if v, ok := k.flag(br.Cond); ok {
		if v {
			return 0
		}
		return 1
	}
	return -1
}

// flag returns the value of v, a boolean that a merge sets (fd, didOpen
// := mb.fd, false; if fd == nil { fd = open(); didOpen = true }), on the
// paths from k.start, if every way into the merge that those paths can
// take sets the same constant. The merge must run at most once per call:
// then, as it is reachable from the start, it runs after it.
func (k *known) flag(v ssa.Value) (bool, bool) {
	phi, ok := v.(*ssa.Phi)
	if !ok {
		return false, false
	}
	if r, ok := k.flags[phi]; ok {
		return r == 1, r >= 0
	}
	r := k.flagValue(phi)
	if k.flags == nil {
		k.flags = make(map[*ssa.Phi]int)
	}
	k.flags[phi] = r
	return r == 1, r >= 0
}

// flagValue returns 1 or 0 for flag's true or false, or -1 when the value
// of phi on the paths from k.start is not known.
func (k *known) flagValue(phi *ssa.Phi) int {
	if k.reach == nil {
		k.reach = reachable(k.start)
	}
	if !k.reach[phi.Block()] {
		return -1
	}
	val := -1
	for i, e := range phi.Edges {
		if !k.reach[phi.Block().Preds[i]] {
			continue
		}
		v, ok := ConstBool(e)
		if !ok {
			return -1
		}
		b := 0
		if v {
			b = 1
		}
		if val >= 0 && val != b {
			return -1
		}
		val = b
	}
	if InCycle(phi.Block()) {
		return -1
	}
	return val
}

// reachable returns b and the blocks reachable from it.
func reachable(b *ssa.BasicBlock) map[*ssa.BasicBlock]bool {
	seen := map[*ssa.BasicBlock]bool{b: true}
	stack := []*ssa.BasicBlock{b}
	for len(stack) > 0 {
		s := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, t := range s.Succs {
			if !seen[t] {
				seen[t] = true
				stack = append(stack, t)
			}
		}
	}
	return seen
}

// sameCond reports whether b is a, or a's negation: the same value, or a
// comparison of the same operands by the same or the opposite operator
// (name != "" twice, or once negated as name == "").
func sameCond(a, b ssa.Value) (same, negated bool) {
	if sameOperand(a, b) {
		return true, false
	}
	x, ok1 := a.(*ssa.BinOp)
	y, ok2 := b.(*ssa.BinOp)
	if !ok1 || !ok2 || !sameOperand(x.X, y.X) || !sameOperand(x.Y, y.Y) || !onceOnly(y) {
		return false, false
	}
	if x.Op == y.Op {
		return true, false
	}
	return false, opposite[x.Op] == y.Op
}

var opposite = map[token.Token]token.Token{
	token.EQL: token.NEQ, token.NEQ: token.EQL,
	token.LSS: token.GEQ, token.GEQ: token.LSS,
	token.GTR: token.LEQ, token.LEQ: token.GTR,
}

// sameOperand reports whether a and b hold the same value: they are one
// value, equal constants, or reads of a variable assigned once (a
// parameter that a goroutine's closure reads in each iteration).
func sameOperand(a, b ssa.Value) bool {
	if a == b {
		return true
	}
	if x, y := fixedLoad(a), fixedLoad(b); x != nil && x == y {
		return true
	}
	x, ok1 := a.(*ssa.Const)
	y, ok2 := b.(*ssa.Const)
	return ok1 && ok2 && types.Identical(x.Type(), y.Type()) && sameConst(x, y)
}

func sameConst(x, y *ssa.Const) bool {
	if x.Value == nil || y.Value == nil {
		return x.Value == nil && y.Value == nil
	}
	return constant.Compare(x.Value, token.EQL, y.Value)
}

func (k *known) onceOnly(v ssa.Value) bool {
	r, ok := k.once[v]
	if !ok {
		r = onceOnly(v)
		if k.once == nil {
			k.once = make(map[ssa.Value]bool)
		}
		k.once[v] = r
	}
	return r
}

// onceOnly reports whether v holds one value throughout a call: a
// parameter or constant, a read of a variable assigned once, or what an
// instruction outside any loop computes.
func onceOnly(v ssa.Value) bool {
	switch v := v.(type) {
	case *ssa.Parameter, *ssa.FreeVar, *ssa.Const:
		return true
	case *ssa.BinOp:
		return onceOnly(v.X) && onceOnly(v.Y) || !InCycle(v.Block())
	}
	if fixedLoad(v) != nil {
		return true
	}
	instr, ok := v.(ssa.Instruction)
	return ok && instr.Block() != nil && !InCycle(instr.Block())
}

// fixedLoad returns the variable that v reads, if it is one that a
// closure captures and nothing assigns after its declaration, or nil.
func fixedLoad(v ssa.Value) ssa.Value {
	load, ok := v.(*ssa.UnOp)
	if !ok || load.Op != token.MUL {
		return nil
	}
	switch addr := load.X.(type) {
	case *ssa.FreeVar:
		if alloc := captured(addr); alloc != nil && assignedOnce(alloc) {
			return addr
		}
	case *ssa.Alloc:
		if !InCycle(addr.Block()) && assignedOnce(addr) {
			return addr
		}
	}
	return nil
}

// captured returns the variable of an enclosing function that fv
// stands for, or nil.
func captured(fv *ssa.FreeVar) *ssa.Alloc {
	fn := fv.Parent()
	i := slices.Index(fn.FreeVars, fv)
	outer := fn.Parent()
	if outer == nil || i < 0 {
		return nil
	}
	for _, b := range outer.Blocks {
		for _, instr := range b.Instrs {
			mc, ok := instr.(*ssa.MakeClosure)
			if !ok || mc.Fn != fn {
				continue
			}
			alloc, _ := mc.Bindings[i].(*ssa.Alloc)
			if alloc == nil || InCycle(alloc.Block()) {
				return nil
			}
			return alloc
		}
	}
	return nil
}

// assignedOnce reports whether the variable alloc is stored to at most
// once, where it is declared, and is otherwise only read, by its function
// and by closures that only read it.
func assignedOnce(alloc *ssa.Alloc) bool {
	stores := 0
	for _, ref := range *alloc.Referrers() {
		switch ref := ref.(type) {
		case *ssa.Store:
			if ref.Addr != alloc {
				return false
			}
			stores++
		case *ssa.UnOp, *ssa.DebugRef:
		case *ssa.MakeClosure:
			if !onlyReads(ref, alloc) {
				return false
			}
		default:
			return false
		}
	}
	return stores <= 1
}

// onlyReads reports whether the closure mc makes only reads the variable
// alloc that it captures.
func onlyReads(mc *ssa.MakeClosure, alloc *ssa.Alloc) bool {
	fn, ok := mc.Fn.(*ssa.Function)
	if !ok {
		return false
	}
	for i, b := range mc.Bindings {
		if b != alloc {
			continue
		}
		for _, ref := range *fn.FreeVars[i].Referrers() {
			switch ref.(type) {
			case *ssa.UnOp, *ssa.DebugRef:
			default:
				return false
			}
		}
	}
	return true
}

// ConstBool returns the value of v if it is a boolean constant.
func ConstBool(v ssa.Value) (val, ok bool) {
	c, isConst := v.(*ssa.Const)
	if !isConst || c.Value == nil || c.Value.Kind() != constant.Bool {
		return false, false
	}
	return constant.BoolVal(c.Value), true
}

// InCycle reports whether b can run again after it ran: it is on a
// cycle of its function's control-flow graph.
func InCycle(b *ssa.BasicBlock) bool {
	seen := map[*ssa.BasicBlock]bool{}
	stack := slices.Clone(b.Succs)
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

// constOnEntry returns the constant that v, an operand in block s, is
// when s is entered by its pred-th edge, or nil.
func constOnEntry(v ssa.Value, s *ssa.BasicBlock, pred int) constant.Value {
	switch v := v.(type) {
	case *ssa.Const:
		return v.Value
	case *ssa.Phi:
		if c, ok := onEdge(v, s, pred).(*ssa.Const); ok {
			return c.Value
		}
	case *ssa.BinOp:
		// A range loop compares the index after its increment.
		if v.Op != token.ADD && v.Op != token.SUB {
			return nil
		}
		x, y := constOnEntry(v.X, s, pred), constOnEntry(v.Y, s, pred)
		if x == nil || y == nil || x.Kind() != constant.Int || y.Kind() != constant.Int {
			return nil
		}
		return constant.BinaryOp(x, v.Op, y)
	case *ssa.Call:
		return literalLen(v)
	}
	return nil
}

// nilOnEntry reports whether v, an operand in block s, is the constant
// nil when s is entered by its pred-th edge.
func nilOnEntry(v ssa.Value, s *ssa.BasicBlock, pred int) bool {
	c, ok := onEdge(v, s, pred).(*ssa.Const)
	return ok && c.IsNil()
}

// onEdge returns what v, an operand in block s, is when s is entered by
// its pred-th edge: a phi of s gives that edge's value, any other value
// is itself.
func onEdge(v ssa.Value, s *ssa.BasicBlock, pred int) ssa.Value {
	if phi, ok := v.(*ssa.Phi); ok && phi.Block() == s && pred >= 0 {
		return phi.Edges[pred]
	}
	return v
}

// literalLen returns the length of the slice that call, of the builtin
// len, takes, if the slice is a whole array that the function allocates
// (a slice literal), or nil. A slice is a value in SSA: the variable may
// be assigned again, the value len takes is not.
func literalLen(call *ssa.Call) constant.Value {
	if b, ok := call.Call.Value.(*ssa.Builtin); !ok || b.Name() != "len" {
		return nil
	}
	sl, ok := call.Call.Args[0].(*ssa.Slice)
	if !ok || sl.Low != nil || sl.High != nil || sl.Max != nil {
		return nil
	}
	alloc, ok := sl.X.(*ssa.Alloc)
	if !ok {
		return nil
	}
	arr, ok := alloc.Type().(*types.Pointer).Elem().Underlying().(*types.Array)
	if !ok {
		return nil
	}
	return constant.MakeInt64(arr.Len())
}

func asPhi(v ssa.Value) *ssa.Phi {
	phi, _ := v.(*ssa.Phi)
	return phi
}

func predIndex(s, pred *ssa.BasicBlock) int {
	for i, p := range s.Preds {
		if p == pred {
			return i
		}
	}
	return -1
}

// scan walks instrs and reports where the path ends: at an escape
// (non-nil, true), settled (nil, true), or at the end of the block with the
// path going on (nil, false) and what holds of it there. A path that has
// not filled the resource settles where it would escape.
func (q *Query) scan(instrs []ssa.Instruction, p path) (ssa.Instruction, bool, path) {
	escape := func(instr ssa.Instruction) (ssa.Instruction, bool, path) {
		if !p.filled {
			return nil, true, p
		}
		return instr, true, p
	}
	for _, instr := range instrs {
		switch {
		case instr == q.Start:
			if p.armed && q.ArmedPerIteration {
				return nil, true, p
			}
			return escape(instr)
		case q.Stop(instr), EndsPath(instr):
			return nil, true, p
		case q.Leak != nil && q.Leak(instr):
			return escape(instr)
		case q.Arm != nil && q.Arm(instr):
			p.armed = true
		case q.Fill != nil && q.Fill(instr):
			p.filled = true
		}
		if _, ok := instr.(*ssa.Return); ok {
			if p.armed {
				return nil, true, p
			}
			return escape(instr)
		}
	}
	return nil, false, p
}

// Precedes reports whether a runs before b on every path to b: a's block
// dominates b's, and within one block a comes first.
func Precedes(a, b ssa.Instruction) bool {
	if a.Block() == b.Block() {
		return indexOf(a.Block(), a) < indexOf(b.Block(), b)
	}
	return a.Block().Dominates(b.Block())
}

func indexOf(b *ssa.BasicBlock, instr ssa.Instruction) int {
	for i, x := range b.Instrs {
		if x == instr {
			return i
		}
	}
	return -1
}

// EndsPath reports whether nothing that follows instr matters to a
// resource: a panic, a call that never returns, or a test that has just
// failed. Calls of package-level functions that never return already end
// in a panic in buildssa's SSA; what is left is methods called through an
// interface, such as testing.TB's Fatal, and the failures of a test, after
// which a leak is the least of its problems.
func EndsPath(instr ssa.Instruction) bool {
	switch instr := instr.(type) {
	case *ssa.Panic:
		return true
	case *ssa.Call:
		return isTestFailure(instr.Common())
	}
	return false
}

// isTestFailure reports whether c stops or fails a test: a method of
// package testing's T, B, F or TB named Fatal, Error, Fail, Skip and the
// like.
func isTestFailure(c *ssa.CallCommon) bool {
	switch TestingMethod(c) {
	case "Fatal", "Fatalf", "FailNow", "Skip", "Skipf", "SkipNow", "Error", "Errorf", "Fail":
		return true
	}
	return false
}

// TestingMethod returns the name of the method of package testing's T, B,
// F or TB that c calls, or "".
func TestingMethod(c *ssa.CallCommon) string {
	var method *types.Func
	if c.IsInvoke() {
		method = c.Method
	} else if callee := c.StaticCallee(); callee != nil {
		method, _ = callee.Object().(*types.Func)
	}
	if method == nil || method.Pkg() == nil || method.Pkg().Path() != "testing" || method.Signature().Recv() == nil {
		return ""
	}
	return method.Name()
}
