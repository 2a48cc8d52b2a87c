// Package pending_own_registry holds registries that keep each resource
// handed to them as an element of a slice or map field, and whose Close
// does not close the elements. A store into a collection is not a store
// into a field (Trace.Kept only records a Store whose Addr is a
// FieldAddr; append stores into the varargs array, m[k] = v is a
// MapUpdate), so Add's effect is Unknown rather than "stores in T.f",
// and the caller counts the resource as handed over.
package pending_own_registry

import (
	"io"
	"os"
)

// leakyList keeps closers in a slice; its Close forgets them.
type leakyList struct {
	all    []io.Closer
	closed bool
}

func (l *leakyList) add(c io.Closer) { l.all = append(l.all, c) }

func (l *leakyList) Close() error {
	l.closed = true
	return nil
}

// leakyMap keeps files in a map and has no teardown.
type leakyMap struct{ byName map[string]*os.File }

func (m *leakyMap) put(name string, f *os.File) { m.byName[name] = f }

func leakSliceRegistry(l *leakyList, name string) error {
	f, err := os.Open(name) // want `os\.Open result f is handed to \(\*leakyList\)\.add, which keeps it in leakyList\.all, but \(\*leakyList\)\.Close never closes that field`
	if err != nil {
		return err
	}
	l.add(f)
	return nil
}

func leakMapRegistry(m *leakyMap, name string) error {
	f, err := os.Open(name) // want `os\.Open result f is handed to \(\*leakyMap\)\.put, which keeps it in leakyMap\.byName, but leakyMap has no Close, Stop or Shutdown method`
	if err != nil {
		return err
	}
	m.put(name, f)
	return nil
}

// listRegistry closes every element: no report.
type listRegistry struct{ all []io.Closer }

func (l *listRegistry) add(c io.Closer) { l.all = append(l.all, c) }

func (l *listRegistry) Close() error {
	for _, c := range l.all {
		c.Close()
	}
	return nil
}

// a registry that closes every element keeps it.
func okSliceRegistry(l *listRegistry, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	l.add(f)
	return nil
}

// --- a type that makes its own closers and keeps them in a collection

type kv struct{ name string }

func (k *kv) Close() error { return nil }

func dial(name string) *kv { return &kv{name: name} }

// pool appends what it dials to a slice; it has no teardown.
type pool struct{ conns []*kv }

func (p *pool) grow(name string) {
	p.conns = append(p.conns, dial(name)) // want `dial result is stored in pool\.conns, but pool has no Close, Stop or Shutdown method`
}

// cache keeps what it dials in a map; its Stop forgets them.
type cache struct {
	byName map[string]*kv
	quit   chan struct{}
}

func (c *cache) warm(name string) {
	if _, ok := c.byName[name]; !ok {
		k := dial(name) // want `dial result k is stored in cache\.byName, but \(\*cache\)\.Stop never closes it`
		c.byName[name] = k
	}
}

func (c *cache) Stop() { close(c.quit) }
