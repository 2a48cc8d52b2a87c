package httpbody

import (
	"context"
	"net/http"
	"os"
)

// Client.Do closes the request's body, also when it fails.
func okRequestBodyClosedByDo(c *http.Client, url, name string) error {
	body, err := os.Open(name)
	if err != nil {
		return err
	}
	req, err := http.NewRequest("POST", url, body)
	if err != nil {
		body.Close()
		return err
	}
	req.Header.Set("Content-Type", "text/plain")
	res, err := c.Do(req)
	if err != nil {
		return err
	}
	return res.Body.Close()
}

// A request that is never sent leaves its body to its maker.
func leakRequestNeverSent(c *http.Client, url, name string, dryRun bool) error {
	body, err := os.Open(name) // want `os\.Open result body is not closed on the path that returns at line 40`
	if err != nil {
		return err
	}
	req, err := http.NewRequest("POST", url, body)
	if err != nil {
		body.Close()
		return err
	}
	if dryRun {
		return nil
	}
	res, err := c.Do(req)
	if err != nil {
		return err
	}
	return res.Body.Close()
}

// NewRequest does not close the body when it fails.
func leakRequestFailed(c *http.Client, url, name string) error {
	body, err := os.Open(name) // want `os\.Open result body is not closed on the path that returns at line 57`
	if err != nil {
		return err
	}
	req, err := http.NewRequest("POST", url, body)
	if err != nil {
		return err
	}
	res, err := c.Do(req)
	if err != nil {
		return err
	}
	return res.Body.Close()
}

// The response to a HEAD request has no body to close.
func okHeadRequest(ctx context.Context, c *http.Client, url string) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodHead, url, nil)
	if err != nil {
		return 0, err
	}
	req.Header.Set("Accept", "text/plain")
	resp, err := c.Do(req)
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

func leakGetRequest(c *http.Client, url string) (int, error) {
	req, err := http.NewRequest("GET", url, nil)
	if err != nil {
		return 0, err
	}
	resp, err := c.Do(req) // want `c\.Do result resp\.Body is never closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}
