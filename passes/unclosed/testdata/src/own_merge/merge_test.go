// Package own_merge tests a method that takes over what another value owns:
// c.Merge(other) moves other's nodes into c, whose teardown closes them.
package own_merge

import (
	"os"
	"testing"
)

type node struct{ f *os.File }

func (n *node) Shutdown() error { return n.f.Close() }

type cluster struct {
	nodes []*node
	dirs  []string
}

func makeCluster(t *testing.T) *cluster {
	f, err := os.Open("x")
	if err != nil {
		t.Fatal(err)
	}
	return &cluster{nodes: []*node{{f: f}}}
}

func (c *cluster) Close() {
	for _, n := range c.nodes {
		n.Shutdown()
	}
}

// Merge takes other's nodes.
func (c *cluster) Merge(other *cluster) {
	c.nodes = append(c.nodes, other.nodes...)
	c.dirs = append(c.dirs, other.dirs...)
}

func TestMerged(t *testing.T) {
	c := makeCluster(t)
	defer c.Close()
	c1 := makeCluster(t)
	c.Merge(c1)
}

func TestNotMerged(t *testing.T) {
	c := makeCluster(t)
	defer c.Close()
	c1 := makeCluster(t) // want `makeCluster result c1 is never closed`
	_ = c1
}
