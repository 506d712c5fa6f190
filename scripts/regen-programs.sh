#!/usr/bin/env bash
# Rebuilds the native fixtures of test/programs/<name>/ with the real toolchain:
#   in:  <name>.asm (or case.json "source", copied in first), any case.json "extraSources",
#        and case.json (args, stdin, timeout)
#   out: <name>.o (and one .o per extra source) from nasm -felf64; then, from running the
#        gcc-linked program, stdout.txt, stderr.txt, the "exit" field of case.json and, with
#        "combined": true, combined.txt (stdout and stderr written to one file).
# Usage: scripts/regen-programs.sh [name...]   (no names: every program)
# Needs nasm, gcc, python3 and timeout(1). The tests never run this; review the diff it makes.
set -Eeuo pipefail
trap 'echo "regen-programs: stopped by a failing command at line $LINENO" >&2' ERR
cd "$(dirname "$0")/.."
root=$PWD
export LC_ALL=C
ulimit -c 0                     # crash cases must not leave core files behind
ulimit -s 8192                  # the stack size run-asm gives its guests

for tool in nasm gcc python3 timeout; do
  command -v "$tool" >/dev/null || { echo "regen-programs: $tool is required" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A program that never ends on its own names its own timeout; any other gets this much.
safety_timeout=60

# case_field FILE KEY: prints one field of case.json ('' when absent)
case_field() {
  python3 -c 'import json,sys; v=json.load(open(sys.argv[1])).get(sys.argv[2]); print("" if v is None else (str(v).lower() if isinstance(v,bool) else v), end="")' "$1" "$2"
}

# record_exit FILE STATUS: writes the native status into case.json's "exit"
record_exit() {
  python3 - "$1" "$2" <<'PY'
import json, sys
path, status = sys.argv[1], int(sys.argv[2])
with open(path) as f:
    case = json.load(f)
case["exit"] = status
with open(path, "w") as f:
    json.dump(case, f, indent=2, ensure_ascii=False)
    f.write("\n")
PY
}

regen_one() {
  local name=$1 dir=$root/test/programs/$1
  local case_file=$dir/case.json
  [ -f "$case_file" ] || { echo "regen-programs: $case_file is missing" >&2; return 1; }

  local source
  source=$(case_field "$case_file" source)
  [ -z "$source" ] || cp "$root/$source" "$dir/$name.asm"

  # Assemble in the program's folder so each object names its file as the user would.
  # "extraSources" are further files of the same program, linked after <name>.o.
  local -a objects=("$name.o")
  (cd "$dir" && nasm -felf64 "$name.asm" -o "$name.o")
  local extra
  while IFS= read -r extra; do
    [ -n "$extra" ] || continue
    (cd "$dir" && nasm -felf64 "$extra" -o "${extra%.asm}.o")
    objects+=("${extra%.asm}.o")
  done < <(python3 -c 'import json,sys; print("\n".join(json.load(open(sys.argv[1])).get("extraSources", [])))' "$case_file")
  # Link from the folder too: ld's messages then name the object as the user would.
  if ! (cd "$dir" && gcc -z noexecstack -o "$work/$name" "${objects[@]}") 2>"$work/$name.link"; then
    if [ -z "$(case_field "$case_file" linkError)" ]; then
      cat "$work/$name.link" >&2
      return 1
    fi
    # A case about a link failure: what the user sees is the linker's status and message.
    : >"$dir/stdout.txt"
    cp "$work/$name.link" "$dir/stderr.txt"
    record_exit "$case_file" 1
    printf '%-22s link fails as expected\n' "$name"
    return 0
  fi

  python3 -c 'import json,sys; sys.stdout.write(json.load(open(sys.argv[1]))["stdin"])' "$case_file" >"$work/$name.stdin"
  local -a args=()
  mapfile -d '' args < <(python3 -c 'import json,sys; sys.stdout.write("".join(a+"\0" for a in json.load(open(sys.argv[1]))["args"]))' "$case_file")

  local limit
  limit=$(case_field "$case_file" timeout)
  local wrapper=(timeout "${limit:-$safety_timeout}")

  local status=0
  { (cd "$work" && "${wrapper[@]}" "./$name" "${args[@]}" <"$name.stdin" >"$dir/stdout.txt" 2>"$dir/stderr.txt") || status=$?; } 2>/dev/null
  if [ -z "$limit" ] && [ "$status" -eq 124 ]; then
    echo "regen-programs: $name ran past ${safety_timeout}s; give it a \"timeout\" in case.json" >&2
    return 1
  fi

  if [ "$(case_field "$case_file" combined)" = "true" ]; then
    { (cd "$work" && "${wrapper[@]}" "./$name" "${args[@]}" <"$name.stdin" >"$dir/combined.txt" 2>&1) || true; } 2>/dev/null
  fi

  record_exit "$case_file" "$status"
  printf '%-22s exit %3d  stdout %6d bytes  stderr %4d bytes\n' "$name" "$status" \
    "$(wc -c <"$dir/stdout.txt")" "$(wc -c <"$dir/stderr.txt")"
}

if [ "$#" -gt 0 ]; then
  names=("$@")
else
  names=()
  for dir in "$root"/test/programs/*/; do names+=("$(basename "$dir")"); done
fi
for name in "${names[@]}"; do regen_one "$name"; done
