// Triagecheck compares bench/triage.md with the reports of the last
// harness run. It lists the triaged reports that the run no longer makes
// and the reports that triage.md does not classify yet. With -write it
// drops the rows of the reports that are gone and recounts the section
// headings and the table of where each pass stands; rows for new reports
// are for a person to write, after reading them.
//
//	go run ./bench/harness -twice -peers -runs 3
//	go run ./bench/triagecheck          # what changed
//	go run ./bench/triagecheck -write   # drop the gone rows, recount
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

var (
	triageFile = flag.String("triage", "bench/triage.md", "the triage to check")
	reportsDir = flag.String("reports", filepath.Join(os.TempDir(), "closecheck-bench"), "the harness's reports")
	write      = flag.Bool("write", false, "drop the rows of reports that are gone and recount")
)

var passes = []string{"unclosed", "unstoppable", "chanclose"}

// A row is one classified report: a line of a section's table.
type row struct {
	loc, pass, class string
	line             string
}

// A section is a heading of triage.md's per-package part and its rows: a
// standard library package, or a corpus module at its version.
type section struct {
	name string
	rows []row
}

// A key names a report by place and pass; a place may carry several.
type key struct{ loc, pass string }

func main() {
	log.SetFlags(0)
	log.SetPrefix("triagecheck: ")
	flag.Parse()
	data, err := os.ReadFile(*triageFile)
	if err != nil {
		log.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	sections := parseSections(lines)
	goroot := strings.TrimSpace(goEnv("GOROOT"))
	byModule := make(map[string][]*section) // "std" for the standard library
	var modules []string
	for _, s := range sections {
		m := "std"
		if strings.Contains(s.name, " ") {
			m = s.name
		}
		if byModule[m] == nil {
			modules = append(modules, m)
		}
		byModule[m] = append(byModule[m], s)
	}
	drop := make(map[string]int) // rows of gone reports, by their line
	for _, m := range modules {
		reports, err := readReports(m, goroot)
		if err != nil {
			log.Fatal(err)
		}
		gone, fresh := compare(byModule[m], reports)
		fmt.Printf("%s: %d triaged, %d reported, %d gone, %d not triaged\n", m, countRows(byModule[m]), len(reports), len(gone), len(fresh))
		for _, r := range gone {
			fmt.Printf("  gone  %s %s (%s)\n", r.loc, r.pass, r.class)
			drop[r.line]++
		}
		for _, k := range fresh {
			fmt.Printf("  new   %s %s\n", k.loc, k.pass)
		}
	}
	if *write {
		out := rewrite(lines, sections, modules, byModule, drop)
		if err := os.WriteFile(*triageFile, []byte(strings.Join(out, "\n")), 0o666); err != nil {
			log.Fatal(err)
		}
	}
}

var headingRE = regexp.MustCompile(`^### (.+) \(\d+: \d+ real, \d+ deliberate, \d+ FP\)$`)

func parseSections(lines []string) []*section {
	var sections []*section
	var cur *section
	for _, l := range lines {
		if m := headingRE.FindStringSubmatch(l); m != nil {
			cur = &section{name: m[1]}
			sections = append(sections, cur)
			continue
		}
		if cur == nil || !strings.HasPrefix(l, "| `") {
			continue
		}
		cells := strings.Split(strings.Trim(l, "|"), "|")
		if len(cells) < 3 {
			continue
		}
		cur.rows = append(cur.rows, row{
			loc:   strings.Trim(strings.TrimSpace(cells[0]), "`"),
			pass:  strings.TrimSpace(cells[1]),
			class: strings.TrimSpace(cells[2]),
			line:  l,
		})
	}
	return sections
}

var reportRE = regexp.MustCompile(`^(.+:\d+:\d+): .* \((\w+)\)$`)

// readReports reads the harness's reports on module m ("std", or a module
// and its version), as places relative to the module's root or GOROOT/src.
func readReports(m, goroot string) ([]key, error) {
	name := "std.txt"
	prefix := filepath.Join(goroot, "src") + string(filepath.Separator)
	if m != "std" {
		modVer := strings.Replace(m, " ", "@", 1)
		name = strings.NewReplacer("/", "_", "+", "_").Replace(modVer) + ".txt"
		prefix = "@" + strings.SplitN(m, " ", 2)[1] + "/"
	}
	f, err := os.Open(filepath.Join(*reportsDir, name))
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var reports []key
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		match := reportRE.FindStringSubmatch(sc.Text())
		if match == nil {
			continue
		}
		loc := match[1]
		if i := strings.Index(loc, prefix); i >= 0 {
			loc = loc[i+len(prefix):]
		}
		reports = append(reports, key{loc, match[2]})
	}
	return reports, sc.Err()
}

