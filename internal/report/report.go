// Package report delivers closecheck's diagnostics, honouring the
// suppression directive that users write on the reported line or the line
// above it:
//
//	//closecheck:ignore the pool closes these connections
//
// A directive needs a reason; one without a reason suppresses nothing, and
// is itself reported.
package report

import (
	"cmp"
	"go/ast"
	"go/token"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"
)

const directive = "//closecheck:ignore"

// A Reporter reports the diagnostics of one pass. It holds them until
// Flush, which delivers them in source order whatever order the pass found
// them in, so that output is the same from run to run.
type Reporter struct {
	pass       *analysis.Pass
	directives map[string]map[int]*ast.Comment // by file name, then line
	pending    []analysis.Diagnostic
}

// New returns a Reporter for pass.
func New(pass *analysis.Pass) *Reporter {
	return &Reporter{pass: pass}
}

// Report reports d, unless a directive with a reason on its line or the
// line above suppresses it. URL and Category are filled in from the pass
// when d leaves them empty.
func (r *Reporter) Report(d analysis.Diagnostic) {
	if d.Category == "" {
		d.Category = r.pass.Analyzer.Name
	}
	if d.URL == "" {
		d.URL = r.pass.Analyzer.URL
	}
	if c := r.directiveFor(d.Pos); c != nil {
		if reason(c) != "" {
			return
		}
		r.pending = append(r.pending, analysis.Diagnostic{
			Pos:      c.Pos(),
			Category: d.Category,
			URL:      d.URL,
			Message:  "closecheck:ignore needs a reason: //closecheck:ignore <why this is fine>",
		})
	}
	r.pending = append(r.pending, d)
}

// Flush delivers the diagnostics reported so far, sorted by place and
// message, once each.
func (r *Reporter) Flush() {
	slices.SortStableFunc(r.pending, func(a, b analysis.Diagnostic) int {
		return cmp.Or(ComparePos(r.pass.Fset, a.Pos, b.Pos), strings.Compare(a.Message, b.Message))
	})
	r.pending = slices.CompactFunc(r.pending, func(a, b analysis.Diagnostic) bool {
		return a.Pos == b.Pos && a.Message == b.Message
	})
	for _, d := range r.pending {
		r.pass.Report(d)
	}
	r.pending = nil
}

// reason returns the reason a directive gives: its text up to any comment
// that follows it on the line.
func reason(c *ast.Comment) string {
	text, _, _ := strings.Cut(strings.TrimPrefix(c.Text, directive), "//")
	return strings.TrimSpace(text)
}

// directiveFor returns the directive on pos's line or the line above.
func (r *Reporter) directiveFor(pos token.Pos) *ast.Comment {
	if r.directives == nil {
		r.index()
	}
	p := r.pass.Fset.Position(pos)
	lines := r.directives[p.Filename]
	if c := lines[p.Line]; c != nil {
		return c
	}
	return lines[p.Line-1]
}

func (r *Reporter) index() {
	r.directives = make(map[string]map[int]*ast.Comment)
	for _, f := range r.pass.Files {
		for _, group := range f.Comments {
			for _, c := range group.List {
				if c.Text != directive && !strings.HasPrefix(c.Text, directive+" ") {
					continue
				}
				p := r.pass.Fset.Position(c.Pos())
				if r.directives[p.Filename] == nil {
					r.directives[p.Filename] = make(map[int]*ast.Comment)
				}
				r.directives[p.Filename][p.Line] = c
			}
		}
	}
}

// ComparePos orders positions by file name, then offset. token.Pos alone
// does not do: the loader adds a package's files to the file set in no
// fixed order, so comparing Pos values across files varies from run to run.
func ComparePos(fset *token.FileSet, a, b token.Pos) int {
	pa, pb := fset.Position(a), fset.Position(b)
	return cmp.Or(strings.Compare(pa.Filename, pb.Filename), cmp.Compare(pa.Offset, pb.Offset))
}
