// Package closecheck finds resource-lifecycle bugs in Go code: values with a
// Close method that are not closed, goroutines that can never stop, and
// channels that a type's Stop or Close leaves open.
//
// Analyzers lists every pass, for drivers that take a list of analyzers:
// the closecheck command, go vet -vettool, golangci-lint and Bazel's nogo.
package closecheck
