// Package unstoppable defines an Analyzer that reports goroutines whose
// function loops forever, with no way for anything to stop it.
//
// # Analyzer unstoppable
//
// unstoppable: report goroutines that loop forever with no way to stop them
//
// A library that starts a goroutine looping forever leaks that goroutine
// into every program and every test that uses it: it cannot be shut down,
// and it keeps whatever it references alive.
//
// The pass reports a go statement whose function has a loop that, once
// entered, can never be left: no path leads from the loop to a return, to
// the end of the function, to a break or goto out of it, or to
// runtime.Goexit. It reasons on the control-flow graph, so labelled breaks,
// gotos and returns inside select cases all count as ways out:
//
//	go func() { // goroutine runs a function literal whose loop at line 11 never exits: nothing can stop it (add a stop channel or context)
//		for {
//			select {
//			case <-ticker.C:
//				flush()
//			case m := <-work:
//				handle(m)
//			}
//		}
//	}()
//
// A panic, os.Exit or log.Fatal inside the loop is no way out: it ends the
// program, not the goroutine. Leaving the loop is one, whatever follows it.
//
// A receive tells the loop that its channel was closed (the end of a range
// loop, the false ok of v, ok := <-ch), and that can only happen if
// something may close the channel. These channels are never closed, so a
// loop that waits for their end never ends:
//
//   - the C of a *time.Ticker or *time.Timer, and time.Tick and time.After;
//   - a channel that the package makes, into a local variable, a field
//     that other packages cannot reach (unexported, or of a struct they
//     never see) or an unexported package-level variable, and that
//     it never closes nor hands to code that might: it never passes it to
//     a call, stores it in a map, a slice or an interface, sends it on a
//     channel, or returns it as a bidirectional channel.
//
// A channel that is a parameter, or that a call to another package
// returned, has an owner that may close it; a loop ranging over one ends
// when it does. A select case on ctx.Done(), on a stop channel, on a timer
// or on any channel with a value to receive is a way out when its branch
// reaches a return.
//
// The goroutine's function may be a function literal, a function or
// method of the package, or of another package: the pass records, as a
// fact, which exported functions and methods may loop forever, so that
// go lib.Run() is judged where it is written. A function that calls one
// that loops forever may loop forever too.
//
// The report is at the go statement and says which loop cannot end and
// why:
//
//	go m.loop() // goroutine runs (*meter).loop, whose loop at line 40 ranges over m.ticker.C forever: nothing can stop it (add a stop channel or context)
//
// Give the goroutine a way out: a context whose Done channel a select
// case watches, a stop channel that a Close or Stop method closes, or
// close the channel it ranges over when the work is done.
//
// Goroutines meant to live as long as the process are not reported: those
// started in package main or in the runtime, which own the whole process,
// or in an example function of a test file, which stands for a main
// program; and those that receive from a channel the package hands to
// signal.Notify, whose loop serves the process's signals (and often ends
// the process). Nor are goroutines started inside a package-level
// sync.Once (Do, or OnceFunc, OnceValue, OnceValues kept in a
// package-level variable), the idiom for a process-wide singleton; a Once
// of each value (a startOnce field) starts one goroutine per value. A goroutine guarded by a hand-made "started" flag is still
// reported, as is one started by a helper that an example calls.
//
// # Flags
//
//	-unstoppable.main
//
// also reports goroutines started in package main, the runtime or an
// example, and those that wait for signals.
//
//	-unstoppable.singletons
//
// also reports goroutines started inside a sync.Once.
package unstoppable
