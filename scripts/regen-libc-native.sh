#!/bin/sh
# Rebuilds the glibc facts the libc tests compare with: each C program in test/libc/native is
# built with gcc against the real glibc and run (with its .in file as stdin, if any); its output
# becomes the .out file next to it. The tests need neither gcc nor glibc.
set -e
cd "$(dirname "$0")/../test/libc/native"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# getline's input: lines of these lengths, then a last line without a newline
python3 -c "
import sys
for k in [5, 119, 120, 200, 250, 4095, 4096, 5000, 9000, 300, 20000]: sys.stdout.write('x' * k + '\n')
sys.stdout.write('tail')" > getline-growth.in
for source in *.c; do
  name=${source%.c}
  gcc -O0 -fno-builtin -w -o "$work/$name" "$source"
  if [ -f "$name.in" ]; then "$work/$name" < "$name.in" > "$name.out"; else "$work/$name" > "$name.out"; fi
  echo "wrote test/libc/native/$name.out"
done
