package handoff

import "os"

// conduit is what a child balancer knows of its parent.
type conduit interface{ Update(state int) }

type parentBalancer struct {
	f     *os.File
	child *childBalancer
}

func (p *parentBalancer) Update(state int) {}

// Close forgets the child.
func (p *parentBalancer) Close() error { return p.f.Close() }

type childBalancer struct {
	cc   conduit
	done chan struct{}
}

func newChildBalancer(cc conduit) *childBalancer {
	c := &childBalancer{cc: cc, done: make(chan struct{})}
	go c.run()
	return c
}

func (c *childBalancer) run() { <-c.done }

// attach hands the parent on: the package releases the field that holds
// it.
func (c *childBalancer) attach(sinks chan<- conduit) { sinks <- c.cc }

func (c *childBalancer) Close() error {
	close(c.done)
	return nil
}

// The child is made with its parent as its conduit, not around it:
// handing the parent on does not release the child.
func buildParent(f *os.File) *parentBalancer {
	p := &parentBalancer{f: f}
	p.child = newChildBalancer(p) // want `newChildBalancer result is stored in parentBalancer\.child, but \(\*parentBalancer\)\.Close never closes it`
	return p
}
