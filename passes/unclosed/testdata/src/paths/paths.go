// Package paths holds cases about which paths need a close: error
// branches, nil checks, paths that never return, switches, goto and
// loops.
package paths

import (
	"errors"
	"io/fs"
	"log"
	"os"
	"runtime"
)

// --- the call's own error

// `if err == nil { defer f.Close() }`.
func okErrNilDefer(name string) error {
	f, err := os.Open(name)
	if err == nil {
		defer f.Close()
	}
	return err
}

func leakErrNilNoClose(name string) (int64, error) {
	f, err := os.Open(name) // want `os\.Open result f is never closed`
	if err == nil {
		st, serr := f.Stat()
		if serr != nil {
			return 0, serr
		}
		return st.Size(), nil
	}
	return 0, err
}

// errors.Is on the open error ends the path.
func okErrorsIsNotExist(name string) ([]byte, error) {
	f, err := os.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b := make([]byte, 16)
	n, err := f.Read(b)
	return b[:n], err
}

// os.IsNotExist on the open error.
func okOsIsNotExist(name string) (bool, error) {
	f, err := os.Open(name)
	if os.IsNotExist(err) {
		return false, nil
	} else if err != nil {
		return false, err
	}
	return true, f.Close()
}

func leakErrorsIsOtherErr(name string) error {
	f, err := os.Open(name) // want `os\.Open result f is not closed on the path that returns at line 70`
	if err != nil {
		return err
	}
	_, err = f.Stat()
	if errors.Is(err, fs.ErrPermission) {
		return nil // leaking return
	}
	return f.Close()
}

// the later error is not the open's: close on that path too.
func okErrorsIsOtherErrClosed(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	_, err = f.Stat()
	if errors.Is(err, fs.ErrPermission) {
		f.Close()
		return nil
	}
	return f.Close()
}

// inverted condition: `if err != nil` in an else.
func okErrElse(name string) error {
	f, err := os.Open(name)
	if err == nil {
		return f.Close()
	} else {
		return err
	}
}

// --- nil checks on the resource

// `if f == nil` ends a path where there is nothing to close.
func okNilResourceCheck(name string) error {
	f, _ := os.Open(name)
	if f == nil {
		return errors.New("cannot open")
	}
	return f.Close()
}

// `if f != nil { f.Close() }`.
func okCloseIfNotNil(name string) {
	f, _ := os.Open(name)
	if f != nil {
		f.Close()
	}
}

func leakNilCheckWrongWay(name string) {
	f, _ := os.Open(name) // want `os\.Open result f is not closed on the path that returns at line 123`
	if f == nil {
		f.Close()
	}
} // leaking return

// --- paths that never return

// panic needs no close.
func okPanicPath(name string) *os.File {
	f, err := os.Open(name)
	if err != nil {
		panic(err)
	}
	st, err := f.Stat()
	if err != nil {
		panic(err)
	}
	if st.IsDir() {
		panic("directory")
	}
	return f
}

// os.Exit needs no close.
func okExitPath(name string) {
	f, err := os.Open(name)
	if err != nil {
		os.Exit(1)
	}
	if _, err := f.Stat(); err != nil {
		os.Exit(2)
	}
	f.Close()
}

// log.Fatal needs no close.
func okLogFatalPath(name string) {
	f, err := os.Open(name)
	if err != nil {
		log.Fatal(err)
	}
	if _, err := f.Stat(); err != nil {
		log.Fatalf("stat: %v", err)
	}
	defer f.Close()
}

// runtime.Goexit needs no close.
func okGoexitPath(name string) {
	f, err := os.Open(name)
	if err != nil {
		runtime.Goexit()
	}
	if _, err := f.Stat(); err != nil {
		runtime.Goexit()
	}
	f.Close()
}

func leakLogPrintfIsNotFatal(name string) {
	f, err := os.Open(name) // want `os\.Open result f is not closed on the path that returns at line 186`
	if err != nil {
		log.Fatal(err)
	}
	if _, err := f.Stat(); err != nil {
		log.Printf("stat: %v", err)
		return // leaking return
	}
	f.Close()
}

// --- switch

func leakSwitchMissingBranch(name string, mode int) error {
	f, err := os.Open(name) // want `os\.Open result f is not closed on the path that returns at line 205`
	if err != nil {
		return err
	}
	switch mode {
	case 0:
		return f.Close()
	case 1:
		f.Close()
		return errors.New("mode 1")
	default:
		return errors.New("bad mode") // leaking return
	}
}

