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
