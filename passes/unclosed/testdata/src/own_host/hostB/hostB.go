// Package hostB is owner version B: a Host keeps the Network handed to its
// constructor, but its Close does not close it.
package hostB

import "own_host/network"

// Host keeps its network and never closes it.
type Host struct {
	network *network.Network
	closed  bool
}

// NewHost keeps n in Host.network.
func NewHost(n *network.Network) *Host { return &Host{network: n} }

// NewDefault makes its own network and keeps it.
func NewDefault(addr string) *Host {
	return &Host{network: network.MustNew(addr)} // want `network\.MustNew result is stored in Host\.network, but \(\*Host\)\.Close never closes it`
}

// SetNetwork replaces the network.
func (h *Host) SetNetwork(n *network.Network) { h.network = n }

func (h *Host) Peers() []string { return h.network.Peers() }

// Close marks the host closed and leaves the network open.
func (h *Host) Close() error {
	h.closed = true
	return nil
}

// Config carries the network to NewFromConfig.
type Config struct {
	Network *network.Network
	Name    string
}

// NewFromConfig keeps cfg.Network in Host.network.
func NewFromConfig(cfg *Config) *Host { return &Host{network: cfg.Network} }