// compare returns the rows whose reports are gone and the reports that no
// row classifies, counting repeats at one place.
func compare(sections []*section, reports []key) (gone []row, fresh []key) {
	left := make(map[key]int)
	for _, k := range reports {
		left[k]++
	}
	for _, s := range sections {
		for _, r := range s.rows {
			k := key{r.loc, r.pass}
			if left[k] > 0 {
				left[k]--
				continue
			}
			gone = append(gone, r)
		}
	}
	for _, k := range reports {
		if left[k] > 0 {
			left[k]--
			fresh = append(fresh, k)
		}
	}
	return gone, fresh
}

func countRows(sections []*section) int {
	n := 0
	for _, s := range sections {
		n += len(s.rows)
	}
	return n
}

// rewrite returns triage.md without the rows in drop, with its headings
// and its table of where each pass stands recounted.
func rewrite(lines []string, sections []*section, modules []string, byModule map[string][]*section, drop map[string]int) []string {
	left := maps.Clone(drop)
	bySection := make(map[string]*section)
	for _, s := range sections {
		bySection[s.name] = s
		s.rows = slices.DeleteFunc(s.rows, func(r row) bool {
			if left[r.line] > 0 {
				left[r.line]--
				return true
			}
			return false
		})
	}
	var out []string
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		switch {
		case strings.HasPrefix(l, "| module | pass | reports |"):
			out = append(out, passTable(modules, byModule)...)
			for i+1 < len(lines) && strings.HasPrefix(lines[i+1], "|") {
				i++
			}
			continue
		case strings.HasPrefix(l, "## Standard library"):
			c := tally(byModule["std"])
			l = fmt.Sprintf("%s: %d reports, %d real, %d deliberate, %d FP", strings.SplitN(l, ":", 2)[0], c.n, c.real, c.deliberate, c.fp)
		case headingRE.MatchString(l):
			s := bySection[headingRE.FindStringSubmatch(l)[1]]
			if len(s.rows) == 0 {
				// The section is empty now: drop its heading and table.
				for i+1 < len(lines) && !strings.HasPrefix(lines[i+1], "#") {
					i++
				}
				continue
			}
			c := tally([]*section{s})
			l = fmt.Sprintf("### %s (%d: %d real, %d deliberate, %d FP)", s.name, c.n, c.real, c.deliberate, c.fp)
		case strings.HasPrefix(l, "| `") && drop[l] > 0:
			drop[l]--
			continue
		}
		out = append(out, l)
	}
	return out
}

// counts tallies rows by class.
type counts struct{ real, deliberate, fp, n int }

func (c *counts) add(class string) {
	switch class {
	case "real":
		c.real++
	case "deliberate":
		c.deliberate++
	case "FP":
		c.fp++
	}
	c.n++
}

func tally(sections []*section) counts {
	var c counts
	for _, s := range sections {
		for _, r := range s.rows {
			c.add(r.class)
		}
	}
	return c
}

// passTable is the table of where each pass stands: per module and pass,
// then per pass over all of them.
func passTable(modules []string, byModule map[string][]*section) []string {
	lines := []string{
		"| module | pass | reports | real | deliberate | FP | real / reports | (real + deliberate) / reports |",
		"|---|---|---:|---:|---:|---:|---:|---:|",
	}
	all := make(map[string]*counts)
	line := func(name, pass string, c *counts) string {
		return fmt.Sprintf("| %s | %s | %d | %d | %d | %d | %d%% | %d%% |", name, pass, c.n, c.real, c.deliberate, c.fp,
			percent(c.real, c.n), percent(c.real+c.deliberate, c.n))
	}
	for _, m := range modules {
		per := make(map[string]*counts)
		for _, s := range byModule[m] {
			for _, r := range s.rows {
				for _, c := range []map[string]*counts{per, all} {
					if c[r.pass] == nil {
						c[r.pass] = new(counts)
					}
					c[r.pass].add(r.class)
				}
			}
		}
		for _, p := range passes {
			if per[p] != nil {
				lines = append(lines, line(m, p, per[p]))
			}
		}
	}
	for _, p := range passes {
		if all[p] != nil {
			lines = append(lines, line(fmt.Sprintf("**all %d**", len(modules)), p, all[p]))
		}
	}
	return lines
}

func percent(a, b int) int {
	if b == 0 {
		return 0
	}
	return (200*a + b) / (2 * b) // rounded
}

func goEnv(name string) string {
	out, err := exec.Command("go", "env", name).Output()
	if err != nil {
		log.Fatal(err)
	}
	return string(out)
}
