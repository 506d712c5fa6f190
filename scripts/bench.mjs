// `npm run bench`: run-asm side by side with the native toolchain and with qemu-x86_64.
//   in:  asm/hello.asm, asm/repl.asm, bench/loop.asm, and inputs generated into a temp dir
//        (a 1,000,000-line REPL session, a 20,000-line assembler source)
//   out: progress on stderr; a markdown table of medians and ratios on stdout, for the README.
// A column whose tool is missing is skipped with a note; a run-asm failure is reported in its
// cell and the other benchmarks still run. Options: --reps N (repetitions, default per row),
// --only a,b,c,d (a subset of the rows).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedAssemblerSource } from './generated-source.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'bin', 'run-asm.cjs');
const work = mkdtempSync(join(tmpdir(), 'run-asm-bench-'));

const REPL_LINES = 1_000_000;
const ASSEMBLER_LINES = 20_000;
// One run may take long when something is slow; past this it counts as a failure.
const RUN_LIMIT_MS = Number(process.env.BENCH_RUN_LIMIT_S ?? 900) * 1000;

const options = parseOptions(process.argv.slice(2));

/**
 * Node reads these when it starts, before any of run-asm's code runs: a certificate file to load
 * (about 40 ms on some machines) or the user's own options. The bench measures run-asm, so every
 * contender runs without them, and the table names the ones this shell had set.
 */
const NODE_START_UP_VARIABLES = ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS'];
const clearedVariables = NODE_START_UP_VARIABLES.filter((name) => process.env[name] !== undefined);
const benchEnvironment = Object.fromEntries(Object.entries(process.env).filter(([name]) => !NODE_START_UP_VARIABLES.includes(name)));

function parseOptions(argv) {
  const parsed = { reps: undefined, only: new Set(['a', 'b', 'c', 'd']) };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--reps') parsed.reps = Math.max(1, Number(argv[++i]) || 1);
    else if (argv[i] === '--only') parsed.only = new Set(String(argv[++i]).split(','));
    else {
      console.error(`bench: unknown option ${argv[i]} (known: --reps N, --only a,b,c,d)`);
      process.exit(2);
    }
  }
  return parsed;
}

function log(message) {
  process.stderr.write(`${message}\n`);
}

