// Package lazy tests values whose Close releases only what their methods
// acquire after they are made: a transport that holds a pipeline only once
// one is asked for. One that no such method reaches holds nothing.
package lazy

import (
	"os"
	"sync"
)

type pipeline struct{ f *os.File }

func (p *pipeline) Close() error { return p.f.Close() }

// Transport opens its pipelines when they are asked for; its Close closes
// them.
type Transport struct {
	mu        sync.Mutex
	addr      string
	peers     map[string]*Transport
	pipelines []*pipeline
}

func NewTransport(addr string) *Transport {
	return &Transport{addr: addr, peers: make(map[string]*Transport)}
}

// NewLocal makes its transport through another constructor.
func NewLocal() (string, *Transport) {
	t := NewTransport("local")
	return t.addr, t
}

func (t *Transport) Encode(peer string) []byte { return []byte(t.addr + peer) }

func (t *Transport) Pipeline(name string) (*pipeline, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	p := &pipeline{f: f}
	t.mu.Lock()
	t.pipelines = append(t.pipelines, p)
	t.mu.Unlock()
	return p, nil
}

// Warm asks for a pipeline itself.
func (t *Transport) Warm() { t.Pipeline("warm") }

func (t *Transport) Disconnect(i int) {
	t.pipelines[i].Close()
	t.pipelines = t.pipelines[:i]
}

func (t *Transport) Close() error {
	t.disconnectAll()
	return nil
}

func (t *Transport) disconnectAll() {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.peers = make(map[string]*Transport)
	for _, p := range t.pipelines {
		p.Close()
	}
	t.pipelines = nil
}

type encoder interface{ Encode(peer string) []byte }

func encodeAll(peers []string, enc encoder) [][]byte {
	var out [][]byte
	for _, p := range peers {
		out = append(out, enc.Encode(p))
	}
	return out
}

type store struct{ enc encoder }

func (s *store) keep(enc encoder) { s.enc = enc }

// A transport made only to encode peers never opens a pipeline.
func okEncodeOnly(peers []string) [][]byte {
	t := NewTransport("a")
	return encodeAll(peers, t)
}

func okThroughConstructor() []byte {
	_, t := NewLocal()
	return t.Encode("b")
}

// One whose pipeline is asked for holds it until it is closed.
func leakPipelined(name string) error {
	t := NewTransport("a") // want `NewTransport result t is never closed`
	_, err := t.Pipeline(name)
	return err
}

// A method that asks for one itself fills it too.
func leakWarmed() {
	t := NewTransport("a") // want `NewTransport result t is never closed`
	t.Warm()
}

// One handed to what keeps it may be asked for a pipeline there.
func leakKept(s *store) {
	t := NewTransport("a") // want `NewTransport result t is handed to \(\*store\)\.keep`
	s.keep(t)
}

// One made with a pipeline already holds it.
func NewWith(name string) (*Transport, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	return &Transport{pipelines: []*pipeline{{f: f}}}, nil
}

func leakMadeFull(name string) error {
	t, err := NewWith(name) // want `NewWith result t is never closed`
	if err != nil {
		return err
	}
	_ = t.Encode("c")
	return nil
}

// So does one whose maker asks for a pipeline after making it.
func NewWarm() *Transport {
	t := NewTransport("w")
	t.Pipeline("warm")
	return t
}

func leakMadeWarm() []byte {
	t := NewWarm() // want `NewWarm result t is never closed`
	return t.Encode("d")
}

// A variable that holds one of two transports, neither asked for a
// pipeline, holds nothing either.
func okEither(peers []string, local bool) [][]byte {
	var t *Transport
	if local {
		_, t = NewLocal()
	} else {
		t = NewTransport("b")
	}
	return encodeAll(peers, t)
}

func leakEither(name string, local bool) error {
	var t *Transport
	if local {
		_, t = NewLocal() // want `NewLocal result t is never closed`
	} else {
		t = NewTransport("b") // want `NewTransport result t is never closed`
	}
	_, err := t.Pipeline(name)
	return err
}

// A function that fails before it asks its transport for a pipeline has
// nothing to close on that path; once it has asked, it has.
type Node struct{ trans *Transport }

func (n *Node) Close() error { return n.trans.Close() }

func NewNode(dir string) (*Node, error) {
	t := NewTransport(dir)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	return &Node{trans: t}, nil
}

func NewWarmNode(dir string) (*Node, error) {
	t := NewTransport(dir) // want `NewTransport result t is not closed on the path that returns at line 186`
	t.Warm()
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	return &Node{trans: t}, nil
}

// Wrapped promotes the Close of the transport it embeds.
type Wrapped struct{ *Transport }

func NewWrapped() *Wrapped { return &Wrapped{NewTransport("w")} }

func leakWrappedPipelined(name string) error {
	w := NewWrapped() // want `NewWrapped result w is never closed`
	_, err := w.Pipeline(name)
	return err
}
