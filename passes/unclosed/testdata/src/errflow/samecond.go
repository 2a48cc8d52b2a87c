package errflow

import "os"

func purge(dir string) error { return nil }

// The lock is taken and released under the same flag, which does not
// change in between: no path takes it and skips the release.
func okLockedUnderFlag(dir string, lock bool) error {
	var l *os.File
	if lock {
		var err error
		l, err = os.Open(dir)
		if err != nil {
			return err
		}
	}
	if err := purge(dir); err != nil {
		if lock {
			l.Close()
		}
		return err
	}
	if lock {
		l.Close()
	}
	return nil
}

// The same, with the comparison written twice, once negated.
func okOpenedUnderName(name string) error {
	var f *os.File
	if name != "" {
		var err error
		f, err = os.Open(name)
		if err != nil {
			return err
		}
	}
	if name == "" {
		return nil
	}
	return f.Close()
}

func leakLockedUnderOtherFlag(dir string, lock, verbose bool) error {
	var l *os.File
	if lock {
		var err error
		l, err = os.Open(dir) // want `os\.Open result l is not closed on the path that returns at line 58`
		if err != nil {
			return err
		}
	}
	if verbose {
		l.Close()
	}
	return nil
}

// The flag is read again in each iteration: the one that closes is not
// the one that opened.
func leakFlagPerIteration(dirs []string, locks []bool) {
	var l *os.File
	for i, dir := range dirs {
		lock := locks[i]
		if lock {
			l, _ = os.Open(dir) // want `os\.Open result l is not closed on the path that returns at line 74`
		}
		if lock && i > 0 {
			l.Close()
		}
	}
}

// A goroutine reads the flag it captures in each iteration; nothing
// assigns it after the call starts.
func okPurgeLoop(dirs []string, lock bool, errc chan<- error) {
	go func() {
		for _, dir := range dirs {
			var l *os.File
			if lock {
				var err error
				l, err = os.Open(dir)
				if err != nil {
					break
				}
			}
			if err := purge(dir); err != nil {
				if lock {
					l.Close()
				}
				errc <- err
				return
			}
			if lock {
				l.Close()
			}
		}
	}()
}

// Here the goroutine itself turns the flag off between the two checks.
func leakPurgeLoopFlagChanged(dirs []string, lock bool) {
	go func() {
		for _, dir := range dirs {
			var l *os.File
			if lock {
				l, _ = os.Open(dir) // want `os\.Open result l is not closed`
			}
			if purge(dir) != nil {
				lock = false
			}
			if lock {
				l.Close()
			}
		}
	}()
}

type block struct{ fd *os.File }

// The file is closed where the flag that says it was opened here is set.
func (b *block) okSyncOwnedFlag(name string) error {
	fd, didOpen := b.fd, false
	if fd == nil {
		var err error
		fd, err = os.Open(name)
		if err != nil {
			return err
		}
		didOpen = true
	}
	if err := fd.Sync(); err != nil {
		if didOpen {
			fd.Close()
		}
		return err
	}
	if didOpen {
		return fd.Close()
	}
	return nil
}

// Here the flag is also set where the file is borrowed.
func (b *block) leakSyncFlagAlwaysSet(name string) error {
	fd, didOpen := b.fd, true
	if fd == nil {
		var err error
		fd, err = os.Open(name) // want `os\.Open result fd is not closed on the path that returns at line 160`
		if err != nil {
			return err
		}
		didOpen = false
	}
	if didOpen {
		fd.Close()
	}
	return nil
}
