package basic

import (
	"errors"
	"io"
	"net/http"
	"os"
)

func leakOnReturn(p string) error {
	f, err := os.Open(p) // want `os.Open result f is not closed on the path that returns at line 16`
	if err != nil {
		return err
	}
	if p == "x" {
		return errors.New("x")
	}
	return f.Close()
}

func neverClosed(p string) {
	f, _ := os.Open(p) // want `os.Open result f is never closed`
	f.Name()
}

func deferClose(p string) error {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	defer f.Close()
	return nil
}

func deferClosure(p string) (err error) {
	f, err := os.Open(p)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	return nil
}

func returned(p string) (*os.File, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	return f, nil
}

func body(u string) ([]byte, error) {
	resp, err := http.Get(u) // want `http.Get result resp.Body is never closed`
	if err != nil {
		return nil, err
	}
	return io.ReadAll(resp.Body)
}

func bodyClosed(u string) ([]byte, error) {
	resp, err := http.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}

func loop(ps []string) {
	for _, p := range ps {
		f, err := os.Open(p) // want `os.Open result f is not closed before the next iteration of the loop`
		if err != nil {
			continue
		}
		if p == "" {
			continue
		}
		f.Close()
	}
}

type Cleanuper interface{ Cleanup(func()) }

func cleanup(t Cleanuper, p string) {
	f, err := os.Open(p)
	if err != nil {
		return
	}
	t.Cleanup(func() { f.Close() })
}

// --- results assigned to the blank identifier

// session ends when the peer hangs up, or when closed.
type session struct{ done chan struct{} }

func openSession() *session { return &session{done: make(chan struct{})} }

func (s *session) Close() error {
	close(s.done)
	return nil
}

// `_ =` says the result is dropped on purpose.
func okBlankAssigned() {
	_ = openSession() // ends itself when the peer hangs up
}

func leakSessionDropped() {
	s := openSession() // want `openSession result s is never closed`
	_ = s
}

// Dropping the file while keeping the error is the classic leak.
func leakBlankFileKeptErr(name string) error {
	_, err := os.Create(name) // want `os\.Create result is never closed`
	return err
}

// A plain statement drops it without saying so.
func leakStatementDropped(name string) {
	os.Create(name) // want `os\.Create result is never closed`
}
