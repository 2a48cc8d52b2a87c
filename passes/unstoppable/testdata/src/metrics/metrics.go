// Package metrics is a metrics library whose meters tick in the background.
package metrics

import (
	"sync"
	"sync/atomic"
	"time"
)

// Meter counts events and their rate.
type Meter struct {
	count  atomic.Int64
	rate   atomic.Int64
	ticker *time.Ticker
}

// NewMeter returns a meter whose rate a goroutine updates every second:
// every program and test that makes one leaks that goroutine.
func NewMeter() *Meter {
	m := &Meter{ticker: time.NewTicker(time.Second)}
	go m.tick() // want `^goroutine runs \(\*Meter\).tick, whose loop at line 33 ranges over m.ticker.C forever: nothing can stop it \(add a stop channel or context\)$`
	return m
}

// Mark records n events.
func (m *Meter) Mark(n int64) { m.count.Add(n) }

// Rate returns the events of the last second.
func (m *Meter) Rate() int64 { return m.rate.Load() }

func (m *Meter) tick() {
	var last int64
	for range m.ticker.C {
		now := m.count.Load()
		m.rate.Store(now - last)
		last = now
	}
}

// StoppableMeter is a Meter with a Stop method.
type StoppableMeter struct {
	Meter
	quit chan struct{}
	stop sync.Once
}

// NewStoppableMeter returns a meter whose goroutine Stop ends.
func NewStoppableMeter() *StoppableMeter {
	m := &StoppableMeter{quit: make(chan struct{})}
	m.ticker = time.NewTicker(time.Second)
	go m.run()
	return m
}

func (m *StoppableMeter) run() {
	var last int64
	for {
		select {
		case <-m.ticker.C:
			now := m.count.Load()
			m.rate.Store(now - last)
			last = now
		case <-m.quit:
			m.ticker.Stop()
			return
		}
	}
}

// Stop ends the meter's goroutine.
func (m *StoppableMeter) Stop() {
	m.stop.Do(func() { close(m.quit) })
}

// Tick updates every meter of a registry, forever.
func (r *Registry) Tick() { // want Tick:"never returns: loop at metrics.go:77 ranges over time.Tick\\(time.Second\\) forever"
	for range time.Tick(time.Second) {
		r.mu.Lock()
		for _, m := range r.meters {
			m.rate.Store(m.count.Swap(0))
		}
		r.mu.Unlock()
	}
}

// Registry holds meters.
type Registry struct {
	mu     sync.Mutex
	meters []*Meter
}

// NewRegistry returns a registry that ticks its meters in the background.
func NewRegistry() *Registry {
	r := new(Registry)
	go r.Tick() // want `goroutine runs \(\*Registry\).Tick, whose loop at line 77`
	return r
}
