// Package pending_own_valuestruct holds a service returned by value that
// keeps a store its constructor made: keptByNonCloser only sees a struct
// that outlives the function when its Alloc reaches a Return through
// ChangeType, MakeInterface or Phi, not through the load (*t0) that
// returns a struct value, so the store is taken as handed over.
package pending_own_valuestruct

type kv struct{ name string }

func (k *kv) Close() error { return nil }

func newStore(name string) *kv { return &kv{name: name} }

// ValueStop is returned by value; its Stop forgets the store.
type ValueStop struct {
	store *kv
	quit  chan struct{}
}

func NewValueStop(name string) ValueStop {
	s := ValueStop{quit: make(chan struct{})}
	s.store = newStore(name) // want `newStore result is stored in ValueStop\.store, but ValueStop\.Stop never closes it`
	return s
}

func (s ValueStop) Stop() { close(s.quit) }

// ValueNone is returned by value and has no teardown.
type ValueNone struct{ store *kv }

func NewValueNone(name string) ValueNone {
	var v ValueNone
	v.store = newStore(name) // want `newStore result is stored in ValueNone\.store, but ValueNone has no Close, Stop or Shutdown method`
	return v
}

// ValueClosed is returned by value; its Close closes the store.
type ValueClosed struct{ store *kv }

// a value-receiver Close that closes the store.
func NewValueClosed(name string) ValueClosed {
	var v ValueClosed
	v.store = newStore(name)
	return v
}

func (v ValueClosed) Close() error { return v.store.Close() }

// ValueLit is built by a value composite literal, returned by value.
type ValueLit struct{ store *kv }

func NewValueLit(name string) ValueLit {
	return ValueLit{store: newStore(name)} // want `newStore result is stored in ValueLit\.store, but ValueLit has no Close, Stop or Shutdown method`
}
