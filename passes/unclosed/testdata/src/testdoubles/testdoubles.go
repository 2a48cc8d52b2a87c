// Package testdoubles calls through an interface whose implementation in
// the package hands out what it keeps, while the fake of its tests opens
// a new file per call.
package testdoubles

import "os"

type Pool interface {
	Get() (*os.File, error)
}

type filePool struct{ f *os.File }

// Get hands out the file the pool keeps.
func (p *filePool) Get() (*os.File, error) { return p.f, nil }

func (p *filePool) Close() error { return p.f.Close() }

// The package's own code calls the implementations it ships with, whether
// its tests are compiled with it or not.
func okNameOfPooled(p Pool) (string, error) {
	f, err := p.Get()
	if err != nil {
		return "", err
	}
	return f.Name(), nil
}
