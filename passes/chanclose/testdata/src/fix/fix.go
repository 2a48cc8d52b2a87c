// Package fix tests the suggested close of a channel a teardown leaves open.
package fix

type watcher struct {
	updates chan int
	done    chan struct{}
}

func newWatcher() *watcher {
	w := &watcher{updates: make(chan int), done: make(chan struct{})}
	go func() {
		for i := 0; ; i++ {
			select {
			case w.updates <- i:
			case <-w.done:
				return
			}
		}
	}()
	return w
}

func (w *watcher) Updates() <-chan int { return w.updates }

func (w *watcher) Stop() { // want `\(\*watcher\)\.Stop does not close updates`
	select {
	case <-w.done:
	default:
		close(w.done)
	}
}

type idle struct{ events chan int }

func newIdle() *idle {
	i := &idle{events: make(chan int, 1)}
	i.events <- 1
	return i
}

func (i *idle) Events() <-chan int { return i.events }

func (i *idle) Close() {} // want `\(\*idle\)\.Close does not close events`

// A ticker's one goroutine, a method, sends: it is the one to close.
type ticker struct {
	ticks chan int
	quit  chan struct{}
}

func newTicker() *ticker {
	t := &ticker{ticks: make(chan int), quit: make(chan struct{})}
	go t.run()
	return t
}

func (t *ticker) Ticks() <-chan int { return t.ticks }

func (t *ticker) run() {
	for i := 0; ; i++ {
		select {
		case t.ticks <- i:
		case <-t.quit:
			return
		}
	}
}

func (t *ticker) Stop() { // want `\(\*ticker\)\.Stop does not close ticks`
	close(t.quit)
}

