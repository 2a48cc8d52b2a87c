package errflow

import (
	"errors"
	"os"
)

// The retry loop's condition is the constant true: it is left only by
// the returns inside, so the path that leaks is the one that breaks out of
// the inner loop and goes around again, not one that leaves the loop.
func leakRetryForever(name string, errs chan<- error) {
	for attempt := 0; true; attempt++ {
		if attempt != 0 {
			errs <- nil
		}
		f, err := os.Open(name) // want `os\.Open result f is not closed before the next iteration of the loop`
		if err != nil {
			continue
		}
	read:
		for {
			_, err := f.Stat()
			switch {
			case err == nil:
				f.Close()
				return
			case errors.Is(err, os.ErrDeadlineExceeded):
				errs <- err
				break read
			default:
				f.Close()
				return
			}
		}
	}
}

// The loop that the file is served in is left only by the return that
// closes it: the return after it cannot be reached.
func okServedUntilDone(name string, next func() bool) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	for true {
		if !next() {
			return f.Close()
		}
	}
	return nil
}

func leakServedLoopLeft(name string, next func() bool) error {
	f, err := os.Open(name) // want `os\.Open result f is never closed`
	if err != nil {
		return err
	}
	for next() {
		f.Sync()
	}
	return nil
}
