// Package hostC keeps the Network handed to it in a Host that has no
// teardown at all.
package hostC

import "own_host/network"

// Host has no Close, Stop or Shutdown.
type Host struct{ network *network.Network }

// NewHost keeps n in Host.network.
func NewHost(n *network.Network) *Host { return &Host{network: n} }

func (h *Host) Peers() []string { return h.network.Peers() }
