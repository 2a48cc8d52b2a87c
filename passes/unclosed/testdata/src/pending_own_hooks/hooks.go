// Package pending_own_hooks holds hooks that capture a resource but never
// close it: the registration is not a close, and nothing else closes it.
// A closure that only uses the resource, once stored or passed to a call,
// counts as giving it away (Trace.closureUses: `!calledHere` marks Gives
// whatever the closure's effect), so no leak is reported.
package pending_own_hooks

import (
	"context"
	"database/sql"

	"own_lifecycle/lifecycle"
)

func leakOnStartOnly(lc *lifecycle.Lifecycle, dsn string) error {
	db, err := sql.Open("postgres", dsn) // want `sql\.Open result db is never closed`
	if err != nil {
		return err
	}
	lc.Append(lifecycle.Hook{
		OnStart: func(ctx context.Context) error { return db.PingContext(ctx) },
	})
	return nil
}

func leakOnStopPings(lc *lifecycle.Lifecycle, dsn string) error {
	db, err := sql.Open("postgres", dsn) // want `sql\.Open result db is never closed`
	if err != nil {
		return err
	}
	lc.OnStop(func(ctx context.Context) error { return db.PingContext(ctx) })
	return nil
}

// the OnStop hook closes it: no report.
func okOnStopCloses(lc *lifecycle.Lifecycle, dsn string) error {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return err
	}
	lc.OnStop(func(ctx context.Context) error { return db.Close() })
	return nil
}
