// Package own_order asks for the fact of Engine while it is still
// learning which fields the package releases: Holder's code, which comes
// first, hands a logger to SetLogger, and only SetLogger, further down,
// closes the logger it replaces. The fact must not be settled before
// SetLogger is seen.
package own_order

import "os"

// Holder comes first in the package's code.
type Holder struct{ e *Engine }

func (h *Holder) Close() error { return nil }

func (h *Holder) reopen(name string) error { return reopen(h.e, name) }

func reopen(e *Engine, name string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	e.SetLogger(f)
	return nil
}

// Engine keeps a query log, which SetLogger replaces and closes.
type Engine struct {
	logger *os.File
}

func (e *Engine) Close() error { return nil }

// SetLogger closes the logger it replaces.
func (e *Engine) SetLogger(f *os.File) {
	if e.logger != nil {
		e.logger.Close()
	}
	e.logger = f
}

// Close never closes the logger that New keeps.
type Service struct{ log *os.File }

func (s *Service) Close() error { return nil }

func New(name string) (*Service, error) {
	f, err := os.Create(name) // want `os\.Create result f is stored in Service\.log, but \(\*Service\)\.Close never closes it`
	if err != nil {
		return nil, err
	}
	return &Service{log: f}, nil
}
