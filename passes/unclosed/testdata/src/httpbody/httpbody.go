// Package httpbody holds cases for *http.Response, whose obligation is
// its Body.
package httpbody

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"
)

// --- status check before the deferred close

func leakStatusCheck(u string) ([]byte, error) {
	resp, err := http.Get(u) // want `http\.Get result resp\.Body is not closed on the path that returns at line 23`
	if err != nil {
		return nil, err
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("status %d", resp.StatusCode) // leaking return
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}

// defer the close before looking at the status.
func okStatusCheckAfterDefer(u string) ([]byte, error) {
	resp, err := http.Get(u)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("status %d", resp.StatusCode)
	}
	return io.ReadAll(resp.Body)
}

// --- client.Do

func leakClientDoDecode(c *http.Client, req *http.Request, v any) error {
	resp, err := c.Do(req) // want `c\.Do result resp\.Body is never closed`
	if err != nil {
		return err
	}
	return json.NewDecoder(resp.Body).Decode(v)
}

// json.NewDecoder only borrows the body; defer closes it.
func okClientDoDecode(c *http.Client, req *http.Request, v any) error {
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(v)
}

func leakDefaultClientDiscarded(req *http.Request) {
	http.DefaultClient.Do(req) // want `http\.DefaultClient\.Do result's Body is never closed`
}

// drain and close a response whose content is not needed.
func okDrainAndClose(req *http.Request) error {
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	io.Copy(io.Discard, resp.Body)
	return resp.Body.Close()
}

// --- `if resp != nil` before the error check

