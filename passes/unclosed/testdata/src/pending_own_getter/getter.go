// Package pending_own_getter holds a type that makes a store, keeps it in
// an unexported field, never closes it, and hands it out through a
// getter. The getter's result is borrowed (its FuncFact lists it in
// Borrowed), so no caller closes it either; but the getter's Return of the
// field counts as "handed on" (fieldWalk.walk: Return → released), which
// makes the field Released in the TypeFact and silences the report.
package pending_own_getter

type kv struct{ name string }

func (k *kv) Close() error        { return nil }
func (k *kv) Get(s string) string { return k.name + s }

func newStore(name string) *kv { return &kv{name: name} }

// Service hands its store out and never closes it.
type Service struct {
	store *kv
	quit  chan struct{}
}

func NewService(name string) *Service {
	st := newStore(name) // want `newStore result st is stored in Service\.store, but \(\*Service\)\.Close never closes it`
	return &Service{store: st, quit: make(chan struct{})}
}

// Store lends the store: callers do not own it.
func (s *Service) Store() *kv { return s.store }

func (s *Service) Close() error {
	close(s.quit)
	return nil
}

// the getter's result is not the caller's to close.
func use(s *Service) string { return s.Store().Get("k") }
