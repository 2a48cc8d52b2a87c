package missing

import "net"

type Msg struct{ Body string }

// A node is an inbox that its peers send to from their callers'
// goroutines: a close in Shutdown would make a peer's send panic, so its
// consumer stops on shutdown instead.
type node struct {
	peers    map[string]*node
	inbox    chan Msg
	shutdown chan struct{}
}

func newNode() *node {
	return &node{peers: map[string]*node{}, inbox: make(chan Msg, 16), shutdown: make(chan struct{})}
}

func (n *node) Consumer() <-chan Msg { return n.inbox }

func (n *node) Send(to string, m Msg) { n.deliver(n.peers[to], m) }

func (n *node) Broadcast(m Msg) {
	for _, p := range n.peers {
		n.deliver(p, m)
	}
}

func (n *node) deliver(p *node, m Msg) {
	select {
	case p.inbox <- m:
	case <-n.shutdown:
	}
}

func (n *node) Shutdown() { close(n.shutdown) }

// A server hands its consumer the requests that a goroutine per
// connection sends.
type server struct {
	ln       net.Listener
	requests chan Msg
	done     chan struct{}
}

func newServer(ln net.Listener) *server {
	s := &server{ln: ln, requests: make(chan Msg), done: make(chan struct{})}
	go s.accept()
	return s
}

func (s *server) Requests() <-chan Msg { return s.requests }

func (s *server) accept() {
	for {
		conn, err := s.ln.Accept()
		if err != nil {
			return
		}
		go s.handle(conn)
	}
}

func (s *server) handle(conn net.Conn) {
	defer conn.Close()
	select {
	case s.requests <- Msg{Body: conn.RemoteAddr().String()}:
	case <-s.done:
	}
}

func (s *server) Close() error {
	close(s.done)
	return s.ln.Close()
}

// A mirror has two producers: the first to close would make the other
// panic.
type mirror struct {
	out  chan Msg
	stop chan struct{}
}

func newMirror(a, b <-chan Msg) *mirror {
	m := &mirror{out: make(chan Msg), stop: make(chan struct{})}
	go m.copy(a)
	go m.copy(b)
	return m
}

func (m *mirror) Out() <-chan Msg { return m.out }

func (m *mirror) copy(in <-chan Msg) {
	for {
		select {
		case v := <-in:
			select {
			case m.out <- v:
			case <-m.stop:
				return
			}
		case <-m.stop:
			return
		}
	}
}

func (m *mirror) Stop() { close(m.stop) }

// A poller's one goroutine sends from two places of its loop: it is the
// only sender, and Stop owes its consumers a close.
type poller struct {
	results chan Msg
	quit    chan struct{}
}

func newPoller() *poller {
	p := &poller{results: make(chan Msg), quit: make(chan struct{})}
	go p.loop()
	return p
}

func (p *poller) Results() <-chan Msg { return p.results }

func (p *poller) loop() {
	p.emit(Msg{Body: "start"})
	for {
		select {
		case <-p.quit:
			return
		default:
			p.emit(Msg{Body: "tick"})
		}
	}
}

func (p *poller) emit(m Msg) {
	select {
	case p.results <- m:
	case <-p.quit:
	}
}

func (p *poller) Stop() { // want `\(\*poller\).Stop does not close results, the channel that Results returns: consumers ranging over it block forever`
	close(p.quit)
}

// A tailer's exported Run is its producer, which its user starts once.
type tailer struct {
	lines chan string
	done  chan struct{}
}

func newTailer() *tailer { return &tailer{lines: make(chan string), done: make(chan struct{})} }

func (t *tailer) Lines() <-chan string { return t.lines }

func (t *tailer) Run(src []string) {
	for _, l := range src {
		select {
		case t.lines <- l:
		case <-t.done:
			return
		}
	}
}

func (t *tailer) Close() error { // want `\(\*tailer\).Close does not close lines, the channel that Lines returns: consumers ranging over it block forever`
	close(t.done)
	return nil
}
