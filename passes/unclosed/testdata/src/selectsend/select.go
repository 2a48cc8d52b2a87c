// Package selectsend tests a resource sent in one case of a select: the
// other cases still own it.
package selectsend

import (
	"context"
	"os"
)

func leakSelectTimeout(ctx context.Context, ch chan<- *os.File, name string) error {
	f, err := os.Open(name) // want `os\.Open result f is not closed on the path that returns at line 19`
	if err != nil {
		return err
	}
	select {
	case ch <- f:
		return nil
	case <-ctx.Done():
		return ctx.Err() // leaking return
	}
}

// sent in a select, closed in the case where it is not sent.
func okSelectSend(ctx context.Context, ch chan<- *os.File, name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	select {
	case ch <- f:
		return nil
	case <-ctx.Done():
		f.Close()
		return ctx.Err()
	}
}

// A producer that hands each file it opens to whoever asks, or closes it
// when told to stop: the send's case is empty, so its block is the loop's.
type pipeline struct {
	files chan *os.File
	done  chan struct{}
}

func (p *pipeline) run(name string) {
	for {
		f, err := os.Create(name)
		if err != nil {
			return
		}
		select {
		case p.files <- f:
		case <-p.done:
			f.Close()
			return
		}
	}
}

// The same producer that drops the file it could not hand over.
func (p *pipeline) leakRun(name string) {
	for {
		f, err := os.Create(name) // want `os\.Create result f is not closed on the path that returns at line 70`
		if err != nil {
			return
		}
		select {
		case p.files <- f:
		case <-p.done:
			return
		}
	}
}
