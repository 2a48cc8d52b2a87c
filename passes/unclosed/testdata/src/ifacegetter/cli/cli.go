// Package cli declares an interface whose implementation hands out a
// client it keeps, and one whose implementation makes a new one per call.
package cli

import (
	"net"
	"os"
)

type Cli interface {
	Client() net.Conn
	OpenLog() (*os.File, error)
}

type DockerCli struct {
	client net.Conn
	log    string
}

// Client returns the client the CLI keeps and closes.
func (c *DockerCli) Client() net.Conn { return c.client }

// OpenLog opens a new file for each caller.
func (c *DockerCli) OpenLog() (*os.File, error) { return os.Open(c.log) }

func (c *DockerCli) Close() error { return c.client.Close() }
