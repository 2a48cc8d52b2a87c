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
