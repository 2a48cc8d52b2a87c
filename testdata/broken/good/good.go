// Package good has a leak, reported even though a sibling package is broken.
package good

import "os"

func Size(name string) (int64, error) {
	f, err := os.Open(name)
	if err != nil {
		return 0, err
	}
	fi, err := f.Stat()
	if err != nil {
		return 0, err
	}
	return fi.Size(), nil
}
