package userdefined

import (
	"errors"
	"sync/atomic"
)

// iter's Close only flips its own atomic flag and drops its buffer: an
// iterator left open leaks nothing.
type iter struct {
	closed int32
	done   atomic.Bool
	buf    []byte
	err    error
}

func query(fail bool) *iter {
	if fail {
		return &iter{err: errors.New("failed")}
	}
	return &iter{buf: make([]byte, 64)}
}

func (it *iter) Close() error {
	if atomic.CompareAndSwapInt32(&it.closed, 0, 1) {
		it.done.Store(true)
		it.buf = nil
	}
	return it.err
}

func okAtomicFlag(fail bool) error {
	it := query(fail)
	if it.err != nil {
		return it.err
	}
	return nil
}

// slot's Close gives back a slot of a count its pool keeps: one left open
// holds the slot for good.
type slotPool struct{ active int64 }

type slot struct {
	pool *slotPool
	err  error
}

func (p *slotPool) acquire() *slot {
	atomic.AddInt64(&p.active, 1)
	return &slot{pool: p}
}

func (s *slot) Close() error {
	atomic.AddInt64(&s.pool.active, -1)
	return s.err
}

func leakSlot(p *slotPool, fail bool) error {
	s := p.acquire() // want `p.acquire result s is not closed on the path that returns at line 62`
	if fail {
		return errors.New("failed")
	}
	return s.Close()
}
