package httpbody

import (
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
)

func TestLeakServer(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler()) // want `httptest\.NewServer result srv is never closed`
	resp, err := http.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
}

// t.Cleanup with the method value srv.Close.
func TestCleanupMethodValue(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	t.Cleanup(srv.Close)
	resp, err := http.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
}

func TestLeakBodyAfterFatal(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	resp, err := http.Get(srv.URL) // want `http\.Get result resp\.Body is never closed`
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusNotFound {
		t.Fatalf("status %d", resp.StatusCode)
	}
}

// t.Fatal paths need no close; the body is closed on the others.
func TestBodyFatalThenClose(t *testing.T) {
	srv := httptest.NewTLSServer(http.NotFoundHandler())
	defer srv.Close()
	resp, err := srv.Client().Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != http.StatusNotFound {
		t.Fatalf("status %d", resp.StatusCode)
	}
	b, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	_ = b
}

// a recorder result in a test needs no close.
func TestRecorder(t *testing.T) {
	rec := httptest.NewRecorder()
	http.NotFound(rec, httptest.NewRequest("GET", "/", nil))
	if res := rec.Result(); res.StatusCode != http.StatusNotFound {
		t.Errorf("status %d", res.StatusCode)
	}
}

type failingTransport struct{}

func (failingTransport) RoundTrip(*http.Request) (*http.Response, error) {
	return nil, io.ErrUnexpectedEOF
}

// a test that drops every result calls for the side effects, here what the
// stub transport records.
func TestDiscardedResultsAgainstStub(t *testing.T) {
	c := &http.Client{Transport: failingTransport{}}
	c.Get("http://example.com/")
	_, _ = c.Get("http://example.com/")
}

func TestLeakKeptResultAgainstServer(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	resp, _ := http.Get(srv.URL) // want `http\.Get result resp\.Body is never closed`
	_ = resp.StatusCode
}
