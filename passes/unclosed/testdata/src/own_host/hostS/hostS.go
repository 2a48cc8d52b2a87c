// Package hostS keeps the Network handed to it in a Host whose teardown is
// Stop, not Close: the Host is no closer, but Stop closes the network.
package hostS

import "own_host/network"

// Host closes its network in Stop.
type Host struct {
	network *network.Network
	quit    chan struct{}
}

// New keeps n in Host.network.
func New(n *network.Network) *Host {
	return &Host{network: n, quit: make(chan struct{})}
}

func (h *Host) Run() {}

// Stop stops the host and closes its network.
func (h *Host) Stop() {
	close(h.quit)
	h.network.Close()
}
