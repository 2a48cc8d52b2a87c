package httpbody

import (
	"io"
	"net/http"
	"os"
)

// bodyWrapper counts what is read through it; its Close is the body's.
type bodyWrapper struct {
	io.ReadCloser
	n int64
}

func newBodyWrapper(body io.ReadCloser) *bodyWrapper {
	return &bodyWrapper{ReadCloser: body}
}

func (w *bodyWrapper) Read(p []byte) (int, error) {
	n, err := w.ReadCloser.Read(p)
	w.n += int64(n)
	return n, err
}

// A wrapper a handler makes around the request's body is the server's to
// close, as the body is.
func okWrapRequestBody(w http.ResponseWriter, r *http.Request) {
	bw := newBodyWrapper(r.Body)
	if _, err := io.Copy(io.Discard, bw); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// One around a file the function opened is the function's.
func leakWrapOpenedFile(name string) (int64, error) {
	f, err := os.Open(name)
	if err != nil {
		return 0, err
	}
	bw := newBodyWrapper(f) // want `newBodyWrapper result bw is never closed`
	_, err = io.Copy(io.Discard, bw)
	return bw.n, err
}

// The same when a deferred closure captures the request, which moves it
// to a variable in memory.
func okWrapCapturedRequestBody(w http.ResponseWriter, r *http.Request) {
	bw := newBodyWrapper(r.Body)
	defer func() { r.Body = nil }()
	if _, err := io.Copy(io.Discard, bw); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
	}
}

// The response of a Transport's own RoundTrip, which net/http hands over
// through a closure that takes it out of a struct passed by value, is
// the caller's.
func leakTransportRoundTrip(tr *http.Transport, req *http.Request) (string, error) {
	resp, err := tr.RoundTrip(req) // want `tr\.RoundTrip result resp\.Body is never closed`
	if err != nil {
		return "", err
	}
	return resp.Header.Get("Content-Type"), nil
}
