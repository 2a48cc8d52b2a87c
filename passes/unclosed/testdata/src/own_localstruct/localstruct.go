// Package own_localstruct stores a resource into a struct made in the
// function, then passes that struct on to a function that keeps it.
//
// What the analyzer does today: a store of the resource into a field of
// any struct counts as giving it away (Trace.use marks the Store as
// Gives); only a struct of this package that outlives the function (a
// parameter, or a returned Alloc) is checked against its type's teardown.
// So every case below is silent. The cases that a precise linter should
// report are in package pending_own_localstruct.
package own_localstruct

import (
	"io"
	"os"

	"own_host/hostA"
	"own_host/network"
)

// job is a local holder of a file; it has no teardown.
type job struct {
	log  *os.File
	name string
}

var queue []*job

// enqueue keeps j in a global: the job, and its file, are the queue's now.
func enqueue(j *job) { queue = append(queue, j) }

// the struct, file inside, handed to a function that keeps it in a global.
func okLocalStructKept(name string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	j := &job{log: f, name: name}
	enqueue(j)
	return nil
}

// wrapper is a local holder whose Close closes the file.
type wrapper struct{ f *os.File }

func (w *wrapper) Close() error { return w.f.Close() }

var closers []io.Closer

func register(c io.Closer) { closers = append(closers, c) }

// the wrapper closed by its own Close.
func okWrapperClosed(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	w := &wrapper{f: f}
	defer w.Close()
	_, err = w.f.Stat()
	return err
}

// the wrapper, a closer, registered to be closed later.
func okWrapperRegistered(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	register(&wrapper{f: f})
	return nil
}

// a config struct carrying the network to hostA, whose Close closes it.
func okConfigToClosingHost(addr string) error {
	n, err := network.New(addr)
	if err != nil {
		return err
	}
	h := hostA.NewFromConfig(hostA.Config{Network: n, ID: "a"})
	defer h.Close()
	return nil
}
