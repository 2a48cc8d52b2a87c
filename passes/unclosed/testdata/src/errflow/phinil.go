package errflow

import (
	"errors"
	"os"
)

func openLog(name string) (*os.File, error) {
	if name == "" {
		return nil, errors.New("no name")
	}
	return os.Open(name)
}

// The return on error can only follow openLog: where os.NewFile makes the
// file, err is still nil.
func okInheritedOrOpened(fd uintptr, name string) (*os.File, error) {
	var f *os.File
	var err error
	if fd != 0 {
		f = os.NewFile(fd, name)
	} else {
		f, err = openLog(name)
	}
	if err != nil {
		return nil, err
	}
	return f, nil
}

func leakInheritedChecked(fd uintptr, name string, check func() error) (*os.File, error) {
	var f *os.File
	var err error
	if fd != 0 {
		f = os.NewFile(fd, name) // want `os\.NewFile result f is not closed on the path that returns at line 41`
		err = check()
	} else {
		f, err = openLog(name)
	}
	if err != nil {
		return nil, err
	}
	return f, nil
}
