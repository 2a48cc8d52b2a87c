package ownership

import (
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// A lazyType is a struct type of the package whose Close releases only
// what some of its fields hold, and whose package fills those fields,
// after a value is made, only in methods on that value: raft's in-memory
// transport closes the pipelines that AppendEntriesPipeline adds.
type lazyType struct {
	fields  []int           // the fields Close releases what they hold
	fillers map[string]bool // the methods that may fill them
}

// lazyOf returns what makes the struct type named lazy, or nil. The
// fact of a type of another package says it.
func (info *Info) lazyOf(named *types.Named) *lazyType {
	if lt, ok := info.lazies[named]; ok {
		return lt
	}
	info.lazies[named] = nil
	if _, ok := named.Underlying().(*types.Struct); !ok || named.TypeParams().Len() > 0 {
		return nil
	}
	if named.Obj().Pkg() != info.pass.Pkg {
		lt := lazyFromFact(named, info.TypeFact(named.Obj()))
		info.lazies[named] = lt
		return lt
	}
	fn := info.closeFunc(types.NewPointer(named))
	if fn == nil || fn.Pkg != info.pkg || !isMethodOf(fn, named) {
		return nil // none, or one promoted from an embedded field
	}
	var fields []int
	if !info.releasesOnlyFields(fn, fn.Params[0], &fields, 0) || len(fields) == 0 {
		return nil
	}
	fillers, ok := info.fillers(named, fields)
	if !ok {
		return nil
	}
	lt := &lazyType{fields: fields, fillers: fillers}
	info.lazies[named] = lt
	return lt
}

// names returns lt's fields and fillers by name, sorted, for the type
// fact of named.
func (lt *lazyType) names(named *types.Named) (fields, fillers []string) {
	st := named.Underlying().(*types.Struct)
	for _, f := range lt.fields {
		fields = append(fields, st.Field(f).Name())
	}
	for m := range lt.fillers {
		fillers = append(fillers, m)
	}
	slices.Sort(fields)
	slices.Sort(fillers)
	return fields, fillers
}

// lazyFromFact returns the lazyType that fact, named's, describes, or nil.
func lazyFromFact(named *types.Named, fact *TypeFact) *lazyType {
	st, ok := named.Underlying().(*types.Struct)
	if fact == nil || len(fact.Lazy) == 0 || !ok {
		return nil
	}
	lt := &lazyType{fillers: make(map[string]bool)}
	for i := range st.NumFields() {
		if slices.Contains(fact.Lazy, st.Field(i).Name()) {
			lt.fields = append(lt.fields, i)
		}
	}
	for _, m := range fact.Fillers {
		lt.fillers[m] = true
	}
	return lt
}

// releasesOnlyFields reports whether fn, a method whose receiver is recv,
// releases nothing but what the fields of recv it adds to fields hold:
// it calls their methods or closes them, and calls methods of its own
// type on recv that do no more (DisconnectAll), and releases nothing
// else (see mayRelease).
func (info *Info) releasesOnlyFields(fn *ssa.Function, recv ssa.Value, fields *[]int, depth int) bool {
	if len(fn.Blocks) == 0 || depth > 2 {
		return false
	}
	for _, b := range fn.Blocks {
		for _, instr := range b.Instrs {
			call, ok := instr.(ssa.CallInstruction)
			if !ok {
				if info.mayRelease(instr, recv) {
					return false
				}
				continue
			}
			if _, isGo := instr.(*ssa.Go); isGo {
				return false
			}
			c := call.Common()
			if m := ownMethod(fn, c, recv); m != nil {
				if !info.releasesOnlyFields(m, m.Params[0], fields, depth+1) {
					return false
				}
				continue
			}
			if !info.callMayRelease(c, recv) {
				continue // a lock, a log line
			}
			f, ok := recvField(recv, subject(c))
			if !ok {
				return false
			}
			if !slices.Contains(*fields, f) {
				*fields = append(*fields, f)
			}
		}
	}
	return true
}

// ownMethod returns the method of fn's package that c calls on recv, if
// it is a method of recv's own type.
func ownMethod(fn *ssa.Function, c *ssa.CallCommon, recv ssa.Value) *ssa.Function {
	callee := c.StaticCallee()
	if callee == nil || callee.Pkg != fn.Pkg || callee.Signature.Recv() == nil ||
		len(c.Args) == 0 || c.Args[0] != recv || len(callee.Params) == 0 ||
		!types.Identical(callee.Params[0].Type(), recv.Type()) {
		return nil
	}
	return callee
}

// subject returns the value that c calls a method of, or that a builtin
// close closes, or nil.
func subject(c *ssa.CallCommon) ssa.Value {
	switch {
	case c.IsInvoke():
		return c.Value
	case isBuiltin(c, "close"):
		return c.Args[0]
	case c.StaticCallee() != nil && c.Signature().Recv() != nil && len(c.Args) > 0:
		return c.Args[0]
	}
	return nil
}

// recvField returns the field of recv that v is read from: the field, a
// value loaded from it, or an element of one (for _, p := range
// t.pipelines { p.Close() }).
func recvField(recv, v ssa.Value) (int, bool) {
	for v != nil {
		switch x := v.(type) {
		case *ssa.UnOp:
			if x.Op != token.MUL {
				return 0, false
			}
			v = x.X
		case *ssa.IndexAddr:
			v = x.X
		case *ssa.FieldAddr:
			return x.Field, x.X == recv
		default:
			return 0, false
		}
	}
	return 0, false
}

// fillers returns the methods of named that may fill one of fields after
// a value is made: those that store something but nil there, or but a
// reslice of what is there, those that call such a method on their
// receiver, and those that hand their receiver to anything but their
// type's other methods. It fails if code that is not a method on the
// value may fill them.
func (info *Info) fillers(named *types.Named, fields []int) (map[string]bool, bool) {
	fillers := make(map[string]bool)
	for instr := range info.packageInstrs() {
		fa, ok := instr.(*ssa.FieldAddr)
		if !ok || !slices.Contains(fields, fa.Field) || !pointsTo(fa.X.Type(), named) {
			continue
		}
		if !mayFill(fa) {
			continue
		}
		fn := instr.Parent()
		if _, fresh := fa.X.(*ssa.Alloc); fresh || info.madeByConstructor(fa.X) {
			continue // where a value is made
		}
		if !isMethodOf(fn, named) || fa.X != fn.Params[0] {
			return nil, false
		}
		fillers[fn.Name()] = true
	}
	methods := info.methodsOf(named)
	for changed := true; changed; {
		changed = false
		for _, m := range methods {
			if !fillers[m.Name()] && !keepsEmpty(m, fillers, named) {
				fillers[m.Name()] = true
				changed = true
			}
		}
	}
	return fillers, true
}

// mayFill reports whether the field address fa is used for anything but
// a load, a store of nil, or a store of a reslice of the field itself
// (t.pipelines = t.pipelines[:n]).
func mayFill(fa *ssa.FieldAddr) bool {
	for _, ref := range *fa.Referrers() {
		switch ref := ref.(type) {
		case *ssa.UnOp:
			if ref.Op != token.MUL {
				return true
			}
			for _, use := range *ref.Referrers() {
				switch use := use.(type) {
				case *ssa.IndexAddr:
					if storesBut(use, nil) {
						return true
					}
				case *ssa.MapUpdate:
					return true
				}
			}
		case *ssa.Store:
			if ref.Addr != fa || storesBut(fa, ref) {
				return true
			}
		case *ssa.DebugRef:
		default:
			return true
		}
	}
	return false
}

// storesBut reports whether the function stores at addr something but
// nil or a reslice of what is there. With st, it judges st alone.
func storesBut(addr ssa.Value, st *ssa.Store) bool {
	vals := StoredAt(addr)
	if st != nil {
		vals = []ssa.Value{st.Val}
	}
	for _, v := range vals {
		if isNil(v) {
			continue
		}
		if sl, ok := v.(*ssa.Slice); ok {
			if load, ok := sl.X.(*ssa.UnOp); ok && load.Op == token.MUL && sameField(load.X, addr) {
				continue
			}
		}
		return true
	}
	return false
}

// sameField reports whether a and b are the same field of the same value.
func sameField(a, b ssa.Value) bool {
	fa, ok1 := a.(*ssa.FieldAddr)
	fb, ok2 := b.(*ssa.FieldAddr)
	return ok1 && ok2 && fa.X == fb.X && fa.Field == fb.Field
}

// keepsEmpty reports whether m, a method of named, uses its receiver only
// to read its fields and to call methods of named that are not fillers.
func keepsEmpty(m *ssa.Function, fillers map[string]bool, named *types.Named) bool {
	if len(m.Params) == 0 {
		return false
	}
	recv := m.Params[0]
	if _, ok := recv.Type().Underlying().(*types.Pointer); !ok {
		return true // a copy
	}
	for _, ref := range *recv.Referrers() {
		switch ref := ref.(type) {
		case *ssa.FieldAddr, *ssa.DebugRef:
		case ssa.CallInstruction:
			c := ref.Common()
			callee := c.StaticCallee()
			if callee == nil || !isMethodOf(callee, named) || fillers[callee.Name()] ||
				slices.Index(c.Args, ssa.Value(recv)) != 0 || slices.Contains(c.Args[1:], ssa.Value(recv)) {
				return false
			}
			if _, isGo := ref.(*ssa.Go); isGo {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// methodsOf returns the methods of the package declared on named or a
// pointer to it.
func (info *Info) methodsOf(named *types.Named) []*ssa.Function {
	var methods []*ssa.Function
	for _, fn := range info.srcFuncs {
		if isMethodOf(fn, named) {
			methods = append(methods, fn)
		}
	}
	return methods
}

// isMethodOf reports whether fn is a method declared on named or a
// pointer to it.
func isMethodOf(fn *ssa.Function, named *types.Named) bool {
	recv := fn.Signature.Recv()
	return recv != nil && len(fn.Params) > 0 && fn.Parent() == nil && pointsTo(recv.Type(), named)
}

// pointsTo reports whether t is named or a pointer to it.
func pointsTo(t types.Type, named *types.Named) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Origin() == named
}

// Fills returns, for v, a pointer to a value of a lazy type of the
// package (see lazyOf) that its maker leaves with the fields its Close
// releases empty, the instructions of v's function that may fill them:
// until a path reaches one, v holds nothing to close. raft's tests make
// in-memory transports only to encode peers with them; a snapshotter's
// constructor that fails before it uses its metadata store has opened no
// database. It returns false for any other v.
func (info *Info) Fills(v ssa.Value) (map[ssa.Instruction]bool, bool) {
	if v == nil {
		return nil, false
	}
	named, _ := pointedStruct(v.Type())
	if named == nil {
		return nil, false
	}
	lt := info.lazyOf(named.Origin())
	if lt == nil || !info.madeEmpty(v, lt, 0) {
		return nil, false
	}
	fills := make(map[ssa.Instruction]bool)
	fillsOf(v, lt, 0, fills, make(map[ssa.Value]bool))
	return fills, true
}

// madeEmpty reports whether v is a value that its function makes, or a
// function of the package returns, with lt's fields left empty.
func (info *Info) madeEmpty(v ssa.Value, lt *lazyType, depth int) bool {
	if depth > 3 {
		return false
	}
	index := 0
	if e, ok := v.(*ssa.Extract); ok {
		v, index = e.Tuple, e.Index
	}
	switch v := v.(type) {
	case *ssa.Alloc:
		fields := allocStruct(v)
		if fields == nil {
			return false
		}
		for _, f := range lt.fields {
			if f >= fields.NumFields() || slices.ContainsFunc(storedInField(v, fields, fields.Field(f).Name()), func(val ssa.Value) bool { return !isNil(val) }) {
				return false
			}
		}
		return keptEmpty(v, lt, depth)
	case *ssa.Call:
		callee := v.Call.StaticCallee()
		if callee == nil {
			return false
		}
		if callee.Pkg != info.pkg {
			fact, _ := info.staticFact(&v.Call)
			return fact != nil && slices.Contains(fact.Empty, index)
		}
		return info.returnsEmpty(callee, index, lt, depth+1)
	}
	return false
}

// returnsEmpty reports whether every value fn returns as result i is nil
// or made empty (see madeEmpty), and left so by fn, and there is one.
func (info *Info) returnsEmpty(fn *ssa.Function, i int, lt *lazyType, depth int) bool {
	some := false
	for _, r := range returned(fn, i) {
		if isNil(r) {
			continue
		}
		if !info.madeEmpty(r, lt, depth) || !keptEmpty(r, lt, depth) {
			return false // openImage's im.closer = f
		}
		some = true
	}
	return some
}

// emptyResults returns the results of fn that it makes empty (see
// returnsEmpty), for its fact.
func (info *Info) emptyResults(fn *ssa.Function) []int {
	var empty []int
	results := fn.Signature.Results()
	for i := range results.Len() {
		named, _ := pointedStruct(results.At(i).Type())
		if named == nil {
			continue
		}
		if lt := info.lazyOf(named.Origin()); lt != nil && info.returnsEmpty(fn, i, lt, 0) {
			empty = append(empty, i)
		}
	}
	return empty
}

// keptEmpty reports whether every use of v leaves lt's fields empty (see
// fillsOf).
func keptEmpty(v ssa.Value, lt *lazyType, depth int) bool {
	fills := make(map[ssa.Instruction]bool)
	fillsOf(v, lt, depth, fills, make(map[ssa.Value]bool))
	return len(fills) == 0
}

// fillsOf adds to fills the uses of v that may fill lt's fields: all but
// calls of methods that are not fillers, directly or through an
// interface, returns of v, and calls of functions of the package that do
// no more with it; and so the uses of a variable that may hold v.
func fillsOf(v ssa.Value, lt *lazyType, depth int, fills map[ssa.Instruction]bool, seen map[ssa.Value]bool) {
	if seen[v] {
		return
	}
	seen[v] = true
	for _, ref := range referrers(v) {
		switch ref := ref.(type) {
		case *ssa.DebugRef, *ssa.Return:
		case *ssa.MakeInterface:
			fillsOf(ref, lt, depth, fills, seen)
		case *ssa.Phi:
			fillsOf(ref, lt, depth, fills, seen) // one of two iterators
		case *ssa.FieldAddr:
			if slices.Contains(lt.fields, ref.Field) && mayFill(ref) {
				fills[ref] = true
			}
		case ssa.CallInstruction:
			if !callKeepsEmpty(ref.Common(), v, lt, depth) {
				fills[ref] = true
			}
		default:
			fills[ref] = true
		}
	}
}

// callKeepsEmpty reports whether c, which uses v, leaves lt's fields
// empty.
func callKeepsEmpty(c *ssa.CallCommon, v ssa.Value, lt *lazyType, depth int) bool {
	if depth > 3 {
		return false
	}
	if c.IsInvoke() && c.Value == v {
		return !lt.fillers[c.Method.Name()] && !slices.Contains(c.Args, v)
	}
	callee := c.StaticCallee()
	if callee == nil {
		return false
	}
	for i, arg := range c.Args {
		switch {
		case arg != v:
		case i == 0 && callee.Signature.Recv() != nil:
			// A method of v's own type, of this package or another.
			if lt.fillers[callee.Name()] {
				return false
			}
		case len(callee.Blocks) == 0 || i >= len(callee.Params) || !keptEmpty(callee.Params[i], lt, depth+1):
			return false
		}
	}
	return true
}
