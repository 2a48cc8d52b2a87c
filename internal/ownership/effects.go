package ownership

import (
	"fmt"
	"go/token"
	"go/types"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/closecheck/closecheck/internal/resource"
)

// An EffectKind is what a function does with a resource parameter, from
// the weakest claim on it to the strongest.
type EffectKind uint8

const (
	None    EffectKind = iota // not a resource parameter
	Borrows                   // uses it; the caller still owns it
	Closes                    // closes it
	Returns                   // returns it: the caller owns the result instead
	Stores                    // keeps it in a field, a global or a collection
	Unknown                   // passes it where the analysis cannot follow
)

var effectNames = [...]string{"none", "borrows", "closes", "returns", "stores", "unknown"}

// An Effect is what a function does with one resource parameter.
type Effect struct {
	Kind   EffectKind
	Result int    // Returns: the result that carries it
	Type   string // Stores into a field: the struct type, "importpath.Name"
	Field  string // Stores into a field: the field's name
}

func (e Effect) String() string {
	switch e.Kind {
	case Returns:
		return fmt.Sprintf("returns as result %d", e.Result)
	case Stores:
		if e.Field != "" {
			return "stores in " + e.Type + "." + e.Field
		}
	}
	return effectNames[e.Kind]
}

// mayCarry reports whether a value of type t may carry a resource:
// a resource type, a type parameter, or an interface a resource may
// implement. error and context.Context are left out: no caller hands a
// resource through them.
func mayCarry(t types.Type) bool {
	if isResource(t) || isTypeParam(t) {
		return true
	}
	iface, ok := t.Underlying().(*types.Interface)
	if !ok || iface.NumMethods() == 0 {
		return false
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return true
	}
	return named.Obj().Pkg() != nil && !resource.IsContext(t) // not error
}

// paramEffect summarises what p's function does with p: the strongest
// claim it makes on any path. Keeping p in a struct whose teardown does
// not close it leaves p with its owner, so a function that also returns
// p, or gives it away, says that instead: a dialer that writes a request
// through a wrapper of the conn and returns the conn returns it.
func (info *Info) paramEffect(p *ssa.Parameter) Effect {
	tr := info.Trace(p, resource.Field(p.Type()), nil)
	effect := Effect{Kind: Borrows}
	if len(tr.Closes)+len(tr.Deferred) > 0 {
		effect = Effect{Kind: Closes}
	}
	var handover *Effect
	for _, b := range p.Parent().Blocks {
		for _, instr := range b.Instrs {
			if k, handed := tr.Handovers[instr]; handed {
				if handover == nil {
					handover = &Effect{Kind: Stores, Type: typeKey(k.Type), Field: k.Field}
				}
				continue
			}
			if !tr.Gives[instr] {
				continue
			}
			if e := tr.giveEffect(instr); e.Kind > effect.Kind || e.Kind == Stores && effect.Kind == Stores && !info.keptClosed(effect) && info.keptClosed(e) {
				effect = e
			}
		}
	}
	if handover != nil && effect.Kind < Returns {
		effect = *handover
	}
	if effect.Kind == Borrows && info.absorbs(p) {
		effect = Effect{Kind: Unknown}
	}
	return effect
}

// keptClosed reports whether e stores in a field of a struct whose
// teardown closes that field. A writer that keeps what it writes to and,
// asserted, the io.Closer its Close closes is stored in both: the field
// it is closed through is the one that counts.
func (info *Info) keptClosed(e Effect) bool {
	tn := info.lookupType(e.Type)
	if tn == nil || e.Field == "" {
		return false
	}
	tf := info.TypeFact(tn)
	return tf != nil && tf.ClosesField(e.Field)
}

