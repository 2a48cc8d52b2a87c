// Package pending_localstore holds leaks that wait for issue 3: storing
// the resource into a local struct, slice or map that never leaves the
// function counts as handing it over.
package pending_localstore

import (
	"io"
	"os"
)

type pair struct {
	f    *os.File
	name string
}

func leakLocalStruct(name string) (string, error) {
	f, err := os.Open(name) // want `os\.Open result f is never closed`
	if err != nil {
		return "", err
	}
	p := &pair{f: f, name: name}
	return p.name, nil
}

// the local struct's file closed through it.
func okLocalStructClosed(name string) (string, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", err
	}
	p := &pair{f: f, name: name}
	defer p.f.Close()
	return p.name, nil
}

func leakLocalAppend(names []string) (int, error) {
	var files []io.Closer
	for _, n := range names {
		f, err := os.Open(n) // want `os\.Open result f is never closed`
		if err != nil {
			return 0, err
		}
		files = append(files, f)
	}
	return len(files), nil
}

// files collected in a local slice, all closed on the way out.
func okLocalAppendClosed(names []string) (int, error) {
	var files []io.Closer
	defer func() {
		for _, c := range files {
			c.Close()
		}
	}()
	for _, n := range names {
		f, err := os.Open(n)
		if err != nil {
			return 0, err
		}
		files = append(files, f)
	}
	return len(files), nil
}

func leakLocalMap(names []string) (int, error) {
	m := make(map[string]*os.File)
	for _, n := range names {
		f, err := os.Open(n) // want `os\.Open result f is never closed`
		if err != nil {
			return 0, err
		}
		m[n] = f
	}
	return len(m), nil
}

// a local map returned to the caller.
func okLocalMapReturned(names []string) (map[string]*os.File, error) {
	m := make(map[string]*os.File)
	for _, n := range names {
		f, err := os.Open(n)
		if err != nil {
			return m, err
		}
		m[n] = f
	}
	return m, nil
}
