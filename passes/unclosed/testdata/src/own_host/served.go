package own_host

import (
	"own_host/hostP"
	"own_host/network"
)

// --- P: the host hands the network to the server beside it

func newServed(n *network.Network, s hostP.Server) *hostP.Host {
	h := &hostP.Host{Network: n, S: s}
	h.Start()
	return h
}

// the server that took the network over is stopped through the host's
// field.
func okServedServerStopped(addr string, s hostP.Server) error {
	n, err := network.New(addr)
	if err != nil {
		return err
	}
	h := newServed(n, s)
	defer h.S.Stop()
	return nil
}

// the host's own teardown stops the server.
func okServedHostStopped(addr string, s hostP.Server) error {
	n, err := network.New(addr)
	if err != nil {
		return err
	}
	h := newServed(n, s)
	defer h.Stop()
	return nil
}

func leakServedNeverStopped(addr string, s hostP.Server) error {
	n, err := network.New(addr) // want `network\.New result n is never closed`
	if err != nil {
		return err
	}
	newServed(n, s)
	return nil
}

// Aux never gets the network: stopping it leaves the network served.
func leakServedOtherStopped(addr string, s, aux hostP.Server) error {
	n, err := network.New(addr) // want `network\.New result n is never closed`
	if err != nil {
		return err
	}
	h := newServed(n, s)
	h.Aux = aux
	defer h.Aux.Stop()
	return nil
}

// Stats only reads the network: stopping it leaves the network served.
func leakServedStatsStopped(addr string, s hostP.Server) error {
	n, err := network.New(addr) // want `network\.New result n is never closed`
	if err != nil {
		return err
	}
	h := newServed(n, s)
	h.Stats = &hostP.Stats{}
	defer h.Stats.Stop()
	return nil
}
