// Package chanclose defines an Analyzer that reports teardown methods that
// leave the consumers of a channel blocked forever, that panic when called
// twice, or that block themselves.
//
// # Analyzer chanclose
//
// chanclose: report channels that a type's Stop or Close leaves open, may close twice, or blocks on
//
// A teardown method is a method of a struct type named Close, Stop or
// Shutdown, or a name given to -unclosed.teardown, that takes nothing, or
// only a context.Context. The pass checks three things about teardowns and
// the channels of their receivers: that they close the channels they hand
// out, that a second call does not panic, and that they do not block on a
// loop that has returned.
//
// A type that produces values on a channel and hands that channel out
// (Updates() <-chan T) owes its consumers a close: a for range loop over
// the channel ends only when it is closed. If the type's teardown stops
// the producer but nothing ever closes the channel, every consumer's loop,
// and the goroutine it runs in, blocks forever.
//
// The pass reports a teardown of a struct type T when a channel field f of
// T, or of a struct of the package that T embeds, is:
//
//   - made by the package: assigned a make(chan ...) in a constructor, a
//     method, or a composite literal &T{f: make(...)}, directly or through
//     a local variable, and never a channel from elsewhere (a parameter of
//     an exported function, a result of another package's function);
//   - sent on by the package, in a method, a goroutine or a callback, and
//     by one goroutine at a time: every send is reached from one entry of
//     the package (an exported function, a function the package never
//     calls directly, a go statement outside a loop). A channel that
//     several goroutines send on, as an inbox that peers or a handler per
//     connection send to, cannot be closed while one of them may still
//     send: its consumers stop on a separate signal;
//   - handed to consumers: an exported function or method returns it, as
//     chan or <-chan, or the field is exported, of a struct that other
//     packages can reach (a channel that only unexported code hands out
//     serves the package's own loops, as does the exported reply field
//     of a request that the package queues for its own loop);
//   - and closed nowhere in the package.
//
// A channel that the package only sends on with sends that give up when
// no one is ready (a select with a default), from calls rather than from a
// goroutine of its own, carries wake-ups ("space is available"): any call
// may send, even after the teardown, so a close there would make that
// send panic, and its consumers are woken rather than fed. It is not
// reported. A goroutine that drops what a slow consumer is not ready for
// still feeds its consumers, and is.
//
// The report is at the teardown's name:
//
//	func (w *objWatcher) Stop() { // (*objWatcher).Stop does not close updates, the channel that Updates returns: consumers ranging over it block forever
//		w.sub.Unsubscribe()
//	}
//
// The suggested fix closes the channel where its one sender stops: a
// defer close(w.updates) at the top of the goroutine that sends, since a
// close in the teardown could come while that goroutine sends and panic
// it; or, when no goroutine sends, a close at the end of the teardown.
//
// A close of the channel anywhere in the package counts, whichever way the
// teardown reaches it: in the teardown, in a helper, in the producer
// goroutine's defer close(w.updates) once the teardown tells it to
// return, in a callback that the package registers. The channel is
// followed through locals, closures, the parameters and results of the
// package's own functions, and the other fields and variables it is
// stored in; a generic type's fields are those of all its instances. A
// channel that leaves the package's sight where it could be closed (passed
// to another package's function as a bidirectional channel, stored in a
// slice, a map or an interface) is not reported. Neither are channels that
// never leave the type, channels the type was given, and types with no
// teardown.
//
// A teardown that closes a channel field of its receiver with nothing to
// stop a second call from closing it again panics with "close of closed
// channel" when it is called twice: by a deferred Close and an explicit
// one, or by two owners. The report is at the close:
//
//	func (s *server) Close() error {
//		close(s.done) // (*server).Close closes done with nothing to stop a second call: calling Close twice panics with "close of closed channel" (guard it with a sync.Once or a closed flag)
//		return nil
//	}
//
// These keep a second call away from the close:
//
//   - a sync.Once: the close is in the function that Do runs, or that
//     sync.OnceFunc wraps;
//   - a select that receives from a field of the receiver, as in
//     select { case <-s.done: default: close(s.done) };
//   - a branch on a field that the teardown sets, or a method it calls
//     sets: a closed flag under a mutex (if s.closed { return };
//     s.closed = true), a state, the channel itself set to nil after the
//     close (if s.done != nil { close(s.done); s.done = nil }), a map entry
//     it deletes;
//   - a branch on an atomic compare-and-swap or swap of a field
//     (if !s.closed.CompareAndSwap(false, true) { return });
//   - a branch on a method of the receiver (if s.isClosed() { return });
//   - the teardown making the field a new channel after closing the old.
//
// Only closes in the teardown's own body are checked.
//
// A teardown that stops a loop with a blocking send on a quit channel
// blocks forever if the loop has already returned: on an error, or after
// a first call. The pass reports a plain send (not in a select) of a
// teardown on a channel field of its receiver that is made unbuffered
// wherever it is made, and that the package receives from in a loop that
// can return without receiving from it:
//
//	func (p *poller) run() {
//		for {
//			select {
//			case <-p.quit:
//				return
//			case <-p.tick.C:
//				if err := p.poll(); err != nil {
//					return
//				}
//			}
//		}
//	}
//
//	func (p *poller) Stop() {
//		p.quit <- struct{}{} // (*poller).Stop sends on quit to stop its loop: if the loop has already returned, Stop blocks forever (close quit instead)
//	}
//
// A send in a select with a default or another case, or on a buffered
// channel, is not reported; nor is a send that the guards above keep to
// one per run, as in if p.running { p.running = false; p.quit <- struct{}{} }:
// its loop is trusted to return only when told to. When every function
// that receives from the channel returns only after receiving from it,
// only a second call finds the loop gone: that is reported with
// -chanclose.idempotent, as a close that a second call repeats is.
//
// # Flags
//
//	-chanclose.idempotent
//
// also reports teardowns that panic, or block, the second time. It is off
// by default: io.Closer leaves the behavior of a second Close undefined,
// and on real code almost every such teardown is called exactly once by
// its owner.
package chanclose
