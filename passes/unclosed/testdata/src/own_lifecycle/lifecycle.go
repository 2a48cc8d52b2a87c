// Package own_lifecycle registers the close of its resources as hooks of
// package lifecycle, or with t.Cleanup in its tests: the registration is
// their only close.
package own_lifecycle

import (
	"context"
	"database/sql"
	"net"
	"os"

	"own_lifecycle/lifecycle"
)

// the close registered as the OnStop field of a Hook.
func NewDB(lc *lifecycle.Lifecycle, dsn string) (*sql.DB, error) {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, err
	}
	lc.Append(lifecycle.Hook{
		OnStart: func(ctx context.Context) error { return nil },
		OnStop:  func(ctx context.Context) error { return db.Close() },
	})
	return db, nil
}

// the close registered with the OnStop method.
func NewListener(lc *lifecycle.Lifecycle, addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, err
	}
	lc.OnStop(func(context.Context) error { return ln.Close() })
	return ln, nil
}

// a registered close with nothing returned.
func StartLog(lc *lifecycle.Lifecycle, name string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	lc.OnStop(func(context.Context) error {
		f.Sync()
		return f.Close()
	})
	_, err = f.WriteString("started\n")
	return err
}

// the db of a constructor that registered its close is not the caller's.
func useDB(lc *lifecycle.Lifecycle, dsn string) error {
	db, err := NewDB(lc, dsn)
	if err != nil {
		return err
	}
	return db.Ping()
}

// the listener of a constructor that registered its close is not the caller's.
func useListener(lc *lifecycle.Lifecycle, addr string) error {
	ln, err := NewListener(lc, addr)
	if err != nil {
		return err
	}
	_ = ln.Addr()
	return nil
}

func leakNoHook(lc *lifecycle.Lifecycle, name string) error {
	f, err := os.Create(name) // want `os\.Create result f is never closed`
	if err != nil {
		return err
	}
	_, err = f.WriteString("started\n")
	return err
}
