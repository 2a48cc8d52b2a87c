// Package generic holds the shapes of the other cases on generic types.
package generic

import "sync"

// Stream never closes its out channel.
type Stream[E any] struct {
	out  chan E
	quit chan struct{}
}

func NewStream[E any](gen func() E) *Stream[E] {
	s := &Stream[E]{out: make(chan E), quit: make(chan struct{})}
	go s.run(gen)
	return s
}

func (s *Stream[E]) run(gen func() E) {
	for {
		select {
		case s.out <- gen():
		case <-s.quit:
			return
		}
	}
}

func (s *Stream[E]) Out() <-chan E { return s.out }

func (s *Stream[E]) Stop() { close(s.quit) } // want `\(\*Stream\[E\]\).Stop does not close out, the channel that Out returns` `\(\*Stream\[E\]\).Stop closes quit with nothing to stop a second call`

// ClosedStream's loop closes out on the way out.
type ClosedStream[E any] struct {
	out  chan E
	quit chan struct{}
}

func NewClosedStream[E any](gen func() E) *ClosedStream[E] {
	s := &ClosedStream[E]{out: make(chan E), quit: make(chan struct{})}
	go s.run(gen)
	return s
}

func (s *ClosedStream[E]) run(gen func() E) {
	defer close(s.out)
	for {
		select {
		case s.out <- gen():
		case <-s.quit:
			return
		}
	}
}

func (s *ClosedStream[E]) Out() <-chan E { return s.out }

func (s *ClosedStream[E]) Stop() { close(s.quit) } // want `\(\*ClosedStream\[E\]\).Stop closes quit with nothing to stop a second call`

// Pair has two type parameters and an exported channel field.
type Pair[K comparable, V any] struct {
	C    chan V
	quit chan struct{}
}

func NewPair[K comparable, V any](v V) *Pair[K, V] {
	p := &Pair[K, V]{C: make(chan V), quit: make(chan struct{})}
	go func() {
		for {
			select {
			case p.C <- v:
			case <-p.quit:
				return
			}
		}
	}()
	return p
}

func (p *Pair[K, V]) Close() { close(p.quit) } // want `\(\*Pair\[K, V\]\).Close does not close C, an exported channel field` `\(\*Pair\[K, V\]\).Close closes quit with nothing to stop`

// internal keeps its channel to itself.
type internal[E any] struct {
	work chan E
	quit chan struct{}
}

func newInternal[E any]() *internal[E] {
	in := &internal[E]{work: make(chan E), quit: make(chan struct{})}
	go func() {
		for {
			select {
			case <-in.work:
			case <-in.quit:
				return
			}
		}
	}()
	return in
}

func (in *internal[E]) Add(e E) { in.work <- e }
func (in *internal[E]) Stop()   { close(in.quit) } // want `\(\*internal\[E\]\).Stop closes quit with nothing to stop`

// given's channel is its caller's.
type given[E any] struct{ out chan E }

func Given[E any](out chan E) *given[E] {
	g := &given[E]{out: out}
	go func() {
		var zero E
		g.out <- zero
	}()
	return g
}

func (g *given[E]) Out() <-chan E { return g.out }
func (g *given[E]) Stop()         {}

// Once closes its channel in a sync.Once: right the second time too.
type Once[E any] struct {
	once sync.Once
	done chan struct{}
}

func (o *Once[E]) Close() { o.once.Do(func() { close(o.done) }) }

// Twice closes with no guard.
type Twice[E any] struct{ done chan struct{} }

func (t *Twice[E]) Close() { close(t.done) } // want `\(\*Twice\[E\]\).Close closes done with nothing to stop a second call`

// Flagged closes under a flag.
type Flagged[E any] struct {
	mu     sync.Mutex
	closed bool
	done   chan E
}

func (f *Flagged[E]) Close() {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.closed {
		return
	}
	f.closed = true
	close(f.done)
}

// quitter stops its loop with a send on an unbuffered channel.
type quitter[E any] struct {
	quit chan struct{}
	in   chan E
}

func newQuitter[E any]() *quitter[E] {
	q := &quitter[E]{quit: make(chan struct{}), in: make(chan E)}
	go func() {
		for {
			select {
			case <-q.in:
			case <-q.quit:
				return
			}
		}
	}()
	return q
}

func (q *quitter[E]) Stop() {
	q.quit <- struct{}{} // want `\(\*quitter\[E\]\).Stop sends on quit to stop its loop: if the loop has already returned, Stop blocks forever \(close quit instead\)`
}

// baseG holds the channel of the generic types that embed it.
type baseG[E any] struct{ events chan E }

func (b *baseG[E]) Events() <-chan E { return b.events }

// EmbedG's Close is the teardown of the channel it embeds.
type EmbedG[E any] struct {
	baseG[E]
	quit chan struct{}
}

func NewEmbedG[E any](e E) *EmbedG[E] {
	g := &EmbedG[E]{baseG: baseG[E]{events: make(chan E)}, quit: make(chan struct{})}
	go func() {
		for {
			select {
			case g.events <- e:
			case <-g.quit:
				return
			}
		}
	}()
	return g
}

func (g *EmbedG[E]) Close() { // want `\(\*EmbedG\[E\]\).Close does not close events, the channel that Events returns`
	select {
	case <-g.quit:
	default:
		close(g.quit)
	}
}

// use instantiates the types, so that instances exist beside origins.
func use() {
	s := NewStream(func() int { return 1 })
	for range s.Out() {
	}
	s.Stop()
	NewClosedStream(func() string { return "" }).Stop()
	NewPair[string](1.5).Close()
	newInternal[int]().Stop()
	Given(make(chan int)).Stop()
	(&Once[int]{done: make(chan struct{})}).Close()
	(&Twice[int]{done: make(chan struct{})}).Close()
	(&Flagged[int]{done: make(chan int)}).Close()
	newQuitter[int]().Stop()
	NewEmbedG(1).Close()
}
