package helperborrow

import (
	"os"
	"sync"
)

type conn struct{ f *os.File }

func (c *conn) Close() error { return c.f.Close() }

// pool keeps the conns it makes in a map, and closes them all.
type pool struct {
	mu    sync.Mutex
	conns map[string]*conn
}

// get returns the pool's conn for name, made on first use.
func (p *pool) get(name string) (*conn, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if c := p.conns[name]; c != nil {
		return c, nil
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	c := &conn{f: f}
	p.conns[name] = c
	return c, nil
}

func (p *pool) Close() error {
	for _, c := range p.conns {
		c.Close()
	}
	return nil
}

func okBorrowedFromPool(p *pool, name string) (int64, error) {
	c, err := p.get(name)
	if err != nil {
		return 0, err
	}
	return c.f.Seek(0, 1)
}

// manager keeps what it makes in a map per topic, made on first use.
type manager struct{ byTopic map[string]map[int]*conn }

func (m *manager) manage(topic string, part int) (*conn, error) {
	f, err := os.Open(topic)
	if err != nil {
		return nil, err
	}
	c := &conn{f: f}
	parts := m.byTopic[topic]
	if parts == nil {
		parts = make(map[int]*conn)
		m.byTopic[topic] = parts
	}
	parts[part] = c
	return c, nil
}

func okManaged(m *manager, topic string) error {
	_, err := m.manage(topic, 0)
	return err
}

// openIndexed puts what it opens in a map of its own, which it drops.
func openIndexed(name string) (*conn, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	c := &conn{f: f}
	byName := map[string]*conn{}
	byName[name] = c
	if len(byName) != 1 {
		return nil, os.ErrExist
	}
	return c, nil
}

func leakOpenIndexed(name string) error {
	c, err := openIndexed(name) // want `openIndexed result c is never closed`
	if err != nil {
		return err
	}
	_, err = c.f.Seek(0, 1)
	return err
}

// router's getOrCreate falls back on its parent's childFor, which calls
// getOrCreate: childFor's fact depends on getOrCreate's, which is being
// computed when childFor's is first asked for.
type router struct {
	parent   *router
	children map[string]*conn
}

func (r *router) getOrCreate(name string) *conn {
	if c := r.children[name]; c != nil {
		return c
	}
	if r.parent != nil {
		if c := r.parent.childFor(name); c != nil {
			return c
		}
	}
	f, err := os.Open(name)
	if err != nil {
		return nil
	}
	c := &conn{f: f}
	r.children[name] = c
	return c
}

func (r *router) childFor(name string) *conn { return r.getOrCreate(name) }

func okRouted(r *router, name string) error {
	c := r.childFor(name)
	if c == nil {
		return os.ErrNotExist
	}
	_, err := c.f.Seek(0, 1)
	return err
}