// close whenever a response came back, even with an error.
func okNilCheckThenDefer(c *http.Client, req *http.Request) (int, error) {
	resp, err := c.Do(req)
	if resp != nil {
		defer resp.Body.Close()
	}
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// --- handing the response to the caller

// the caller closes the body.
func okReturnResponse(u string) (*http.Response, error) {
	resp, err := http.Get(u)
	if err != nil {
		return nil, err
	}
	return resp, nil
}

// the body alone handed to the caller.
func okReturnBody(u string) (io.ReadCloser, error) {
	resp, err := http.Get(u)
	if err != nil {
		return nil, err
	}
	return resp.Body, nil
}

func leakReturnOnStatusOnly(u string) (*http.Response, error) {
	resp, err := http.Get(u) // want `http\.Get result resp\.Body is not closed on the path that returns at line 116`
	if err != nil {
		return nil, err
	}
	if resp.StatusCode >= 400 {
		return nil, fmt.Errorf("status %d", resp.StatusCode) // leaking return
	}
	return resp, nil
}

// close the body of a response that is not returned.
func okReturnOnStatusClosed(u string) (*http.Response, error) {
	resp, err := http.Head(u)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode >= 400 {
		resp.Body.Close()
		return nil, fmt.Errorf("status %d", resp.StatusCode)
	}
	return resp, nil
}

// --- POST

func leakPostForm(u string, form map[string][]string) (int, error) {
	resp, err := http.PostForm(u, form) // want `http\.PostForm result resp\.Body is never closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// close even when only the status is wanted.
func okPostStatus(u string) (int, error) {
	resp, err := http.Post(u, "text/plain", strings.NewReader("x"))
	if err != nil {
		return 0, err
	}
	resp.Body.Close()
	return resp.StatusCode, nil
}

// --- retry loops

func leakRetryOn503(c *http.Client, req *http.Request) (*http.Response, error) {
	for i := 0; i < 3; i++ {
		resp, err := c.Do(req) // want `c\.Do result resp\.Body is not closed before the next iteration of the loop`
		if err != nil {
			return nil, err
		}
		if resp.StatusCode == http.StatusServiceUnavailable {
			time.Sleep(time.Second)
			continue
		}
		return resp, nil
	}
	return nil, fmt.Errorf("unavailable")
}

// close the body of a response that is retried.
func okRetryOn503(c *http.Client, req *http.Request) (*http.Response, error) {
	for i := 0; i < 3; i++ {
		resp, err := c.Do(req)
		if err != nil {
			return nil, err
		}
		if resp.StatusCode == http.StatusServiceUnavailable {
			resp.Body.Close()
			time.Sleep(time.Second)
			continue
		}
		return resp, nil
	}
	return nil, fmt.Errorf("unavailable")
}

// --- RoundTripper

func leakRoundTrip(rt http.RoundTripper, req *http.Request) (string, error) {
	resp, err := rt.RoundTrip(req) // want `rt\.RoundTrip result resp\.Body is never closed`
	if err != nil {
		return "", err
	}
	return resp.Header.Get("Content-Type"), nil
}

// a round trip whose body is closed.
func okRoundTrip(rt http.RoundTripper, req *http.Request) (string, error) {
	resp, err := rt.RoundTrip(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	return resp.Header.Get("Content-Type"), nil
}

// --- a RoundTripper that returns what it got from the next one

type logging struct{ next http.RoundTripper }

// middleware hands the response on to its caller.
func (l logging) RoundTrip(req *http.Request) (*http.Response, error) {
	resp, err := l.next.RoundTrip(req)
	if err != nil {
		return nil, err
	}
	fmt.Println(req.URL, resp.StatusCode)
	return resp, nil
}

// --- httptest

// a recorder's result is an in-memory body.
func okRecorderResult(h http.Handler) int {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	res := rec.Result()
	return res.StatusCode
}

// a recorder's result read without close.
func okRecorderResultBody(h http.Handler) ([]byte, error) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	return io.ReadAll(rec.Result().Body)
}

func leakTestServer(h http.Handler) string {
	srv := httptest.NewServer(h) // want `httptest\.NewServer result srv is never closed`
	return srv.URL
}

// a test server closed by defer.
func okTestServerDefer(h http.Handler) (int, error) {
	srv := httptest.NewServer(h)
	defer srv.Close()
	resp, err := srv.Client().Get(srv.URL)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

// --- handlers: the request body belongs to the server

// the server closes the request body.
func okHandlerRequestBody(w http.ResponseWriter, r *http.Request) {
	body := http.MaxBytesReader(w, r.Body, 1<<20)
	io.Copy(io.Discard, body)
}

// --- draining is not closing

func leakDrainOnly(u string) (int, error) {
	resp, err := http.Get(u) // want `http\.Get result resp\.Body is never closed`
	if err != nil {
		return 0, err
	}
	defer io.Copy(io.Discard, resp.Body)
	return resp.StatusCode, nil
}

// drain and close in a deferred closure.
func okDrainAndCloseDeferred(u string) (int, error) {
	resp, err := http.Get(u)
	if err != nil {
		return 0, err
	}
	defer func() {
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}()
	return resp.StatusCode, nil
}

// the body copied into a variable, closed through it.
func okBodyVariable(u string) ([]byte, error) {
	resp, err := http.Get(u)
	if err != nil {
		return nil, err
	}
	body := resp.Body
	defer body.Close()
	return io.ReadAll(body)
}

// --- following redirects by hand

func leakManualRedirect(c *http.Client, u string) (*http.Response, error) {
	for i := 0; i < 5; i++ {
		resp, err := c.Get(u) // want `c\.Get result resp\.Body is not closed before the next iteration of the loop`
		if err != nil {
			return nil, err
		}
		if loc := resp.Header.Get("Location"); loc != "" {
			u = loc
			continue
		}
		return resp, nil
	}
	return nil, fmt.Errorf("too many redirects")
}

// close each redirect response before following it.
func okManualRedirect(c *http.Client, u string) (*http.Response, error) {
	for i := 0; i < 5; i++ {
		resp, err := c.Get(u)
		if err != nil {
			return nil, err
		}
		if loc := resp.Header.Get("Location"); loc != "" {
			resp.Body.Close()
			u = loc
			continue
		}
		return resp, nil
	}
	return nil, fmt.Errorf("too many redirects")
}

// the body of a response to HEAD is http.NoBody: nothing to close.
func okHead(u string) (int, error) {
	resp, err := http.Head(u)
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// outside tests a dropped response is a leaked connection.
func leakFireAndForget(u string) {
	http.Get(u) // want `http\.Get result's Body is never closed`
}

// --- a client that reads the body and closes it before it returns

func doRead(c *http.Client, req *http.Request) (*http.Response, []byte, error) {
	resp, err := c.Do(req)
	defer func() {
		if resp != nil {
			resp.Body.Close()
		}
	}()
	if err != nil {
		return nil, nil, err
	}
	body, err := io.ReadAll(resp.Body)
	return resp, body, err
}

// doRead hands back a response whose body it has closed.
func okClosedByDoRead(c *http.Client, req *http.Request) (int, []byte, error) {
	resp, body, err := doRead(c, req)
	if err != nil {
		return 0, nil, err
	}
	return resp.StatusCode, body, nil
}

func doReadCloseOnError(c *http.Client, req *http.Request) (resp *http.Response, body []byte, err error) {
	resp, err = c.Do(req)
	defer func() {
		if err != nil && resp != nil {
			resp.Body.Close()
		}
	}()
	if err != nil {
		return nil, nil, err
	}
	body, err = io.ReadAll(resp.Body)
	return resp, body, err
}

// One whose defer closes the body only when it fails hands back an open
// one when it succeeds.
func leakOpenFromDoRead(c *http.Client, req *http.Request) (int, error) {
	resp, _, err := doReadCloseOnError(c, req) // want `doReadCloseOnError result resp\.Body is never closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}
