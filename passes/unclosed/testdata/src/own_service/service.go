// Package own_service uses the services of package svc: a service with a
// teardown that closes what it keeps is a resource of its own.
package own_service

import "own_service/svc"

func leakService(name string) {
	s := svc.NewCloses(name) // want `svc\.NewCloses result s is never closed`
	_ = s
}

// a service closed by its user.
func okServiceClosed(name string) {
	s := svc.NewCloses(name)
	defer s.Close()
}

// a service with no Close, Stop or Shutdown is no resource.
func okNoTeardown(name string) {
	s := svc.NewNoTeardown(name)
	_ = s
}

// the promoted Close of an embedded closer closes the service.
func okEmbeddedClosed(name string) {
	e := svc.NewEmbedded(name)
	defer e.Close()
}

func leakEmbedded(name string) {
	e := svc.NewEmbedded(name) // want `svc\.NewEmbedded result e is never closed`
	_ = e
}