function hasTool(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

const tools = {
  nasm: hasTool('nasm'),
  gcc: hasTool('gcc'),
  qemu: hasTool('qemu-x86_64'),
};
const canBuildNative = tools.nasm && tools.gcc;

/**
 * Runs one command once. stdin comes from a file (or nothing), stdout goes to a file so large
 * outputs cost the same for every contender. Returns seconds, or a failure description.
 */
function runOnce(command, args, { stdinFile, stdoutFile, cwd = work, env = {} } = {}) {
  const stdin = stdinFile ? openSync(stdinFile, 'r') : 'ignore';
  const stdout = openSync(stdoutFile ?? '/dev/null', 'w');
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, {
    cwd,
    stdio: [stdin, stdout, 'pipe'],
    timeout: RUN_LIMIT_MS,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...benchEnvironment, LC_ALL: 'C', ...env },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (typeof stdin === 'number') closeSync(stdin);
  closeSync(stdout);
  if (result.error) return { failure: result.error.code === 'ETIMEDOUT' ? `over ${RUN_LIMIT_MS / 1000}s` : result.error.message };
  if (result.status !== 0) {
    const reason = telling(result.stderr?.toString('utf8') ?? '');
    return { failure: `status ${result.status ?? result.signal}${reason ? `: ${reason.slice(0, 120)}` : ''}` };
  }
  return { seconds };
}

/** The stderr line that best says why a run failed: an error line if any, else the last line. */
function telling(stderr) {
  const lines = stderr.split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.find((line) => /error|fault|undefined reference|cannot|not found/i.test(line)) ?? lines.at(-1) ?? '';
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function hashFile(path) {
  return existsSync(path) ? createHash('sha256').update(readFileSync(path)).digest('hex') : '';
}

/**
 * Measures one contender: `reps` runs, the median kept. When `expectedOutput` names a file,
 * the contender's stdout must match it byte for byte (a fast wrong answer is not a result).
 */
/**
 * Runs each contender `reps` times, taking turns (one run of each, then the next round), so a
 * machine that slows down or speeds up during the bench weighs on all of them alike. A contender
 * is { label, command, args, stdinFile?, env?, cwd?, sameOutputAs? } where `sameOutputAs` names
 * another contender whose stdout this one's must equal. Returns one result per contender, in order.
 */
function measureSideBySide(reps, contenders) {
  const runs = contenders.map((contender) => ({
    contender,
    times: [],
    failure: undefined,
    stdoutFile: join(work, `out-${contender.label.replace(/\W+/g, '-')}.txt`),
  }));
  for (let rep = 0; rep < reps; rep++) {
    for (const run of runs) {
      if (run.failure) continue;
      const { command, args, stdinFile, cwd, env } = run.contender;
      const result = runOnce(command, args, { stdinFile, stdoutFile: run.stdoutFile, cwd, env });
      if (result.failure) {
        run.failure = result.failure;
        log(`  ${run.contender.label}: failed (${result.failure})`);
      } else {
        run.times.push(result.seconds);
      }
    }
  }
  return runs.map((run) => {
    if (run.failure) return { failure: run.failure };
    const reference = runs.find((other) => other.contender.label === run.contender.sameOutputAs);
    if (reference && !reference.failure && hashFile(run.stdoutFile) !== hashFile(reference.stdoutFile)) {
      log(`  ${run.contender.label}: output differs from ${reference.contender.label}'s`);
      return { failure: `output differs from ${reference.contender.label}` };
    }
    const seconds = median(run.times);
    log(`  ${run.contender.label}: ${formatSeconds(seconds)} (median of ${reps})`);
    return { seconds, stdoutFile: run.stdoutFile };
  });
}

function formatSeconds(seconds) {
  return seconds < 1 ? `${(seconds * 1000).toFixed(0)} ms` : `${seconds.toFixed(2)} s`;
}

function formatCell(result) {
  if (!result) return 'n/a';
  if (result.skipped) return `skipped (${result.skipped})`;
  if (result.failure) return `failed (${result.failure})`;
  return formatSeconds(result.seconds);
}

function ratio(ours, other) {
  if (!ours || !other || ours.seconds === undefined || other.seconds === undefined) return 'n/a';
  return `${(ours.seconds / other.seconds).toFixed(2)}x`;
}

/** Assembles and links `source` natively into `work/<name>`; returns the path or undefined. */
function buildNative(source, name) {
  if (!canBuildNative) return undefined;
  const object = join(work, `${name}.o`);
  const binary = join(work, name);
  const assembled = spawnSync('nasm', ['-felf64', source, '-o', object], { stdio: 'inherit' });
  const linked = assembled.status === 0 && spawnSync('gcc', ['-z', 'noexecstack', object, '-o', binary], { stdio: 'inherit' });
  if (!linked || linked.status !== 0) {
    log(`  native build of ${name} failed`);
    return undefined;
  }
  return binary;
}

const missing = (tool) => ({ skipped: `${tool} not installed` });

// (a) hello: the whole edit-build-run cycle of one small program.
function benchHello(reps) {
  log('(a) hello: run-asm asm/hello.asm vs nasm + gcc + ./hello');
  const source = join(root, 'asm', 'hello.asm');
  const contenders = [{ label: 'run-asm', command: process.execPath, args: [cli, source], sameOutputAs: 'native build+run' }];
  if (canBuildNative) {
    const build = `nasm -felf64 "${source}" -o hello.o && gcc -z noexecstack hello.o -o hello && ./hello`;
    contenders.unshift({ label: 'native build+run', command: 'sh', args: ['-c', build] });
  }
  const results = measureSideBySide(reps, contenders);
  const ours = results.at(-1);
  const native = canBuildNative ? results[0] : missing('nasm or gcc');
  return { name: '(a) hello.asm: build + run, whole process', ours, native, qemu: { skipped: 'not applicable' } };
}

function writeReplSession() {
  const lines = [];
  for (let i = 1; i < REPL_LINES; i++) {
    if (i % 1000 === 0) lines.push('help');
    else if (i % 1000 === 500) lines.push('what');
    else lines.push(`add ${i} ${i % 977}`);
  }
  lines.push('quit');
  const path = join(work, 'repl-session.txt');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

// (b) and (c): one program, three ways to run it; the native output is the reference.
function benchProgram(name, title, source, reps, stdinFile) {
  const binary = buildNative(source, name);
  const contenders = [{ label: 'run-asm', command: process.execPath, args: [cli, source], stdinFile, sameOutputAs: 'native' }];
  if (binary) contenders.unshift({ label: 'native', command: binary, args: [], stdinFile });
  if (binary && tools.qemu) contenders.push({ label: 'qemu-x86_64', command: 'qemu-x86_64', args: [binary], stdinFile, sameOutputAs: 'native' });
  const results = new Map(measureSideBySide(reps, contenders).map((result, k) => [contenders[k].label, result]));
  const native = results.get('native') ?? missing('nasm or gcc');
  const qemu = results.get('qemu-x86_64') ?? (!tools.qemu ? missing('qemu-x86_64 (Debian: qemu-user)') : { skipped: 'no native binary' });
  return { name: title, ours: results.get('run-asm'), native, qemu };
}

function benchRepl(reps) {
  log(`(b) REPL: ${REPL_LINES.toLocaleString('en-US')} lines piped through asm/repl.asm`);
  const session = writeReplSession();
  return benchProgram('repl', `(b) repl.asm, ${REPL_LINES.toLocaleString('en-US')}-line session piped`, join(root, 'asm', 'repl.asm'), reps, session);
}

function benchLoop(reps) {
  log('(c) CPU loop: bench/loop.asm, about 10^9 instructions');
  return benchProgram('loop', '(c) loop.asm, ~10^9 instructions', join(root, 'bench', 'loop.asm'), reps);
}

function writeAssemblerSource() {
  const { text, lineCount } = generatedAssemblerSource(ASSEMBLER_LINES);
  const path = join(work, 'generated.asm');
  writeFileSync(path, text);
  return { path, lineCount };
}

// (d) the assembler alone: source to object file, whole process. Measured as every run but the
// first sees it (Keystone's encodings of the source's instruction forms stored in a cache of the
// bench's own, filled by one unmeasured run), and as the very first run (nothing stored, Keystone loads).
function benchAssembler(reps) {
  const { path, lineCount } = writeAssemblerSource();
  log(`(d) assembler: ${lineCount.toLocaleString('en-US')}-line source, run-asm -c vs nasm -felf64`);
  const nasmObject = join(work, 'generated-nasm.o');
  const ourObject = join(work, 'generated-ours.o');
  const firstRunObject = join(work, 'generated-ours-first-run.o');
  const stored = { XDG_CACHE_HOME: join(work, 'cache') };
  runOnce(process.execPath, [cli, '-c', path, '-o', ourObject], { env: stored });
  const contenders = [
    { label: 'run-asm -c', command: process.execPath, args: [cli, '-c', path, '-o', ourObject], env: stored },
    { label: 'run-asm -c, first run', command: process.execPath, args: [cli, '-c', path, '-o', firstRunObject], env: { RUN_ASM_NO_CACHE: '1' } },
  ];
  if (tools.nasm) contenders.unshift({ label: 'nasm', command: 'nasm', args: ['-felf64', path, '-o', nasmObject] });
  const results = measureSideBySide(reps, contenders);
  const [ours, first] = results.slice(-2);
  const native = tools.nasm ? results[0] : missing('nasm');
  const note = identity(ours, ourObject, nasmObject);
  const firstNote = identity(first, firstRunObject, nasmObject);
  const name = `(d) assembler, ${lineCount.toLocaleString('en-US')}-line source`;
  return [
    { name, ours, native, qemu: { skipped: 'not applicable' }, note },
    { name: `${name}, first run (nothing stored)`, ours: first, native, qemu: { skipped: 'not applicable' }, note: firstNote },
  ];
}

/** Whether the object a measured run wrote is nasm's, byte for byte. */
function identity(result, ourObject, nasmObject) {
  if (result.seconds === undefined || !existsSync(nasmObject)) return '';
  const note = hashFile(ourObject) === hashFile(nasmObject) ? 'object identical to nasm\'s' : 'object differs from nasm\'s';
  log(`  ${note}`);
  return note;
}

function buildCli() {
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) log('bench: npm run build failed; measuring whatever dist/ holds');
}

function printTable(rows) {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  const out = [
    `Machine: ${cpu}, ${cpus().length} cores, Node ${process.versions.node}. Medians; lower is better.`,
    '',
    '| Benchmark | run-asm | native | qemu-x86_64 | run-asm / native | run-asm / qemu |',
    '|---|---|---|---|---|---|',
  ];
  for (const row of rows) {
    const name = row.note ? `${row.name} (${row.note})` : row.name;
    out.push(
      `| ${name} | ${formatCell(row.ours)} | ${formatCell(row.native)} | ${formatCell(row.qemu)} | ${ratio(row.ours, row.native)} | ${ratio(row.ours, row.qemu)} |`,
    );
  }
  out.push('', 'native: (a) nasm -felf64 + gcc + ./hello; (b), (c) the gcc-linked binary; (d) nasm -felf64.');
  if (clearedVariables.length > 0) out.push(`Every contender ran without ${clearedVariables.join(' and ')}, which this shell set.`);
  process.stdout.write(`${out.join('\n')}\n`);
}

const benches = [
  ['a', benchHello, 10],
  ['b', benchRepl, 3],
  ['c', benchLoop, 3],
  ['d', benchAssembler, 5],
];

try {
  buildCli();
  if (!canBuildNative) log('bench: nasm or gcc is missing, so native columns are skipped');
  if (!tools.qemu) log('bench: qemu-x86_64 is missing (Debian: apt-get install qemu-user), so its column is skipped');
  const rows = [];
  for (const [key, bench, defaultReps] of benches) {
    if (!options.only.has(key)) continue;
    try {
      rows.push(...[bench(options.reps ?? defaultReps)].flat());
    } catch (error) {
      log(`bench (${key}) failed: ${error instanceof Error ? error.message : String(error)}`);
      rows.push({ name: `(${key})`, ours: { failure: 'bench error' } });
    }
  }
  printTable(rows);
} finally {
  rmSync(work, { recursive: true, force: true });
}
