package userdefined

import "context"

// A LeaseSession keeps its lease alive from a goroutine. Orphan stops the
// goroutine and leaves the lease to expire; Close also revokes it.
type LeaseSession struct {
	cancel context.CancelFunc
	donec  chan struct{}
}

func NewLeaseSession(ctx context.Context) (*LeaseSession, error) {
	ctx, cancel := context.WithCancel(ctx)
	s := &LeaseSession{cancel: cancel, donec: make(chan struct{})}
	go func() {
		defer close(s.donec)
		<-ctx.Done()
	}()
	return s, nil
}

func (s *LeaseSession) Orphan() {
	s.cancel()
	<-s.donec
}

func (s *LeaseSession) Close() error {
	s.Orphan()
	return nil
}

func (s *LeaseSession) Lease() int64 { return 1 }

// orphaned hands out a session that no goroutine keeps alive any more:
// the lease it holds belongs to whoever granted it.
func orphaned(ctx context.Context) (*LeaseSession, error) {
	s, err := NewLeaseSession(ctx)
	if err != nil {
		return nil, err
	}
	s.Orphan()
	return s, nil
}

func okOrphanedSession(ctx context.Context) (int64, error) {
	s, err := orphaned(ctx)
	if err != nil {
		return 0, err
	}
	return s.Lease(), nil
}

func leakLeaseSession(ctx context.Context) (int64, error) {
	s, err := NewLeaseSession(ctx) // want `NewLeaseSession result s is never closed`
	if err != nil {
		return 0, err
	}
	return s.Lease(), nil
}