// close in every branch, default included.
func okSwitchEveryBranch(name string, mode int) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	switch mode {
	case 0:
		return f.Close()
	case 1:
		f.Close()
		return errors.New("mode 1")
	default:
		f.Close()
		return errors.New("bad mode")
	}
}

// a switch without a default falls through to a close.
func okSwitchFallsToClose(name string, mode int) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	switch mode {
	case 0:
		_, err = f.Stat()
	case 1:
		_, err = f.Seek(0, 0)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// --- goto

func leakGotoSkipsClose(name string) error {
	var buf [8]byte
	f, err := os.Open(name) // want `os\.Open result f is not closed on the path that returns at line 258`
	if err != nil {
		return err
	}
	if _, err = f.Read(buf[:]); err != nil {
		goto out
	}
	f.Close()
out:
	return err // leaking return
}

// goto a cleanup label that closes.
func okGotoCleanup(name string) error {
	var buf [8]byte
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	if _, err = f.Read(buf[:]); err != nil {
		goto out
	}
	_, err = f.Read(buf[:])
out:
	f.Close()
	return err
}

// --- loops

func leakLabeledContinue(groups [][]string) int {
	n := 0
outer:
	for _, g := range groups {
		for _, name := range g {
			f, err := os.Open(name) // want `os\.Open result f is not closed on the path that returns at line 295`
			if err != nil {
				continue
			}
			if name == "" {
				continue outer
			}
			f.Close()
			n++
		}
	}
	return n // leaking return
}

// close before the labeled continue.
func okLabeledContinue(groups [][]string) int {
	n := 0
outer:
	for _, g := range groups {
		for _, name := range g {
			f, err := os.Open(name)
			if err != nil {
				continue
			}
			f.Close()
			if name == "" {
				continue outer
			}
			n++
		}
	}
	return n
}

// defer in a loop closes every file at the function's end.
func okDeferInLoop(names []string) error {
	for _, name := range names {
		f, err := os.Open(name)
		if err != nil {
			return err
		}
		defer f.Close()
	}
	return nil
}

func leakBreakBeforeClose(names []string) (string, error) {
	found := ""
	for _, name := range names {
		f, err := os.Open(name) // want `os\.Open result f is not closed on the path that returns at line 343`
		if err != nil {
			return "", err
		}
		if st, _ := f.Stat(); st != nil && st.Size() > 0 {
			found = name
			break
		}
		f.Close()
	}
	return found, nil // leaking return
}

// close before break.
func okCloseBeforeBreak(names []string) (string, error) {
	found := ""
	for _, name := range names {
		f, err := os.Open(name)
		if err != nil {
			return "", err
		}
		st, _ := f.Stat()
		f.Close()
		if st != nil && st.Size() > 0 {
			found = name
			break
		}
	}
	return found, nil
}

// an infinite loop that never returns needs no close.
func okServeForever(name string) {
	f, err := os.Open(name)
	if err != nil {
		return
	}
	b := make([]byte, 1)
	for {
		f.ReadAt(b, 0)
	}
}

// --- conditional cleanup flag

// a deferred closure that closes unless ownership was handed over.
func okCloseUnlessHandedOver(name string) (*os.File, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	ok := false
	defer func() {
		if !ok {
			f.Close()
		}
	}()
	if _, err := f.Stat(); err != nil {
		return nil, err
	}
	ok = true
	return f, nil
}

// --- defer on one branch only

func leakDeferOnOneBranch(name string, keep bool) error {
	f, err := os.Open(name) // want `os\.Open result f is not closed on the path that returns at line 407`
	if err != nil {
		return err
	}
	if !keep {
		defer f.Close()
	}
	return nil // leaking return
}

// defer unconditionally, hand over through an out-parameter otherwise.
func okDeferUnlessHandedOver(name string, keep bool, out **os.File) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	if keep {
		*out = f
		return nil
	}
	defer f.Close()
	return nil
}

// --- other shapes of the error check

// the file scoped to an if statement.
func okIfScoped(name string) bool {
	if f, err := os.Open(name); err == nil {
		defer f.Close()
		return true
	}
	return false
}

