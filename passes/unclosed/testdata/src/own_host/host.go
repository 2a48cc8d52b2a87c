// Package own_host builds hosts around networks that it makes and hands
// to the hosts' constructors in other packages: whether the caller must
// close the network itself depends on whether the host's teardown does.
package own_host

import (
	"own_host/hostA"
	"own_host/hostB"
	"own_host/hostC"
	"own_host/hostS"
	"own_host/network"
)

// --- A: the host closes the network

// the network closed through the host that owns it.
func okHostA(addr string) error {
	n, err := network.New(addr)
	if err != nil {
		return err
	}
	h := hostA.NewHost(n, "a")
	defer h.Close()
	return n.Dial("peer")
}

// the host, and the network inside it, returned to the caller.
func okHostAReturned(addr string) (*hostA.Host, error) {
	n, err := network.New(addr)
	if err != nil {
		return nil, err
	}
	return hostA.NewHostErr(n, "a")
}

func leakHostAItself(addr string) (string, error) {
	n, err := network.New(addr)
	if err != nil {
		return "", err
	}
	h := hostA.NewHost(n, "a") // want `hostA\.NewHost result h is never closed`
	return h.ID(), nil
}

// --- B: the host keeps the network and never closes it

func leakHostB(addr string) ([]string, error) {
	n, err := network.New(addr) // want `network\.New result n is handed to hostB\.NewHost, which keeps it in Host\.network, but \(\*Host\)\.Close never closes that field`
	if err != nil {
		return nil, err
	}
	h := hostB.NewHost(n)
	defer h.Close()
	return h.Peers(), nil
}

// the caller closes the network that hostB only borrows.
func okHostBCallerCloses(addr string) ([]string, error) {
	n, err := network.New(addr)
	if err != nil {
		return nil, err
	}
	defer n.Close()
	h := hostB.NewHost(n)
	defer h.Close()
	return h.Peers(), nil
}

func leakHostBSetter(h *hostB.Host, addr string) {
	n := network.MustNew(addr) // want `network\.MustNew result n is handed to \(\*Host\)\.SetNetwork, which keeps it in Host\.network, but \(\*Host\)\.Close never closes that field`
	h.SetNetwork(n)
}

// --- C: the host has no teardown

func leakHostC(addr string) []string {
	n := network.MustNew(addr) // want `network\.MustNew result n is handed to hostC\.NewHost, which keeps it in Host\.network, but Host has no Close, Stop or Shutdown method`
	h := hostC.NewHost(n)
	return h.Peers()
}

// a host without teardown, and the caller closes the network.
func okHostCCallerCloses(addr string) []string {
	n := network.MustNew(addr)
	defer n.Close()
	return hostC.NewHost(n).Peers()
}

// --- S: the host's Stop closes the network; the host is no closer

// the host, and the network inside it, returned.
func okHostSReturned(addr string) *hostS.Host {
	n := network.MustNew(addr)
	return hostS.New(n)
}

// the host stored in a global, with the network inside it.
func okHostSStored(addr string) {
	current = hostS.New(network.MustNew(addr))
}

var current *hostS.Host

func leakHostSDropped(addr string) {
	n := network.MustNew(addr) // want `network\.MustNew result n is never closed`
	h := hostS.New(n)
	h.Run()
}

// --- through a builder of this package

// buildA hands n on to hostA, whose Close closes it.
func buildA(n *network.Network) *hostA.Host { return hostA.NewHost(n, "built") }

// buildB hands n on to hostB, whose Close does not close it.
func buildB(n *network.Network) *hostB.Host { return hostB.NewHost(n) }

// the network closed through the hostA that a builder made.
func okBuildA(addr string) error {
	n := network.MustNew(addr)
	h := buildA(n)
	return h.Close()
}

func leakBuildB(addr string) error {
	n := network.MustNew(addr) // want `network\.MustNew result n is handed to buildB, which keeps it in Host\.network, but \(\*Host\)\.Close never closes that field`
	h := buildB(n)
	return h.Close()
}

// the network that a hostB built by a builder cannot close, closed.
func okBuildBCallerCloses(addr string) error {
	n := network.MustNew(addr)
	defer n.Close()
	h := buildB(n)
	return h.Close()
}

// App keeps a hostA; its Close closes it.
type App struct{ host *hostA.Host }

func (a *App) Close() error { return a.host.Close() }

// the hostA, and its network, kept by a type whose Close closes it.
func NewApp(addr string) *App {
	n := network.MustNew(addr)
	return &App{host: hostA.NewHost(n, "app")}
}
