// Package ifacegetter calls through an interface of another package: the
// implementations there decide whether the caller owns the result.
package ifacegetter

import "ifacegetter/cli"

func okGetter(c cli.Cli) string {
	return c.Client().RemoteAddr().String()
}

func leakOpened(c cli.Cli) (string, error) {
	f, err := c.OpenLog() // want `c\.OpenLog result f is never closed`
	if err != nil {
		return "", err
	}
	return f.Name(), nil
}
