// Package analysisdoc derives an analyzer's short documentation from the
// package comment of its doc.go, so that the package documentation and the
// text printed by "closecheck help" have one source.
package analysisdoc

import (
	"fmt"
	"go/parser"
	"go/token"
	"strings"
)

// MustExtract returns the part of doc.go's package comment that follows
// the heading "# Analyzer NAME", up to the next "# Analyzer" heading and
// with the headings of its own sections kept, without the "NAME:" prefix of
// its first line. It panics if there is no such heading: that is a
// build-time mistake.
func MustExtract(content, name string) string {
	doc, err := extract(content, name)
	if err != nil {
		panic(fmt.Sprintf("analysisdoc: %s: %v", name, err))
	}
	return doc
}

func extract(content, name string) (string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), "doc.go", content, parser.ParseComments|parser.PackageClauseOnly)
	if err != nil {
		return "", err
	}
	if f.Doc == nil {
		return "", fmt.Errorf("no package comment")
	}
	_, body, ok := strings.Cut(f.Doc.Text(), "\n# Analyzer "+name+"\n")
	if !ok {
		return "", fmt.Errorf("no %q heading", "# Analyzer "+name)
	}
	body, _, _ = strings.Cut(body, "\n# Analyzer ")
	rest, ok := strings.CutPrefix(strings.TrimSpace(body), name+":")
	if !ok {
		return "", fmt.Errorf("heading not followed by %q", name+": summary")
	}
	return strings.TrimSpace(rest), nil
}
