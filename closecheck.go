package closecheck

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/closecheck/closecheck/passes/chanclose"
	"github.com/closecheck/closecheck/passes/unclosed"
	"github.com/closecheck/closecheck/passes/unstoppable"
)

// Analyzers is every pass of closecheck.
var Analyzers = []*analysis.Analyzer{
	unclosed.Analyzer,
	unstoppable.Analyzer,
	chanclose.Analyzer,
}

func init() {
	register.Plugin("closecheck", New)
}

// Settings are closecheck's settings in golangci-lint's configuration
// (linters.settings.custom.closecheck.settings). They mirror the flags of
// the closecheck command.
type Settings struct {
	// Passes lists the passes to run; all of them when empty.
	Passes []string `json:"passes"`
	// Ignore lists types (importpath.Name) whose values need no close:
	// -unclosed.ignore.
	Ignore []string `json:"ignore"`
	// Teardown lists more teardown method names: -unclosed.teardown.
	Teardown []string `json:"teardown"`
	// Main reports goroutines in package main too: -unstoppable.main.
	Main bool `json:"main"`
	// Singletons reports goroutines started in a sync.Once too:
	// -unstoppable.singletons.
	Singletons bool `json:"singletons"`
	// Idempotent reports teardowns that panic, or block, when called
	// twice: -chanclose.idempotent.
	Idempotent bool `json:"idempotent"`
}

// A plugin is closecheck as a golangci-lint module plugin.
type plugin struct{ analyzers []*analysis.Analyzer }

// New makes the golangci-lint plugin from its settings. Unknown settings
// are an error that names them.
func New(settings any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[Settings](settings)
	if err != nil {
		return nil, fmt.Errorf("closecheck settings: %w", err)
	}
	p := new(plugin)
	for _, name := range s.Passes {
		i := slices.IndexFunc(Analyzers, func(a *analysis.Analyzer) bool { return a.Name == name })
		if i < 0 {
			return nil, fmt.Errorf("closecheck settings: unknown pass %q", name)
		}
		p.analyzers = append(p.analyzers, Analyzers[i])
	}
	if len(p.analyzers) == 0 {
		p.analyzers = Analyzers
	}
	flags := []struct {
		a           *analysis.Analyzer
		name, value string
	}{
		{unclosed.Analyzer, "ignore", strings.Join(s.Ignore, ",")},
		{unclosed.Analyzer, "teardown", strings.Join(s.Teardown, ",")},
		{unstoppable.Analyzer, "main", strconv.FormatBool(s.Main)},
		{unstoppable.Analyzer, "singletons", strconv.FormatBool(s.Singletons)},
		{chanclose.Analyzer, "idempotent", strconv.FormatBool(s.Idempotent)},
	}
	for _, f := range flags {
		if err := f.a.Flags.Set(f.name, f.value); err != nil {
			return nil, fmt.Errorf("closecheck settings: %s.%s: %w", f.a.Name, f.name, err)
		}
	}
	return p, nil
}

func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) { return p.analyzers, nil }

// GetLoadMode asks for type information: the passes build SSA.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
