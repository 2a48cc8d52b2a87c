// Package nestedclosure tests closes in closures nested in closures, each
// level capturing the variable that holds the resource.
package nestedclosure

import "os"

// a close nested two closures deep.
func okNestedClosure(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer func() {
		func() { f.Close() }()
	}()
	return nil
}

// a close nested three closures deep.
func okNested3(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer func() {
		func() {
			func() { f.Close() }()
		}()
	}()
	return nil
}
