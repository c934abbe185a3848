package main

import (
	"bytes"
	"io"
	"testing"
	"testing/iotest"
	"unicode/utf8"
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

// fromUTF16 leaves data without a UTF-16 byte order mark as it is, and
// turns any data with one into valid UTF-8.
func FuzzFromUTF16(f *testing.F) {
	f.Add([]byte{0xFF, 0xFE, 'a', 0, 0x27, 0x06})
	f.Add([]byte{0xFE, 0xFF, 0xD8, 0x00, 0})
	f.Add([]byte("plain \xff text"))
	f.Fuzz(func(t *testing.T, data []byte) {
		got := fromUTF16(data)
		bom := len(data) >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF)
		if !bom && !bytes.Equal(got, data) {
			t.Fatalf("changed data without a byte order mark: %q -> %q", data, got)
		}
		if bom && !utf8.Valid(got) {
			t.Fatalf("invalid UTF-8 from %q: %q", data, got)
		}
	})
}
