// The program corpus end to end: each test/programs/<name>/ is run through the installed CLI
// (bin/run-asm.cjs) twice, once from the objects real nasm made (<name>.o, so the runtime is
// tested on its own) and once from the source (<name>.asm, through our assembler). In: the
// case.json arguments and stdin, over pipes. Out: stdout bytes, stderr and exit status compared
// with what the gcc-linked program printed natively (scripts/regen-programs.sh captured them).
import { spawn, type StdioOptions } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const programsDir = join(root, 'test', 'programs');
const cli = join(root, 'bin', 'run-asm.cjs');

/** One program's case.json; `exit` is the native status, written by the regenerate script. */
interface ProgramCase {
  args: string[];
  stdin: string;
  exit: number;
  /** Seconds: passed as --timeout (natively the program ran under timeout(1)). */
  timeout?: number;
  /** For crashes: the signal line run-asm must print, as a shell spells it. */
  signal?: string;
  /** combined.txt holds stdout and stderr written to one file. */
  combined?: boolean;
  /** The link must fail on this undefined symbol, as ld fails, before anything runs. */
  linkError?: string;
  /** Further sources of the same program, given to the CLI after <name>.asm (or their .o). */
  extraSources?: string[];
  /** Arguments follow the input without '--'. */
  plainArgs?: boolean;
  notes?: string;
  source?: string;
}

interface Program {
  name: string;
  dir: string;
  spec: ProgramCase;
  stdout: Buffer;
  stderr: Buffer;
  combined?: Buffer;
}

interface RunResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: Buffer;
  stderr: Buffer;
}

// A guard against a hung runner, well past any program's own time; not an assertion on speed.
const RUNNER_GUARD_MS = 90_000;
// Each test may run the CLI twice (the combined-output check), each under the guard.
const TEST_TIMEOUT_MS = 2 * RUNNER_GUARD_MS + 10_000;

// A frame of a Node stack trace: what leaks out when the runner itself crashes.
const HOST_STACK_FRAME = /\bat .*(\((file|node):|\.m?[jt]s:\d+:\d+)/;

function loadPrograms(): Program[] {
  return readdirSync(programsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = join(programsDir, entry.name);
      const combinedPath = join(dir, 'combined.txt');
      return {
        name: entry.name,
        dir,
        spec: JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as ProgramCase,
        stdout: readFileSync(join(dir, 'stdout.txt')),
        stderr: readFileSync(join(dir, 'stderr.txt')),
        combined: existsSync(combinedPath) ? readFileSync(combinedPath) : undefined,
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

type InputKind = 'o' | 'asm';

function cliArguments(program: Program, kind: InputKind): string[] {
  const { spec } = program;
  const options = spec.timeout === undefined ? [] : ['--timeout', String(spec.timeout)];
  const sources = [`${program.name}.asm`, ...(spec.extraSources ?? [])];
  const inputs = sources.map((source) => join(program.dir, source.replace(/\.asm$/, `.${kind}`)));
  const programArgs = spec.args.length === 0 || spec.plainArgs ? spec.args : ['--', ...spec.args];
  return [...options, ...inputs, ...programArgs];
}

/** Runs the CLI with stdin from the case; stdout/stderr go to pipes, or both to `sharedFd`. */
function runCli(args: string[], stdin: string, sharedFd?: number): Promise<RunResult> {
  const stdio: StdioOptions = sharedFd === undefined ? ['pipe', 'pipe', 'pipe'] : ['pipe', sharedFd, sharedFd];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: root,
      stdio,
      env: { ...process.env, LC_ALL: 'C' },
      timeout: RUNNER_GUARD_MS,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (status, signal) =>
      resolve({ status, signal, stdout: Buffer.concat(out), stderr: Buffer.concat(err) }),
    );
    // A program that exits without reading leaves the pipe closed; that is not a failure here.
    child.stdin?.on('error', () => {});
    child.stdin?.end(stdin);
  });
}

async function runCombined(program: Program, kind: InputKind): Promise<Buffer> {
  const dir = mkdtempSync(join(tmpdir(), 'run-asm-programs-'));
  const file = join(dir, 'combined.txt');
  const fd = openSync(file, 'w');
  try {
    await runCli(cliArguments(program, kind), program.spec.stdin, fd);
  } finally {
    closeSync(fd);
  }
  const written = readFileSync(file);
  rmSync(dir, { recursive: true, force: true });
  return written;
}

function describeRun(result: RunResult): string {
  const stderr = result.stderr.toString('utf8');
  return `status ${result.status}${result.signal ? ` (runner killed by ${result.signal})` : ''}; stderr:\n${stderr.slice(0, 2000)}`;
}

async function checkProgram(program: Program, kind: InputKind): Promise<void> {
  const { spec } = program;
  const result = await runCli(cliArguments(program, kind), spec.stdin);

  // The runner itself must end normally: a host crash or a hang is never the guest's status.
  expect(result.signal, describeRun(result)).toBeNull();
  expect(result.status, describeRun(result)).toBe(spec.exit);
  expect(result.stdout.toString('latin1')).toBe(program.stdout.toString('latin1'));

  const stderr = result.stderr.toString('latin1');
  expect(stderr, 'a host stack trace').not.toMatch(HOST_STACK_FRAME);
  if (spec.linkError !== undefined) {
    // ld's wording, with either quote style around the name.
    expect(stderr).toMatch(new RegExp(`undefined reference to [\`']${spec.linkError}'`));
  } else if (spec.signal !== undefined) {
    // Natively the kernel prints nothing; run-asm adds a report that names the signal.
    expect(stderr.startsWith(program.stderr.toString('latin1')), stderr).toBe(true);
    expect(stderr).toContain(spec.signal);
  } else if (spec.timeout !== undefined) {
    // timeout(1) prints nothing; run-asm may say it stopped the program, after native stderr.
    expect(stderr.startsWith(program.stderr.toString('latin1')), stderr).toBe(true);
  } else {
    expect(stderr).toBe(program.stderr.toString('latin1'));
  }

  if (program.combined !== undefined) {
    const combined = await runCombined(program, kind);
    expect(combined.toString('latin1')).toBe(program.combined.toString('latin1'));
  }
}

const programs = loadPrograms();

describe.concurrent('program corpus', () => {
  test('has the programs the corpus promises', () => {
    expect(programs.length).toBeGreaterThanOrEqual(30);
    for (const program of programs) {
      expect(existsSync(join(program.dir, `${program.name}.asm`)), program.name).toBe(true);
      expect(existsSync(join(program.dir, `${program.name}.o`)), program.name).toBe(true);
    }
  });

  for (const program of programs) {
    test(`${program.name}: nasm-built object`, () => checkProgram(program, 'o'), TEST_TIMEOUT_MS);
    test(`${program.name}: assembled from source`, () => checkProgram(program, 'asm'), TEST_TIMEOUT_MS);
  }
});
