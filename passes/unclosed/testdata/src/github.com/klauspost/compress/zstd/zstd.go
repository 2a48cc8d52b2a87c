// Package zstd stands for klauspost/compress/zstd: a coder made over a
// stream runs goroutines that its Close stops.
package zstd

import "io"

type Decoder struct {
	r    io.Reader
	stop chan struct{}
}

func NewReader(r io.Reader) (*Decoder, error) {
	d := &Decoder{r: r, stop: make(chan struct{})}
	if r != nil {
		go d.decode()
	}
	return d, nil
}

func (d *Decoder) decode() { <-d.stop }

func (d *Decoder) Read(p []byte) (int, error) { return d.r.Read(p) }

func (d *Decoder) DecodeAll(src, dst []byte) ([]byte, error) { return append(dst, src...), nil }

func (d *Decoder) Close() { close(d.stop) }

type Encoder struct {
	w    io.Writer
	stop chan struct{}
}

func NewWriter(w io.Writer) (*Encoder, error) {
	e := &Encoder{w: w, stop: make(chan struct{})}
	if w != nil {
		go e.encode()
	}
	return e, nil
}

func (e *Encoder) encode() { <-e.stop }

func (e *Encoder) Write(p []byte) (int, error) { return e.w.Write(p) }

func (e *Encoder) EncodeAll(src, dst []byte) []byte { return append(dst, src...) }

func (e *Encoder) Close() error {
	close(e.stop)
	return nil
}
