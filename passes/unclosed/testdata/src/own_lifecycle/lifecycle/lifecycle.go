// Package lifecycle runs hooks when an application starts and stops, in
// the manner of go.uber.org/fx: a constructor registers the close of what
// it makes as an OnStop hook.
package lifecycle

import "context"

// Hook is a pair of functions run at start and at stop.
type Hook struct {
	OnStart func(context.Context) error
	OnStop  func(context.Context) error
}

// Lifecycle keeps hooks.
type Lifecycle struct{ hooks []Hook }

// Append registers h.
func (l *Lifecycle) Append(h Hook) { l.hooks = append(l.hooks, h) }

// OnStop registers fn to run at stop.
func (l *Lifecycle) OnStop(fn func(context.Context) error) {
	l.hooks = append(l.hooks, Hook{OnStop: fn})
}

// Stop runs the stop hooks in reverse order.
func (l *Lifecycle) Stop(ctx context.Context) error {
	for i := len(l.hooks) - 1; i >= 0; i-- {
		if h := l.hooks[i]; h.OnStop != nil {
			if err := h.OnStop(ctx); err != nil {
				return err
			}
		}
	}
	return nil
}
