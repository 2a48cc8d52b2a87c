// Package user starts the loops of package lib.
package user

import (
	"context"

	"lib"
)

func start(ctx context.Context, srv *lib.Server) {
	go lib.Run()        // want `^goroutine runs lib.Run, whose loop at lib.go:13 never exits: nothing can stop it \(add a stop channel or context\)$`
	go lib.RunCtx(ctx)  // stops with ctx
	go lib.Maybe(false) // want `goroutine runs lib.Maybe, whose loop at lib.go:36 ranges over t.C forever`
	go srv.Serve()      // want `goroutine runs \(\*lib.Server\).Serve, which calls \(\*Server\).loop at lib.go:57, which loops forever`
	go func() {         // want `goroutine runs a function literal that calls lib.Run at line 16, which loops forever`
		lib.Run()
	}()
	go func() {
		lib.Maybe(true) // may return: only what it does here counts
	}()
	go func() {
		for v := range lib.Feed() { // another package's channel: its owner closes it
			_ = v
		}
	}()
	serve := srv.Serve
	go serve() // want `goroutine runs \(\*lib.Server\).Serve`
}
