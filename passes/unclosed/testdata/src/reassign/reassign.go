// Package reassign tests a deferred closure that closes a captured
// variable: it closes whatever the variable holds when it runs, so a
// resource the variable held before a reassignment is lost.
package reassign

import "os"

func leakReassignedCapturedVar(a, b string) error {
	f, err := os.Open(a) // want `os\.Open result f is not closed before its variable is assigned again at line 15`
	if err != nil {
		return err
	}
	defer func() { f.Close() }()
	if st, _ := f.Stat(); st != nil && st.Size() == 0 {
		f, err = os.Open(b)
		if err != nil {
			return err
		}
	}
	_, err = f.Stat()
	return err
}

// the first file closed before the variable is reused.
func okReassignedCapturedVar(a, b string) error {
	f, err := os.Open(a)
	if err != nil {
		return err
	}
	defer func() { f.Close() }()
	if st, _ := f.Stat(); st != nil && st.Size() == 0 {
		f.Close()
		f, err = os.Open(b)
		if err != nil {
			f = nil
			return err
		}
	}
	_, err = f.Stat()
	return err
}
