// Package compression holds cases for compress/* and archive/* readers and
// writers, io.NopCloser and the pipes of exec.Cmd.
package compression

import (
	"archive/tar"
	"archive/zip"
	"bufio"
	"bytes"
	"compress/bzip2"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"errors"
	"io"
	"net/smtp"
	"os"
	"os/exec"
	"strings"

	kgzip "github.com/klauspost/compress/gzip"
)

// --- gzip.NewReader does not close the file it reads

func leakFileUnderGzipReader(name string) ([]byte, error) {
	f, err := os.Open(name) // want `os\.Open result f is never closed`
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	return io.ReadAll(zr)
}

// close both the gzip reader and the file under it.
func okGzipReaderAndFile(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	return io.ReadAll(zr)
}

// a gzip reader's Close releases nothing and leaves r open.
func okGzipReaderUnclosed(r io.Reader) ([]byte, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

// klauspost/compress's gzip reader is the same.
func okKlauspostGzipReaderUnclosed(r io.Reader) ([]byte, error) {
	zr, err := kgzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	return io.ReadAll(zr)
}

// a gzip reader over a caller's reader, closed by defer.
func okGzipReaderOverParam(r io.Reader) ([]byte, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	return io.ReadAll(zr)
}

// --- gzip.NewWriter must be closed to flush the footer

func leakGzipWriter(data []byte) []byte {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf) // want `gzip\.NewWriter result zw is never closed`
	zw.Write(data)
	return buf.Bytes()
}

// Close before reading the buffer, its error checked.
func okGzipWriterClose(data []byte) ([]byte, error) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write(data); err != nil {
		zw.Close()
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// a flusher abandoned on the path that gives up on the output.
func okGzipWriterAbandonedOnError(w io.Writer, data []byte) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestSpeed)
	if err != nil {
		return err
	}
	if _, err := zw.Write(data); err != nil {
		return err
	}
	return zw.Close()
}

// deferred Close plus the explicit one whose error matters.
func okGzipWriterDeferAndClose(w io.Writer, data []byte) error {
	zw, err := gzip.NewWriterLevel(w, gzip.BestSpeed)
	if err != nil {
		return err
	}
	defer zw.Close()
	if _, err := zw.Write(data); err != nil {
		return err
	}
	return zw.Close()
}

// --- flate

func leakFlateWriter(w io.Writer, data []byte) error {
	fw, err := flate.NewWriter(w, flate.DefaultCompression) // want `flate\.NewWriter result fw is never closed`
	if err != nil {
		return err
	}
	_, err = fw.Write(data)
	return err
}

// Close's error returned.
func okFlateWriter(w io.Writer, data []byte) error {
	fw, err := flate.NewWriter(w, flate.DefaultCompression)
	if err != nil {
		return err
	}
	if _, err := fw.Write(data); err != nil {
		fw.Close()
		return err
	}
	return fw.Close()
}

// --- archive/zip

func leakZipOpenReader(name string) (int, error) {
	zr, err := zip.OpenReader(name) // want `zip\.OpenReader result zr is never closed`
	if err != nil {
		return 0, err
	}
	return len(zr.File), nil
}

// a *zip.ReadCloser closed by defer.
func okZipOpenReader(name string) (int, error) {
	zr, err := zip.OpenReader(name)
	if err != nil {
		return 0, err
	}
	defer zr.Close()
	return len(zr.File), nil
}

// an archive entry's Close only returns its decompressor to a pool.
func okZipEntryInLoopNoClose(zr *zip.Reader) (int64, error) {
	var total int64
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			return 0, err
		}
		n, err := io.Copy(io.Discard, rc)
		if err != nil {
			rc.Close()
			return 0, err
		}
		total += n
	}
	return total, nil
}

// each entry closed before the next one is opened.
func okZipEntryInLoop(zr *zip.Reader) (int64, error) {
	var total int64
	for _, zf := range zr.File {
		rc, err := zf.Open()
		if err != nil {
			return 0, err
		}
		n, err := io.Copy(io.Discard, rc)
		rc.Close()
		if err != nil {
			return 0, err
		}
		total += n
	}
	return total, nil
}

// zip.NewReader's *zip.Reader has no Close.
func okZipNewReader(data []byte) (int, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return 0, err
	}
	return len(zr.File), nil
}

// the zip writer abandoned when the entry cannot be created.
func okZipWriterAbandonedOnError(w io.Writer, name string, data []byte) error {
	zw := zip.NewWriter(w)
	fw, err := zw.Create(name)
	if err != nil {
		return err
	}
	if _, err := fw.Write(data); err != nil {
		zw.Close()
		return err
	}
	return zw.Close()
}

// the writer returned by zw.Create has no Close; zw is closed.
func okZipWriter(w io.Writer, name string, data []byte) error {
	zw := zip.NewWriter(w)
	fw, err := zw.Create(name)
	if err != nil {
		zw.Close()
		return err
	}
	if _, err := fw.Write(data); err != nil {
		zw.Close()
		return err
	}
	return zw.Close()
}

func leakZipWriterNeverClosed(w io.Writer, name string, data []byte) error {
	zw := zip.NewWriter(w) // want `zip\.NewWriter result zw is never closed`
	fw, err := zw.Create(name)
	if err != nil {
		return err
	}
	_, err = fw.Write(data)
	return err
}

