// Package pending_own_stopteardown holds a network handed to a host whose
// teardown is Stop (the host has no Close, so it is no closer itself) and
// whose Stop closes the network. The obligation moves to the host, but
// calling h.Stop() does not discharge it: Stop's receiver is not a
// resource type, so Stop has no FuncFact, and Trace.receiver only knows
// Close (ownMethod) or a fact that says Closes.
package pending_own_stopteardown

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

// describe only reads h; h's type is no resource, so describe has no
// FuncFact and the call counts as keeping h.
func describe(h *hostS.Host) string { h.Run(); return "" }

func leakHostSBorrowed(addr string) string {
	n := network.MustNew(addr) // want `network\.MustNew result n is never closed`
	h := hostS.New(n)
	return describe(h)
}
