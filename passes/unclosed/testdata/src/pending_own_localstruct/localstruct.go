// Package pending_own_localstruct holds resources stored into a struct
// made in the function and passed to a function that does not take them
// over. The store into the local struct's field counts as giving the
// resource away (Trace.use: Store → Gives), and the callee's parameter is
// a struct, which tracksParam leaves out, so no fact says what it does
// with the resource inside. Compare pending_localstore.
package pending_own_localstruct

import (
	"os"

	"own_host/hostB"
	"own_host/network"
)

// pair is a local holder.
type pair struct {
	f    *os.File
	name string
}

// describe only reads the pair.
func describe(p *pair) string { return p.f.Name() + p.name }

func leakLocalStructBorrowed(name string) string {
	f, err := os.Open(name) // want `os\.Open result f is never closed`
	if err != nil {
		return ""
	}
	return describe(&pair{f: f, name: name})
}

// the file closed after the reading helper.
func okLocalStructBorrowedThenClosed(name string) string {
	f, err := os.Open(name)
	if err != nil {
		return ""
	}
	defer f.Close()
	return describe(&pair{f: f, name: name})
}

// hostB keeps cfg.Network in Host.network, and its Close never closes it.
func leakConfigToNonClosingHost(addr string) ([]string, error) {
	n, err := network.New(addr) // want `network\.New result n is handed to hostB\.NewFromConfig, which keeps it in Host\.network, but \(\*Host\)\.Close never closes that field`
	if err != nil {
		return nil, err
	}
	h := hostB.NewFromConfig(&hostB.Config{Network: n, Name: "b"})
	defer h.Close()
	return h.Peers(), nil
}
