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

// MustExtract returns the section of doc.go's package comment that follows
// the heading "# Analyzer NAME", without the "NAME:" prefix of its first line.
// It panics if there is no such section: that is a build-time mistake.
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
	for section := range strings.SplitSeq(f.Doc.Text(), "\n# ") {
		body, ok := strings.CutPrefix(section, "Analyzer "+name+"\n")
		if !ok {
			continue
		}
		rest, ok := strings.CutPrefix(strings.TrimSpace(body), name+":")
		if !ok {
			return "", fmt.Errorf("heading not followed by %q", name+": summary")
		}
		return strings.TrimSpace(rest), nil
	}
	return "", fmt.Errorf("no %q heading", "# Analyzer "+name)
}
