package missing

// A stream hands its reply channel to the session's loop in a request,
// whose exported field no other package can reach: its one receiver is
// the stream itself, in a select.
type request struct {
	Reply chan error
}

type session struct {
	queue chan *request
	quit  chan struct{}
}

func (s *session) loop() {
	for {
		select {
		case r := <-s.queue:
			r.Reply <- nil
		case <-s.quit:
			return
		}
	}
}

type stream struct {
	sess  *session
	reply chan error
}

func newStream(s *session) *stream {
	return &stream{sess: s, reply: make(chan error, 1)}
}

func (st *stream) Write() error {
	st.sess.queue <- &request{Reply: st.reply}
	select {
	case err := <-st.reply:
		return err
	case <-st.sess.quit:
		return nil
	}
}

func (st *stream) Close() {}

// An unexported type that an exported function hands out, and one
// embedded in an exported type, show their exported fields to other
// packages.
type ticker struct {
	C    chan Event
	quit chan struct{}
}

func NewTicker() *ticker {
	t := &ticker{C: make(chan Event), quit: make(chan struct{})}
	go t.run()
	return t
}

func (t *ticker) run() {
	for {
		select {
		case t.C <- Event{}:
		case <-t.quit:
			return
		}
	}
}

func (t *ticker) Stop() { close(t.quit) } // want `\(\*ticker\).Stop does not close C, an exported channel field`

type source struct {
	Out  chan Event
	quit chan struct{}
}

// Source embeds source, whose Out it promotes.
type Source struct {
	*source
	name string
}

func NewSource(name string) *Source {
	s := &Source{source: &source{Out: make(chan Event), quit: make(chan struct{})}, name: name}
	go func() {
		for {
			select {
			case s.Out <- Event{}:
			case <-s.quit:
				return
			}
		}
	}()
	return s
}

func (s *source) Stop() { close(s.quit) } // want `\(\*source\).Stop does not close Out, an exported channel field`
