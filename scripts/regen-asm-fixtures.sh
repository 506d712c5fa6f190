#!/bin/sh
# Regenerates the assembler fixtures with the real toolchain (nasm 2.16, gcc, glibc):
#   test/asm/cases/<name>/nasm.o            nasm -felf64 <name>.asm, run inside the case folder
#   test/asm/cases/<name>/expected.txt      that object as src/elf/read-describe.ts describes it
#   test/asm/cases/<name>/nasm-stderr.txt   nasm's warnings, when it printed any
#   test/asm/cases/<name>/native-*.txt      stdout and exit code of the gcc-linked nasm object
#                                           (only for cases whose case.json says "run": true)
#   test/asm/errors/<name>.stderr           nasm's stderr for each malformed source
# A case.json "source" (a path relative to the case folder) names a program kept elsewhere, such
# as asm/hello.asm; nasm then assembles a copy named <name>.asm so its file symbol is the same.
# Review the git diff afterwards: that is the check.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cases="$root/test/asm/cases"
errors="$root/test/asm/errors"
for tool in nasm gcc node; do
  command -v "$tool" >/dev/null || { echo "regen-asm-fixtures: $tool is required" >&2; exit 1; }
done

# The reader is TypeScript: bundle the small describing entry once, next to node_modules so the
# bundle can import the packages it leaves external.
tooldir="$root/node_modules/.cache/run-asm-fixtures"
mkdir -p "$tooldir"
work=$(mktemp -d)
trap 'rm -rf "$work" "$tooldir"' EXIT
(cd "$root" && npx --no-install esbuild --bundle --platform=node --format=esm --packages=external \
  --log-level=warning test/asm/describe-object-cli.ts --outfile="$tooldir/describe.mjs")

for dir in "$cases"/*/; do
  name=$(basename "$dir")
  (
    cd "$dir"
    source=$(node -e 'const f="case.json"; const fs=require("fs"); console.log(fs.existsSync(f) ? JSON.parse(fs.readFileSync(f,"utf8")).source ?? "" : "")')
    if [ -n "$source" ]; then
      mkdir -p "$work/src-$name"
      cp "$source" "$work/src-$name/$name.asm"
      (cd "$work/src-$name" && nasm -felf64 "$name.asm" -o "$dir/nasm.o" 2> "$dir/nasm-stderr.txt")
    else
      nasm -felf64 "$name.asm" -o nasm.o 2> nasm-stderr.txt
    fi
    [ -s nasm-stderr.txt ] || rm nasm-stderr.txt
    node "$tooldir/describe.mjs" nasm.o "$name.asm" > expected.txt
    if [ -f case.json ] && node -e 'process.exit(JSON.parse(require("fs").readFileSync("case.json","utf8")).run ? 0 : 1)'; then
      gcc nasm.o -o "$work/$name" 2>/dev/null
      node -e 'process.stdout.write(JSON.parse(require("fs").readFileSync("case.json","utf8")).stdin ?? "")' > "$work/$name.stdin"
      set +e
      "$work/$name" < "$work/$name.stdin" > native-stdout.txt
      echo $? > native-exit.txt
      set -e
    fi
  )
  echo "case $name"
done

for source in "$errors"/*.asm; do
  name=$(basename "$source" .asm)
  # Run from the folder with a relative name so nasm prints `name.asm:LINE:` as our tests do.
  (cd "$errors" && nasm -felf64 "$name.asm" -o "$work/error.o" 2> "$name.stderr" || true)
  echo "error $name"
done
