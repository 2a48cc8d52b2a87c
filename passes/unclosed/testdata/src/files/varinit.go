package files

import "os"

// Function literals of package-level variables are checked like any
// other function.
var readFirstByte = func(name string) (byte, error) {
	f, err := os.Open(name) // want `os.Open result f is not closed on the path that returns at line 14`
	if err != nil {
		return 0, err
	}
	var b [1]byte
	if _, err := f.Read(b[:]); err != nil {
		return 0, err
	}
	return b[0], f.Close()
}

var okReadFirstByte = func(name string) (byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	var b [1]byte
	_, err = f.Read(b[:])
	return b[0], err
}
