#!/bin/sh
# Regenerates the ELF writer's fixtures: nasm 2.16's objects for the two example programs,
# assembled from the repository root so the file symbol reads `asm/NAME.asm` as ours does.
set -e
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
for name in hello repl; do
  nasm -felf64 "asm/$name.asm" -o "test/elf/fixtures/$name.o"
done
