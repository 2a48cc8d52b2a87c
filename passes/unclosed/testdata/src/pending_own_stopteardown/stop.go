// Package pending_own_stopteardown holds a network handed to a host whose
// teardown is Stop, and the host then passed to a function that only reads
// it: the host's type is no resource, so that function has no fact for
// it, and the call counts as keeping the host.
package pending_own_stopteardown

import (
	"own_host/hostS"
	"own_host/network"
)

// describe only reads h; h's type is no resource, so describe has no
// FuncFact and the call counts as keeping h.
func describe(h *hostS.Host) string { h.Run(); return "" }

func leakHostSBorrowed(addr string) string {
	n := network.MustNew(addr) // want `network\.MustNew result n is never closed`
	h := hostS.New(n)
	return describe(h)
}
