// Package pool runs work on pools of workers.
package pool

import "sync"

type Job func()

// Run runs jobs on n workers: the dispatcher closes the jobs channel when
// they are all sent, which ends the workers.
func Run(n int, jobs []Job) {
	ch := make(chan Job)
	var wg sync.WaitGroup
	for range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range ch {
				j()
			}
		}()
	}
	go func() {
		defer close(ch)
		for _, j := range jobs {
			ch <- j
		}
	}()
	wg.Wait()
}

// Pool is a long-lived pool with a Close method that closes its queue.
type Pool struct {
	queue chan Job
	wg    sync.WaitGroup
}

// New returns a pool of n workers.
func New(n int) *Pool {
	p := &Pool{queue: make(chan Job, n)}
	for range n {
		p.wg.Add(1)
		go p.worker()
	}
	return p
}

func (p *Pool) worker() {
	defer p.wg.Done()
	for j := range p.queue {
		j()
	}
}

// Submit queues a job.
func (p *Pool) Submit(j Job) { p.queue <- j }

// Close stops the workers once the queue is drained.
func (p *Pool) Close() {
	close(p.queue)
	p.wg.Wait()
}

// leakyPool has no Close: its workers wait for jobs forever.
type leakyPool struct{ queue chan Job }

func newLeakyPool(n int) *leakyPool {
	p := &leakyPool{queue: make(chan Job)}
	for range n {
		go p.work() // want `goroutine runs \(\*leakyPool\).work, whose loop at line 75 ranges over p.queue forever`
	}
	return p
}

func (p *leakyPool) work() {
	for j := range p.queue {
		j()
	}
}

func (p *leakyPool) submit(j Job) { p.queue <- j }

// worker receives its queue as a parameter: whoever owns it closes it.
func worker(queue <-chan Job, done chan<- struct{}) {
	for j := range queue {
		j()
	}
	done <- struct{}{}
}

// Fan starts workers over a queue that it closes.
func Fan(jobs []Job) {
	q := make(chan Job)
	done := make(chan struct{})
	for range 4 {
		go worker(q, done)
	}
	for _, j := range jobs {
		q <- j
	}
	close(q)
	for range 4 {
		<-done
	}
}
