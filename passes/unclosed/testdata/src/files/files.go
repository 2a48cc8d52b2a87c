// Package files holds cases for *os.File: os.Open, os.Create, os.OpenFile,
// os.CreateTemp, os.Pipe and os.NewFile.
package files

import (
	"bufio"
	"errors"
	"io"
	"os"
)

// --- os.Open, never closed vs deferred close

func leakOpenNeverClosed(name string) string {
	f, err := os.Open(name) // want `os\.Open result f is never closed`
	if err != nil {
		return ""
	}
	return f.Name()
}

// defer Close right after the error check.
func okOpenDeferClose(name string) (string, error) {
	f, err := os.Open(name)
	if err != nil {
		return "", err
	}
	defer f.Close()
	return f.Name(), nil
}

// --- result discarded

func leakOpenDiscarded(name string) {
	os.Open(name) // want `os\.Open result is never closed`
}

func leakOpenBlankResult(name string) error {
	_, err := os.Open(name) // want `os\.Open result is never closed`
	return err
}

// os.Stat answers the same question without opening anything.
func okStatInsteadOfOpen(name string) error {
	_, err := os.Stat(name)
	return err
}

// --- os.Create, write error path

func leakCreateOnWriteError(name string, data []byte) error {
	f, err := os.Create(name) // want `os\.Create result f is not closed on the path that returns at line 57`
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		return err // leaking return
	}
	return f.Close()
}

// close on the write-error path, return Close's error otherwise.
func okCreateCloseOnEveryPath(name string, data []byte) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// --- os.OpenFile with the Close error folded into a named result

func leakOpenFileSyncError(name string) error {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_APPEND, 0o644) // want `os\.OpenFile result f is not closed on the path that returns at line 87`
	if err != nil {
		return err
	}
	if _, err = f.WriteString("x\n"); err != nil {
		f.Close()
		return err
	}
	if err = f.Sync(); err != nil {
		return err // leaking return
	}
	return f.Close()
}

// deferred closure that keeps the first error.
func okOpenFileNamedResult(name string) (err error) {
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := f.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	if _, err = f.WriteString("x\n"); err != nil {
		return err
	}
	return f.Sync()
}

// --- os.CreateTemp: removing the file does not close it

func leakCreateTempRemoveOnly(dir string) (string, error) {
	f, err := os.CreateTemp(dir, "scratch-*") // want `os\.CreateTemp result f is never closed`
	if err != nil {
		return "", err
	}
	defer os.Remove(f.Name())
	return f.Name(), nil
}

// close and remove, both deferred.
func okCreateTempCloseAndRemove(dir string) (string, error) {
	f, err := os.CreateTemp(dir, "scratch-*")
	if err != nil {
		return "", err
	}
	defer os.Remove(f.Name())
	defer f.Close()
	return f.Name(), nil
}

// --- second open's error check does not excuse the first file

func leakFirstOnSecondOpenError(a, b string) error {
	src, err := os.Open(a) // want `os\.Open result src is not closed on the path that returns at line 140`
	if err != nil {
		return err
	}
	dst, err := os.Create(b)
	if err != nil {
		return err // leaking return
	}
	defer dst.Close()
	defer src.Close()
	_, err = io.Copy(dst, src)
	return err
}

// copy idiom: defer each close right after its own open.
func okCopyFile(a, b string) error {
	src, err := os.Open(a)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.Create(b)
	if err != nil {
		return err
	}
	defer dst.Close()
	_, err = io.Copy(dst, src)
	return err
}

// --- readers that only borrow the file

func leakReadAllNoClose(name string) ([]byte, error) {
	f, err := os.Open(name) // want `os\.Open result f is never closed`
	if err != nil {
		return nil, err
	}
	return io.ReadAll(f)
}

func leakScannerNoClose(name string) ([]string, error) {
	f, err := os.Open(name) // want `os\.Open result f is never closed`
	if err != nil {
		return nil, err
	}
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	return lines, sc.Err()
}

// bufio.Scanner over a file closed by defer.
func okScannerDeferClose(name string) ([]string, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	return lines, sc.Err()
}

// --- returning the file on success only

func leakOpenDirCheck(name string) (*os.File, error) {
	f, err := os.Open(name) // want `os\.Open result f is not closed on the path that returns at line 215`
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if st.IsDir() {
		return nil, errors.New("is a directory") // leaking return
	}
	return f, nil
}

// close on each failure, hand the file to the caller on success.
func okOpenRegular(name string) (*os.File, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if st.IsDir() {
		f.Close()
		return nil, errors.New("is a directory")
	}
	return f, nil
}

// --- loops

func leakOpenInLoopContinue(names []string) int64 {
	var total int64
	for _, name := range names {
		f, err := os.Open(name) // want `os\.Open result f is not closed before the next iteration of the loop`
		if err != nil {
			continue
		}
		st, err := f.Stat()
		if err != nil {
			continue
		}
		total += st.Size()
		f.Close()
	}
	return total
}

// close before continue.
func okOpenInLoopCloseBeforeContinue(names []string) int64 {
	var total int64
	for _, name := range names {
		f, err := os.Open(name)
		if err != nil {
			continue
		}
		st, err := f.Stat()
		f.Close()
		if err != nil {
			continue
		}
		total += st.Size()
	}
	return total
}

// a function literal per iteration with its own defer.
func okOpenInLoopFuncLiteral(names []string) error {
	for _, name := range names {
		err := func() error {
			f, err := os.Open(name)
			if err != nil {
				return err
			}
			defer f.Close()
			_, err = f.Stat()
			return err
		}()
		if err != nil {
			return err
		}
	}
	return nil
}

// --- reassignment: the first file is lost

func leakReassigned(a, b string) error {
	f, err := os.Open(a) // want `os\.Open result f is never closed`
	if err != nil {
		return err
	}
	f, err = os.Open(b)
	if err != nil {
		return err
	}
	return f.Close()
}

// close the first before reusing the variable.
func okReassignedAfterClose(a, b string) error {
	f, err := os.Open(a)
	if err != nil {
		return err
	}
	f.Close()
	f, err = os.Open(b)
	if err != nil {
		return err
	}
	return f.Close()
}

// --- os.Pipe: two files

func leakPipeWriteEnd() (*os.File, error) {
	r, w, err := os.Pipe() // want `os\.Pipe result w is never closed`
	if err != nil {
		return nil, err
	}
	_ = w.Fd()
	return r, nil
}

// both ends handled: one closed, one returned.
func okPipeBothEnds(data []byte) (*os.File, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	defer w.Close()
	if _, err := w.Write(data); err != nil {
		r.Close()
		return nil, err
	}
	return r, nil
}

// --- os.NewFile wraps a descriptor the caller then owns

func leakNewFile(fd uintptr) int64 {
	f := os.NewFile(fd, "inherited") // want `os\.NewFile result f is never closed`
	n, _ := f.Seek(0, io.SeekEnd)
	return n
}

// close through the *os.File that wraps the descriptor.
func okNewFile(fd uintptr) int64 {
	f := os.NewFile(fd, "inherited")
	defer f.Close()
	n, _ := f.Seek(0, io.SeekEnd)
	return n
}

// --- values that are not made by the function

// os.Stdout is not made here: no close.
func okStdoutNotOwned() {
	w := bufio.NewWriter(os.Stdout)
	w.WriteString("hi\n")
	w.Flush()
}

// a file received as a parameter belongs to the caller.
func okParamNotOwned(f *os.File) ([]byte, error) {
	return io.ReadAll(f)
}

// os.ReadFile opens and closes internally.
func okReadFile(name string) ([]byte, error) {
	return os.ReadFile(name)
}
