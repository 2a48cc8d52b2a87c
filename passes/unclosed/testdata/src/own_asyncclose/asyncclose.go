// Package own_asyncclose tests AsyncClose, a close that starts the
// shutdown and returns before it ends (sarama's producers and consumers):
// it releases what it is called on, directly, from a keeper's Close, or
// from a goroutine that waits for a signal.
package own_asyncclose

import "os"

type Producer struct {
	in   chan string
	done chan struct{}
}

func NewProducer() (*Producer, error) {
	p := &Producer{in: make(chan string), done: make(chan struct{})}
	go p.run()
	return p, nil
}

func (p *Producer) run() {
	for range p.in {
	}
	close(p.done)
}

func (p *Producer) Input() chan<- string { return p.in }

// AsyncClose starts the shutdown; done is closed once it ends.
func (p *Producer) AsyncClose() { close(p.in) }

func (p *Producer) Close() error {
	p.AsyncClose()
	<-p.done
	return nil
}

func (p *Producer) Flush() {}

// syncProducer keeps a Producer, and its Close shuts it down.
type syncProducer struct{ producer *Producer }

func newSyncProducer(p *Producer) *syncProducer { return &syncProducer{producer: p} }

func (sp *syncProducer) Close() error {
	sp.producer.AsyncClose()
	return nil
}

func NewSyncProducer() (*syncProducer, error) {
	p, err := NewProducer()
	if err != nil {
		return nil, err
	}
	return newSyncProducer(p), nil
}

// flushingProducer keeps one too, but its Close only flushes it.
type flushingProducer struct{ producer *Producer }

func newFlushingProducer(p *Producer) *flushingProducer { return &flushingProducer{producer: p} }

func (fp *flushingProducer) Close() error {
	fp.producer.Flush()
	return nil
}

func NewFlushingProducer() (*flushingProducer, error) {
	p, err := NewProducer() // want `NewProducer result p is handed to newFlushingProducer, which keeps it in flushingProducer\.producer, but \(\*flushingProducer\)\.Close never closes that field`
	if err != nil {
		return nil, err
	}
	return newFlushingProducer(p), nil
}

// The producer is shut down by a goroutine that waits for a signal.
func okClosedOnSignal(sig <-chan os.Signal, lines []string) {
	p, err := NewProducer()
	if err != nil {
		return
	}
	go func() {
		<-sig
		p.AsyncClose()
	}()
	for _, l := range lines {
		p.Input() <- l
	}
}

func leakNeverClosed(lines []string) {
	p, err := NewProducer() // want `NewProducer result p is never closed`
	if err != nil {
		return
	}
	for _, l := range lines {
		p.Input() <- l
	}
}
