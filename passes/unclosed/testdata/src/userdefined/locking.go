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

// A reader's Close unlinks it, under its list's lock, from the list that
// keeps the oldest reader's position: that gives the position back.
type readerList struct {
	mu   sync.Mutex
	head *listedReader
}

type listedReader struct {
	list       *readerList
	prev, next *listedReader
}

func (l *readerList) newReader() *listedReader {
	return &listedReader{list: l, next: l.head}
}

func (r *listedReader) Close() {
	r.list.mu.Lock()
	defer r.list.mu.Unlock()
	if r.prev != nil {
		r.prev.next = r.next
	}
}

func leakListedReader(l *readerList) {
	r := l.newReader() // want `l\.newReader result r is never closed`
	_ = r
}

// A session's Close deletes it from its server's table.
type sessionTable struct {
	mu       sync.Mutex
	sessions map[int]*tableSession
}

type tableSession struct {
	table *sessionTable
	id    int
}

func (t *sessionTable) open(id int) *tableSession {
	s := &tableSession{table: t, id: id}
	t.sessions[id] = s
	return s
}

func (s *tableSession) Close() {
	s.table.mu.Lock()
	defer s.table.mu.Unlock()
	delete(s.table.sessions, s.id)
}

func leakTableSession(t *sessionTable) {
	s := t.open(1) // want `t\.open result s is never closed`
	_ = s
}

// The same, where Close has its table take it out.
type indirectTable struct {
	mu       sync.Mutex
	sessions map[int]*indirectSession
}

type indirectSession struct {
	table *indirectTable
	id    int
}

func (t *indirectTable) open(id int) *indirectSession {
	s := &indirectSession{table: t, id: id}
	t.sessions[id] = s
	return s
}

func (t *indirectTable) remove(id int) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.sessions, id)
}

func (s *indirectSession) Close() { s.table.remove(s.id) }

func leakIndirectSession(t *indirectTable) {
	s := t.open(1) // want `t\.open result s is never closed`
	_ = s
}
