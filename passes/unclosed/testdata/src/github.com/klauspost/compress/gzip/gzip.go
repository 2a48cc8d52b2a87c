// Package gzip stands for klauspost/compress/gzip, a drop-in replacement
// of compress/gzip: its Reader's Close releases nothing either.
package gzip

import "io"

type Reader struct {
	r            io.Reader
	decompressor io.ReadCloser
}

func NewReader(r io.Reader) (*Reader, error) { return &Reader{r: r}, nil }

func (z *Reader) Read(p []byte) (int, error) { return z.r.Read(p) }

func (z *Reader) Close() error { return z.decompressor.Close() }
