// Package hostA is owner version A: a Host takes the Network handed to its
// constructor and its Close closes it.
package hostA

import "own_host/network"

// Host owns its network.
type Host struct {
	network *network.Network
	id      string
}

// NewHost keeps n in Host.network.
func NewHost(n *network.Network, id string) *Host {
	return &Host{network: n, id: id}
}

// NewHostErr keeps n, and returns an error too.
func NewHostErr(n *network.Network, id string) (*Host, error) {
	if id == "" {
		return nil, nil
	}
	return &Host{network: n, id: id}, nil
}

func (h *Host) ID() string { return h.id }

// Close closes the network.
func (h *Host) Close() error { return h.network.Close() }

// Config carries the network to NewFromConfig.
type Config struct {
	Network *network.Network
	ID      string
}

// NewFromConfig keeps cfg.Network in Host.network.
func NewFromConfig(cfg Config) *Host {
	return &Host{network: cfg.Network, id: cfg.ID}
}
