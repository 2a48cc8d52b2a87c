package userdefined

import "sync"

// lockedBuffer's Close only sets a flag under its lock: nothing to give
// back.
type lockedBuffer struct {
	mu     sync.Mutex
	data   []byte
	closed bool
}

func newLockedBuffer() *lockedBuffer { return &lockedBuffer{} }

func (b *lockedBuffer) Close() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closed = true
	return nil
}

func okCloseOnlyLocks() int {
	b := newLockedBuffer()
	return len(b.data)
}

// lockedTicket's Close closes, under its lock, the channel a goroutine
// waits on.
type lockedTicket struct {
	sync.RWMutex
	done chan struct{}
}

func newLockedTicket() *lockedTicket {
	t := &lockedTicket{done: make(chan struct{})}
	go func() { <-t.done }()
	return t
}

func (t *lockedTicket) Close() error {
	t.Lock()
	defer t.Unlock()
	close(t.done)
	return nil
}

func leakLockedTicket() {
	t := newLockedTicket() // want `newLockedTicket result t is never closed`
	_ = t
}
