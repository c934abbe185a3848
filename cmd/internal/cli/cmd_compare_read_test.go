package cli

import (
	"bytes"
	"io"
	"testing"
	"testing/iotest"
)

// readAll must read what io.ReadAll reads, whatever the size hint and
// however the reader splits its data.
func TestReadAllMatchesIOReadAll(t *testing.T) {
	for _, n := range []int{0, 1, 511, 512, 513, 4096, 100000} {
		src := bytes.Repeat([]byte("قال x"), n/6+1)[:n]
		for _, hint := range []int{0, n, n - 1, n + 7, 3} {
			for name, r := range map[string]io.Reader{
				"whole":    bytes.NewReader(src),
				"one byte": iotest.OneByteReader(bytes.NewReader(src)),
				"half":     iotest.HalfReader(bytes.NewReader(src)),
			} {
				got, err := readAll(r, max(hint, 0))
				if err != nil || !bytes.Equal(got, src) {
					t.Fatalf("readAll(%s, %d bytes, hint %d) = %d bytes, %v", name, n, hint, len(got), err)
				}
			}
		}
	}
	if _, err := readAll(iotest.ErrReader(io.ErrUnexpectedEOF), 10); err != io.ErrUnexpectedEOF {
		t.Errorf("readAll of a failing reader: error %v, want %v", err, io.ErrUnexpectedEOF)
	}
}
