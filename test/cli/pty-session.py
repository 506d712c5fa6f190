#!/usr/bin/env python3
"""Runs a command on a pseudo-terminal the way a person would use it: waits for each prompt,
types the next line, and at the end prints everything the terminal showed (the screen's bytes:
prompts, the echo of what was typed, answers). Used by the CLI tests and by the fixture script
that records the native program's session.

usage: pty-session.py PROMPT INPUT_LINES_JOINED_BY_NEWLINE -- COMMAND [ARGS...]
An input line of <EOF> sends Ctrl-D instead of a line."""
import os
import pty
import select
import sys
import time

WAIT_SECONDS = 20


def main():
    prompt = sys.argv[1].encode()
    lines = sys.argv[2].split("\n")
    command = sys.argv[sys.argv.index("--") + 1:]
    pid, fd = pty.fork()
    if pid == 0:
        os.execvp(command[0], command)
    screen = b""
    deadline = time.monotonic() + WAIT_SECONDS

    def read_some(timeout):
        nonlocal screen
        ready, _, _ = select.select([fd], [], [], timeout)
        if not ready:
            return True
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child closed the terminal
            return False
        if not chunk:
            return False
        screen += chunk
        return True

    alive = True
    for line in lines:
        seen = screen.count(prompt)
        while alive and screen.count(prompt) == seen and time.monotonic() < deadline:
            alive = read_some(0.1)
        # wait for the prompt, then type
        while alive and not screen.endswith(prompt) and time.monotonic() < deadline:
            alive = read_some(0.1)
        if not alive:
            break
        os.write(fd, b"\x04" if line == "<EOF>" else line.encode() + b"\n")
    while alive and time.monotonic() < deadline:
        alive = read_some(0.2)
    _, status = os.waitpid(pid, 0)
    sys.stdout.buffer.write(screen)
    sys.stdout.flush()
    sys.exit(os.waitstatus_to_exitcode(status) & 0xFF if os.WIFEXITED(status) else 128 + os.WTERMSIG(status))


main()
