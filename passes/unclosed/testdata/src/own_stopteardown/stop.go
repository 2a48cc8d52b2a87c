// Package own_stopteardown tests a network handed to a host whose teardown
// is Stop (the host has no Close, so it is no closer itself) and whose Stop
// closes the network: the obligation moves to the host, and h.Stop()
// discharges it.
package own_stopteardown

import (
	"own_host/hostS"
	"own_host/network"
)

// Stop of the host closes the network.
func okHostSStopped(addr string) {
	n := network.MustNew(addr)
	h := hostS.New(n)
	defer h.Stop()
	h.Run()
}

// Stop of the host called on every path.
func okHostSStoppedPlain(addr string) {
	n := network.MustNew(addr)
	h := hostS.New(n)
	h.Run()
	h.Stop()
}
