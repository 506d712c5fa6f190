// `npm run conformance`: how closely `run-asm -c` matches `nasm -felf64`.
//  1. The fixture corpus (test/asm/cases): each program assembled in-process and compared with
//     nasm's object through the ELF reader; also counts byte-identical objects and the malformed
//     sources (test/asm/errors) whose first error line matches nasm's.
//  2. NASM's own regression inputs via ../shared/nasm-suite/compare.sh (or $NASM_SUITE),
//     spawning the built `run-asm` CLI per test; the full run also gives the core count (the core
//     tests are a subset). Skipped with a message when the suite is absent.
// Prints failures (every line with --verbose) and ends with the counts.
// Flags: --no-suite (corpus only), --core (only the 45 core suite tests), --verbose.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleTool } from './bundle-tool.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
const verbose = args.has('--verbose');
const summary = [];

function report(results, label) {
  for (const r of results) {
    if (verbose || !r.ok) console.log(`${r.ok ? 'PASS ' : 'FAIL '} ${label} ${r.name}${r.reason ? `: ${r.reason}` : ''}`);
  }
  return results.filter((r) => r.ok).length;
}

async function runCorpora() {
  // The runner is TypeScript: bundle it next to node_modules so its external packages resolve.
  const toolDir = join(root, 'node_modules', '.cache', 'run-asm-conformance');
  mkdirSync(toolDir, { recursive: true });
  const bundle = join(toolDir, `run-${process.pid}.mjs`);
  try {
    await bundleTool({
      entryPoints: [join(root, 'test/asm/conformance-run.ts')],
      outfile: bundle,
    });
    const { runCorpus, runErrorCorpus } = await import(pathToFileURL(bundle).href);
    const corpus = await runCorpus(join(root, 'test/asm/cases'));
    const passed = report(corpus, 'corpus');
    const identical = corpus.filter((r) => r.identical).length;
    const errors = await runErrorCorpus(join(root, 'test/asm/errors'));
    const errorsPassed = report(errors, 'errors');
    summary.push(`corpus: ${passed}/${corpus.length}`);
    summary.push(`corpus byte-identical objects: ${identical}/${corpus.length}`);
    summary.push(`error lines: ${errorsPassed}/${errors.length}`);
  } catch (error) {
    console.log(`corpus run failed: ${error.stack ?? error}`);
    summary.push('corpus: not run (see above)');
  } finally {
    rmSync(bundle, { force: true });
  }
}

/** Runs compare.sh and resolves to the verdict of each test it ran, by name. */
function runSuite(compareScript, coreOnly) {
  return new Promise((done) => {
    const child = spawn('bash', [compareScript, ...(coreOnly ? ['--core'] : []), root], { stdio: ['ignore', 'pipe', 'inherit'] });
    const verdicts = new Map();
    let pending = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop();
      for (const line of lines) {
        const verdict = /^(PASS|FAIL|ERROR)\s+(\S+) \[/.exec(line);
        if (verdict) verdicts.set(verdict[2], verdict[1] === 'PASS');
        if (verbose || !line.startsWith('PASS')) console.log(`nasm-suite ${line}`);
      }
    });
    child.on('close', () => done(verdicts));
  });
}

/** Names of the tests compare.sh --core runs, from the third column of its manifest. */
function coreTestNames(suiteDir) {
  return readFileSync(join(suiteDir, 'manifest.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('\t'))
    .filter((fields) => fields[2] === 'core')
    .map((fields) => fields[0]);
}

function countPassed(verdicts, names) {
  const passed = names.filter((name) => verdicts.get(name) === true).length;
  const ran = names.filter((name) => verdicts.has(name)).length;
  return ran === names.length ? `${passed}/${names.length}` : `${passed}/${names.length} (only ${ran} ran)`;
}

async function runNasmSuite(coreOnly) {
  const suiteDir = process.env.NASM_SUITE ? resolve(process.env.NASM_SUITE) : resolve(root, '..', 'shared', 'nasm-suite');
  const compareScript = join(suiteDir, 'compare.sh');
  if (!existsSync(compareScript)) {
    const reason = `skipped: ${compareScript} not found (set NASM_SUITE to the nasm-suite folder)`;
    console.log(`nasm-suite ${reason}`);
    summary.push(`nasm-suite core: ${reason}`, `nasm-suite all: ${reason}`);
    return;
  }
  // compare.sh runs the installed CLI, which imports the bundle in dist/.
  await new Promise((done) => spawn(process.execPath, [join(root, 'scripts/build.mjs')], { stdio: 'inherit' }).on('close', done));
  // The core tests are a subset of all of them, so one full run yields both counts.
  const verdicts = await runSuite(compareScript, coreOnly);
  summary.push(`nasm-suite core: ${countPassed(verdicts, coreTestNames(suiteDir))}`);
  if (!coreOnly) summary.push(`nasm-suite all: ${countPassed(verdicts, [...verdicts.keys()])}`);
}

await runCorpora();
if (!args.has('--no-suite')) await runNasmSuite(args.has('--core'));
console.log('');
for (const line of summary) console.log(line);
