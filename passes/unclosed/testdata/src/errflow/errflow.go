// Package errflow tests the error checks that prune paths: only a check of
// the resource's own error does, not of a variable that may by then hold
// another error.
package errflow

import (
	"errflow/mem"
	"errors"
	"log"
	"os"
)

func validate(name string) error {
	if name == "" {
		return errors.New("empty")
	}
	return nil
}

// The error checked is a Phi of the open's error and validate's error:
// when the open succeeds and validate fails, f leaks. Trace.traceErr
// follows the Phi, so the whole `if err != nil` branch is pruned.
func leakErrPhiReassigned(name string) error {
	f, err := os.Open(name) // want `os\.Open result f is not closed on the path that returns at line 29`
	if err == nil {
		err = validate(name)
	}
	if err != nil {
		return err // leaking return
	}
	return f.Close()
}

// close when the open succeeded but the later check failed.
func okErrPhiReassigned(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	if err := validate(name); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// The named result err lives in a cell because a deferred closure reads
// it; Trace.traceErr counts every load of the cell as the open's error,
// so the later `if err != nil` after Sync is pruned too.
func leakNamedErrCell(name string) (err error) {
	defer func() {
		if err != nil {
			log.Printf("write %s: %v", name, err)
		}
	}()
	f, err := os.Create(name) // want `os\.Create result f is not closed on the path that returns at line 61`
	if err != nil {
		return err
	}
	if _, err = f.WriteString("x"); err != nil {
		return err // leaking return
	}
	return f.Close()
}

// the same with a close on the write error.
func okNamedErrCell(name string) (err error) {
	defer func() {
		if err != nil {
			log.Printf("write %s: %v", name, err)
		}
	}()
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if _, err = f.WriteString("x"); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func dialOnce(addr string) (*os.File, error) { return os.Open(addr) }

func selfConnected(f *os.File, err error) bool { return err == nil && f.Name() == "" }

// a retry loop reassigns the resource and its error together: after the
// loop, err is the error of whichever call made f.
func okRetryLoop(addr string) (*os.File, error) {
	f, err := dialOnce(addr)
	for i := 0; i < 2 && selfConnected(f, err); i++ {
		if err == nil {
			f.Close()
		}
		f, err = dialOnce(addr)
	}
	if err != nil {
		return nil, err
	}
	return f, nil
}

// the error is merged in a loop with an error from elsewhere, and checked
// in the block that merges them.
func okMergedInLoop(names []string) error {
	for _, name := range names {
		var f *os.File
		var err error
		if name != "" {
			f, err = os.Open(name)
		} else {
			err = errors.New("empty")
		}
		if err != nil {
			return err
		}
		f.Close()
	}
	return nil
}

// a type switch on the error: its non-nil cases return before the close.
func okTypeSwitch(name string) error {
	f, err := os.Open(name)
	switch err := err.(type) {
	case nil:
	case *os.PathError:
		return err.Err
	default:
		return err
	}
	defer f.Close()
	_, err = f.Stat()
	return err
}

// the nil case returns without closing.
func leakTypeSwitchNilCase(name string) error {
	f, err := os.Open(name) // want `os\.Open result f is not closed on the path that returns at line 143`
	switch err.(type) {
	case nil:
		return nil
	case *os.PathError:
		return err
	}
	return f.Close()
}

// A check of an error that is nil on every path decides nothing: its
// return cannot happen.
func okNeverFails(name string) (*mem.Store, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := mem.NewStore(10)
	if err != nil {
		return nil, err
	}
	if err := mem.Add(s, name); err != nil {
		return nil, err
	}
	return s, nil
}

func leakMayFail(name string) (*os.File, error) {
	f, err := os.Open(name) // want `os\.Open result f is not closed on the path that returns at line \d+`
	if err != nil {
		return nil, err
	}
	if _, err := mem.NewChecked(10); err != nil {
		return nil, err
	}
	return f, nil
}

func leakDeferSetsError(name string) (*os.File, error) {
	f, err := os.Open(name) // want `os\.Open result f is not closed on the path that returns at line \d+`
	if err != nil {
		return nil, err
	}
	if err := mem.Sync(f); err != nil {
		return nil, err
	}
	return f, nil
}
