// Package hostP serves a Network handed to it through a Server it keeps
// beside it, as a test's stub server serves a listener through its gRPC
// server. Its own Stop runs what Start registered; stopping the Server
// directly also releases the network, which Serve took over.
package hostP

import "own_host/network"

// A Server takes over the network it serves, and closes it in Stop.
type Server interface {
	Serve(n *network.Network) error
	Stop()
}

// Host serves Network through S. Aux is never handed the network, and
// Stats only looks at it.
type Host struct {
	Network  *network.Network
	S        Server
	Aux      Server
	Stats    *Stats
	cleanups []func()
}

// Stats counts the peers of the networks it is shown.
type Stats struct{ peers int }

// Note reads n and keeps nothing of it.
func (s *Stats) Note(n *network.Network) { s.peers += len(n.Peers()) }

// Stop stops counting.
func (s *Stats) Stop() { s.peers = 0 }

// setup returns the network to serve: the one handed in, or its own.
func (h *Host) setup() *network.Network {
	n := h.Network
	if n == nil {
		n = network.MustNew("default")
	}
	h.cleanups = append(h.cleanups, h.S.Stop)
	return n
}

// Start serves the network through S, which owns it from then on.
func (h *Host) Start() {
	n := h.setup()
	if h.Stats != nil {
		h.Stats.Note(n)
	}
	go h.S.Serve(n)
}

// Stop runs the cleanups that Start registered.
func (h *Host) Stop() {
	for i := len(h.cleanups) - 1; i >= 0; i-- {
		h.cleanups[i]()
	}
	h.cleanups = nil
}