// absorbs reports whether p's function moves what p's teardown closes out
// of p into memory that outlives the call, as c.Merge(other) appends
// other's nodes to c's: whoever tears that memory down closes them, and
// p's owner must not close them again.
func (info *Info) absorbs(p *ssa.Parameter) bool {
	tn := structType(p.Type())
	if tn == nil {
		return false
	}
	tf := info.TypeFact(tn)
	if tf == nil || len(tf.Closes) == 0 {
		return false
	}
	for _, ref := range referrers(p) {
		fa, ok := ref.(*ssa.FieldAddr)
		if !ok || fa.X != p || !tf.ClosesField(fieldName(p.Type(), fa.Field)) {
			continue
		}
		for _, use := range referrers(fa) {
			if load, ok := use.(*ssa.UnOp); ok && load.Op == token.MUL && storedOutside(load, 0) {
				return true
			}
		}
	}
	return false
}

// storedOutside reports whether v, or a slice that append makes with it,
// is stored where it outlives the call.
func storedOutside(v ssa.Value, depth int) bool {
	if depth > 4 {
		return false
	}
	for _, ref := range referrers(v) {
		switch ref := ref.(type) {
		case *ssa.Store:
			if ref.Val == v && storesOutside(ref.Addr) {
				return true
			}
		case *ssa.Call:
			if isBuiltin(&ref.Call, "append") && storedOutside(ref, depth+1) {
				return true
			}
		}
	}
	return false
}

// KeeperCloses reports whether the field that a Stores effect keeps its
// parameter in is closed by its type's teardown.
func (info *Info) KeeperCloses(e Effect) bool {
	tn := info.lookupType(e.Type)
	if tn == nil {
		return false
	}
	tf := info.TypeFact(tn)
	return tf != nil && tf.ClosesField(e.Field)
}

// giveEffect classifies one instruction that gives the resource away.
func (t *Trace) giveEffect(instr ssa.Instruction) Effect {
	if ret, ok := instr.(*ssa.Return); ok {
		for i, r := range ret.Results {
			if t.aliases[r] {
				return Effect{Kind: Returns, Result: i}
			}
		}
	}
	if k, ok := t.Kept[instr]; ok {
		return Effect{Kind: Stores, Type: typeKey(k.Type), Field: k.Field}
	}
	// Kept in a global, or in a map or a slice that outlives the call
	// (a registry).
	switch instr := instr.(type) {
	case *ssa.Store:
		if storesOutside(instr.Addr) {
			return Effect{Kind: Stores}
		}
	case *ssa.MapUpdate:
		if storesOutside(instr.Map) {
			return Effect{Kind: Stores}
		}
	}
	return Effect{Kind: Unknown}
}

func typeKey(tn *types.TypeName) string {
	if tn.Pkg() == nil {
		return tn.Name()
	}
	return tn.Pkg().Path() + "." + tn.Name()
}

// A Keeper is the struct field that comes to hold a resource.
type Keeper struct {
	Type  *types.TypeName
	Field string
}

// structType returns the named struct type that t is, or points to.
func structType(t types.Type) *types.TypeName {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	named, ok := types.Unalias(t).(*types.Named)
	if !ok {
		return nil
	}
	if _, ok := named.Underlying().(*types.Struct); !ok {
		return nil
	}
	return named.Origin().Obj()
}

// lookupType finds the type named by key ("importpath.Name") among the
// packages that the current package depends on.
func (info *Info) lookupType(key string) *types.TypeName {
	if info.packages == nil {
		info.packages = make(map[string]*types.Package)
		var add func(p *types.Package)
		add = func(p *types.Package) {
			if info.packages[p.Path()] != nil {
				return
			}
			info.packages[p.Path()] = p
			for _, imp := range p.Imports() {
				add(imp)
			}
		}
		add(info.pass.Pkg)
	}
	dot := strings.LastIndex(key, ".")
	if dot < 0 {
		return nil
	}
	p := info.packages[key[:dot]]
	if p == nil {
		return nil
	}
	tn, _ := p.Scope().Lookup(key[dot+1:]).(*types.TypeName)
	return tn
}
