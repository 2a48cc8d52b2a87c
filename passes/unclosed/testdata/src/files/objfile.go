package files

import (
	"debug/elf"
	"io"
	"os"
)

// --- object files: Open opens the file, NewFile reads the caller's reader

func leakElfOpen(name string) (int, error) {
	f, err := elf.Open(name) // want `elf\.Open result f is never closed`
	if err != nil {
		return 0, err
	}
	return len(f.Sections), nil
}

func okElfOpenClosed(name string) (int, error) {
	f, err := elf.Open(name)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	return len(f.Sections), nil
}

// Close does nothing to a File that NewFile made over the caller's reader.
func okElfNewFile(r io.ReaderAt) (int, error) {
	f, err := elf.NewFile(r)
	if err != nil {
		return 0, err
	}
	return len(f.Sections), nil
}

// The same two steps in the code of your own: the package's constructor
// over a reader, and an Open that stores the file it opened in the value
// the constructor made.
type image struct {
	r      io.ReaderAt
	closer io.Closer
}

func newImage(r io.ReaderAt) *image { return &image{r: r} }

func (im *image) Close() error {
	if im.closer == nil {
		return nil
	}
	return im.closer.Close()
}

func openImage(name string) (*image, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	im := newImage(f)
	im.closer = f
	return im, nil
}

func leakOpenImage(name string) error {
	im, err := openImage(name) // want `openImage result im is never closed`
	if err != nil {
		return err
	}
	_ = im.r
	return nil
}

// What newImage makes holds nothing to close: only openImage sets its
// closer.
func okNewImage(r io.ReaderAt) bool {
	im := newImage(r)
	return im.r != nil
}