func leakZipOpenReaderEmpty(name string) ([]string, error) {
	zr, err := zip.OpenReader(name) // want `zip\.OpenReader result zr is not closed on the path that returns at line 264`
	if err != nil {
		return nil, err
	}
	if len(zr.File) == 0 {
		return nil, errors.New("empty archive") // leaking return
	}
	defer zr.Close()
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
	}
	return names, nil
}

// defer right after the error check covers the empty case too.
func okZipOpenReaderEmpty(name string) ([]string, error) {
	zr, err := zip.OpenReader(name)
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	if len(zr.File) == 0 {
		return nil, errors.New("empty archive")
	}
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
	}
	return names, nil
}

// --- zlib

func leakZlibWriter(data []byte) []byte {
	var buf bytes.Buffer
	zw := zlib.NewWriter(&buf) // want `zlib\.NewWriter result zw is never closed`
	zw.Write(data)
	zw.Flush()
	return buf.Bytes()
}

// Flush is not Close: close to write the checksum.
func okZlibWriter(data []byte) ([]byte, error) {
	var buf bytes.Buffer
	zw := zlib.NewWriter(&buf)
	zw.Write(data)
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// bzip2.NewReader returns a plain io.Reader.
func okBzip2Reader(r io.Reader) ([]byte, error) {
	return io.ReadAll(bzip2.NewReader(r))
}

// --- archive/tar

func leakTarWriter(w io.Writer, hdr *tar.Header, data []byte) error {
	tw := tar.NewWriter(w) // want `tar\.NewWriter result tw is never closed`
	if err := tw.WriteHeader(hdr); err != nil {
		return err
	}
	_, err := tw.Write(data)
	return err
}

// tar writer closed to write the trailer.
func okTarWriter(w io.Writer, hdr *tar.Header, data []byte) error {
	tw := tar.NewWriter(w)
	defer tw.Close()
	if err := tw.WriteHeader(hdr); err != nil {
		return err
	}
	_, err := tw.Write(data)
	return err
}

// --- values whose close is a no-op or someone else's

// io.NopCloser's Close does nothing.
func okNopCloser(s string) io.ReadCloser {
	rc := io.NopCloser(strings.NewReader(s))
	_, _ = rc.Read(make([]byte, 1))
	return io.NopCloser(strings.NewReader(s))
}

// io.NopCloser used and dropped.
func okNopCloserDropped(s string) ([]byte, error) {
	rc := io.NopCloser(strings.NewReader(s))
	return io.ReadAll(rc)
}

// cmd.Wait closes the pipes.
func okCmdStdoutPipe(name string) ([]byte, error) {
	cmd := exec.Command(name)
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	b, err := io.ReadAll(out)
	if err != nil {
		return nil, err
	}
	return b, cmd.Wait()
}

// stderr pipe, also closed by Wait.
func okCmdStderrPipe(name string) error {
	cmd := exec.Command(name)
	errPipe, err := cmd.StderrPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return err
	}
	io.Copy(os.Stderr, errPipe)
	return cmd.Wait()
}

// --- a gzip file reader returned with its file

type gzipFile struct {
	*gzip.Reader
	f *os.File
}

func (g *gzipFile) Close() error {
	g.Reader.Close()
	return g.f.Close()
}

func leakReturnGzipOnly(name string) (io.ReadCloser, error) {
	f, err := os.Open(name) // want `os\.Open result f is not closed on the path that returns at line 407`
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, err
	}
	return zr, nil // leaking return
}

// reader and file handed over together.
func okReturnGzipWithFile(name string) (io.ReadCloser, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, err
	}
	return &gzipFile{Reader: zr, f: f}, nil
}

// --- closing the archive writer does not close the file under it

func leakFileUnderZipWriter(name string, data []byte) error {
	f, err := os.Create(name) // want `os\.Create result f is never closed`
	if err != nil {
		return err
	}
	zw := zip.NewWriter(f)
	w, err := zw.Create("data")
	if err != nil {
		zw.Close()
		return err
	}
	w.Write(data)
	return zw.Close()
}

// close the writer, then the file.
func okFileUnderZipWriter(name string, data []byte) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	defer f.Close()
	zw := zip.NewWriter(f)
	w, err := zw.Create("data")
	if err != nil {
		zw.Close()
		return err
	}
	w.Write(data)
	if err := zw.Close(); err != nil {
		return err
	}
	return f.Close()
}

func leakFileUnderBufioWriter(name string, lines []string) error {
	f, err := os.Create(name) // want `os\.Create result f is never closed`
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for _, l := range lines {
		w.WriteString(l + "\n")
	}
	return w.Flush()
}

// Flush, then Close.
func okFileUnderBufioWriter(name string, lines []string) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for _, l := range lines {
		w.WriteString(l + "\n")
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// the message writer's Close sends the final dot: a failed write gives the
// message up, and the connection is the client's to close.
func okSMTPDataWriteError(c *smtp.Client, msg []byte) error {
	w, err := c.Data()
	if err != nil {
		return err
	}
	if _, err := w.Write(msg); err != nil {
		return err
	}
	return w.Close()
}

func leakSMTPDataNeverClosed(c *smtp.Client, msg []byte) error {
	w, err := c.Data() // want `c\.Data result w is never closed`
	if err != nil {
		return err
	}
	_, err = w.Write(msg)
	return err
}