// `switch err { case nil: ... }`.
func okSwitchOnErr(name string) error {
	f, err := os.Open(name)
	switch err {
	case nil:
		return f.Close()
	default:
		return err
	}
}

// errors.As on the open error.
func okErrorsAs(name string) (string, error) {
	f, err := os.Open(name)
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Path, nil
	}
	if err != nil {
		return "", err
	}
	defer f.Close()
	return f.Name(), nil
}

// `if err != nil || f == nil`.
func okErrOrNil(name string) error {
	f, err := os.Open(name)
	if err != nil || f == nil {
		return err
	}
	return f.Close()
}

var errBadHeader = errors.New("bad header")

func openChecked(name string) (*os.File, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	if name == "" {
		f.Close()
		return nil, errBadHeader
	}
	return f, nil
}

// a call expected to fail, its result discarded: when the error is the
// sentinel, nothing was opened.
func okDiscardedExpectFailure(name string) bool {
	if _, err := openChecked(name); err != errBadHeader {
		panic("expected a bad header")
	}
	return true
}

// the same comparison, on the success side.
func leakDiscardedWrongCheck(name string) bool {
	_, err := openChecked(name) // want `openChecked result is never closed`
	return err != errBadHeader
}

// Outside a test, a file assigned to _ while its info is kept leaks.
func leakBlankResourceKeepsInfo(name string) (int64, error) {
	_, info, err := statOpen(name) // want `statOpen result is never closed`
	if err != nil {
		return 0, err
	}
	return info.Size(), nil
}

func statOpen(name string) (*os.File, os.FileInfo, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return f, info, nil
}

// a deferred closure in a loop body closes that iteration's file.
func okDeferClosureInLoop(names []string) error {
	for _, n := range names {
		f, err := os.Open(n)
		if err != nil {
			return err
		}
		defer func() { _ = f.Close() }()
		if _, err := f.Stat(); err != nil {
			return err
		}
	}
	return nil
}

// a variable declared before the loop: the deferred closure closes only
// what it holds at the end.
func leakDeferClosureOverOuterVar(names []string) error {
	var f *os.File
	defer func() {
		if f != nil {
			f.Close()
		}
	}()
	for _, n := range names {
		var err error
		f, err = os.Open(n) // want `os\.Open result f is not closed before the next iteration of the loop`
		if err != nil {
			return err
		}
	}
	return nil
}

// A loop from a constant to a constant runs its body at least once.
func okClosedInLoopThatRuns(name string) {
	f, err := os.Open(name)
	if err != nil {
		return
	}
	for i := 0; i < 3; i++ {
		f.Close()
	}
}

// One bounded by a variable may not run at all.
func leakClosedInLoopThatMayNotRun(name string, n int) {
	f, err := os.Open(name) // want `os\.Open result f is not closed on the path that returns at line \d+`
	if err != nil {
		return
	}
	for i := 0; i < n; i++ {
		f.Close()
	}
}

// And one whose bounds say so does not.
func leakClosedInLoopThatNeverRuns(name string) {
	f, err := os.Open(name) // want `os\.Open result f is not closed on the path that returns at line \d+`
	if err != nil {
		return
	}
	for i := 3; i < 3; i++ {
		f.Close()
	}
}

// A range over a literal with elements runs its body at least once.
func okClosedInRangeOverLiteral(name string) {
	f, err := os.Open(name)
	if err != nil {
		return
	}
	cases := []string{"a"}
	for _, c := range cases {
		f.Close()
		_ = c
	}
}

// One over an empty literal never does.
func leakClosedInRangeOverEmptyLiteral(name string) {
	f, err := os.Open(name) // want `os\.Open result f is not closed on the path that returns at line \d+`
	if err != nil {
		return
	}
	for range []string{} {
		f.Close()
	}
}

// One over a slice it is given may be over none.
func leakClosedInRangeOverParam(name string, cases []string) {
	f, err := os.Open(name) // want `os\.Open result f is not closed on the path that returns at line \d+`
	if err != nil {
		return
	}
	for range cases {
		f.Close()
	}
}

// Nor does one over a literal cut short.
func leakClosedInRangeOverEmptySlice(name string) {
	f, err := os.Open(name) // want `os\.Open result f is not closed on the path that returns at line \d+`
	if err != nil {
		return
	}
	for range []string{"a"}[:0] {
		f.Close()
	}
}
