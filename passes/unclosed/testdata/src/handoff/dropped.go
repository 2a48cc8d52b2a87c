package handoff

import "net"

// peer has no teardown: the package closes its conn when its read loop
// ends.
type peer struct{ nc net.Conn }

func startPeer(nc net.Conn) *peer {
	p := &peer{nc: nc}
	go p.readLoop()
	return p
}

func (p *peer) readLoop() {
	buf := make([]byte, 512)
	for {
		if _, err := p.nc.Read(buf); err != nil {
			p.closeConnection()
			return
		}
	}
}

func (p *peer) closeConnection() { p.nc.Close() }

// The peer the call returns is dropped: it lives on in its read loop,
// which closes the conn.
func okPeerStarted(addr string) error {
	nc, err := net.Dial("tcp", addr)
	if err != nil {
		return err
	}
	startPeer(nc)
	return nil
}

// idler keeps the conn and nothing in the package ever closes it.
type idler struct{ nc net.Conn }

func startIdler(nc net.Conn) *idler { return &idler{nc: nc} }

func leakIdlerDropped(addr string) error {
	nc, err := net.Dial("tcp", addr) // want `net\.Dial result nc is handed to startIdler, which keeps it in idler\.nc, but idler has no Close, Stop or Shutdown method`
	if err != nil {
		return err
	}
	startIdler(nc)
	return nil
}
