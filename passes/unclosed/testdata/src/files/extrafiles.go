package files

import (
	"os"
	"os/exec"
	"runtime"
)

// The child inherits a duplicate of the file: exec.Cmd closes neither
// its ExtraFiles nor its Stdin, Stdout and Stderr files, so the caller
// still must. The windows branch cannot be taken here, so the file always
// goes to ExtraFiles.
func leakInheritedOnStartError(name string) (*exec.Cmd, error) {
	f, err := os.Open(name) // want `os\.Open result f is not closed on the path that returns at line 26`
	if err != nil {
		return nil, err
	}
	cmd := exec.Command("child")
	if runtime.GOOS == "windows" {
		cmd.Env = append(cmd.Env, "FD="+f.Name())
	} else {
		cmd.ExtraFiles = append(cmd.ExtraFiles, f)
	}
	cmd.Stdout = f
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	f.Close()
	return cmd, nil
}

func okInheritedClosedAfterStart(name string) (*exec.Cmd, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	cmd := exec.Command("child")
	cmd.ExtraFiles = []*os.File{f}
	cmd.Stdin = f
	return cmd, cmd.Start()
}

// The file goes to the child through ExtraFiles, and is closed from
// there once the child has run.
func okClosedThroughExtraFiles(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	cmd := exec.Command("child")
	cmd.ExtraFiles = []*os.File{f}
	err = cmd.Run()
	for _, f := range cmd.ExtraFiles {
		f.Close()
	}
	return err
}
