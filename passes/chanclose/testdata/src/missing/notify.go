package missing

// A queue wakes whoever waits for space with a send that gives up when no
// one is ready: the channel carries wake-ups, not values, and Push may
// run after Close, where a closed channel would make it panic.
type Queue struct {
	items     []Event
	available chan struct{}
}

func NewQueue() *Queue { return &Queue{available: make(chan struct{}, 1)} }

func (q *Queue) Available() <-chan struct{} { return q.available }

func (q *Queue) Pop() Event {
	e := q.items[0]
	q.items = q.items[1:]
	select {
	case q.available <- struct{}{}:
	default:
	}
	return e
}

func (q *Queue) Close() { q.items = nil }

// A watcher whose goroutine drops what a slow consumer is not ready for
// still feeds its consumers, and its Stop still owes them a close.
type DroppingWatcher struct {
	updates chan Event
	quit    chan struct{}
}

func NewDroppingWatcher(src <-chan Event) *DroppingWatcher {
	w := &DroppingWatcher{updates: make(chan Event, 1), quit: make(chan struct{})}
	go func() {
		for {
			select {
			case e := <-src:
				select {
				case w.updates <- e:
				default:
				}
			case <-w.quit:
				return
			}
		}
	}()
	return w
}

func (w *DroppingWatcher) Updates() <-chan Event { return w.updates }

func (w *DroppingWatcher) Stop() { close(w.quit) } // want `\(\*DroppingWatcher\).Stop does not close updates, the channel that Updates returns`
