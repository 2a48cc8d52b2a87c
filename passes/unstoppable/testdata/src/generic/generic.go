// Package generic holds generic code and range-over-func loops.
package generic

import (
	"context"
	"iter"
	"time"
)

// Queue is a generic queue that nothing ever closes.
type Queue[T any] struct {
	items chan T
	last  T
}

func newQueue[T any]() *Queue[T] {
	q := &Queue[T]{items: make(chan T)}
	go q.drain() // want `goroutine runs \(\*Queue\[T\]\).drain, whose loop at line 23 ranges over q.items forever`
	return q
}

func (q *Queue[T]) drain() {
	for v := range q.items {
		q.last = v
	}
}

func useQueue() {
	q := newQueue[int]()
	go q.drain() // want `goroutine runs \(\*Queue\[T\]\).drain`
}

// Closing is a generic queue that Close closes.
type Closing[T any] struct{ items chan T }

func newClosing[T any]() *Closing[T] {
	q := &Closing[T]{items: make(chan T)}
	go q.drain()
	return q
}

func (q *Closing[T]) drain() {
	for range q.items {
	}
}

func (q *Closing[T]) Close() { close(q.items) }

func each[T any](in <-chan T, f func(T)) {
	for v := range in {
		f(v)
	}
}

func forever[T any](v T, f func(T)) {
	for {
		f(v)
	}
}

func startGeneric(in chan string) {
	go each(in, func(string) {})
	go each[int](make(chan int), nil)
	go forever(1, func(int) {})  // want `goroutine runs forever, whose loop at line 56 never exits`
	go forever[string]("x", nil) // want `goroutine runs forever`
}

// Count yields 0, 1, 2, ... until its consumer stops.
func Count() iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func rangeFunc(ctx context.Context) {
	go func() {
		for i := range Count() {
			if i > 10 {
				break
			}
		}
	}()
	go func() {
		for i := range Count() {
			if ctx.Err() != nil {
				return
			}
			_ = i
		}
	}()
	go func() { // want `whose loop at line 99 never exits`
		for i := range Count() {
			_ = i
		}
		for {
			time.Sleep(time.Second)
		}
	}()
	go func() {
		for i := range Count() {
			for {
				_ = i // inside the iterator's yield: not judged
			}
		}
	}()
	go Count()(func(int) bool { return false })
}

// Loop is a generic function of another shape, over a function type.
func Loop[F ~func() bool](f F) {
	for f() {
	}
}

func startLoop() {
	go Loop(func() bool { return true })
}
