// The assembler's fixture corpus: `test/asm/cases/<name>/` folders in, loaded cases out, and
// the comparison of our object with nasm's, both seen through the ELF reader's description.
// Used by the vitest suites here and by `npm run conformance`.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { assembleSource, type AssembleOptions } from '../../src/assemble.ts';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../../src/common/diagnostic.ts';
import { readObject } from '../../src/elf/read.ts';
import { describeObject } from '../../src/elf/read-describe.ts';

export interface CorpusCase {
  name: string;
  dir: string;
  /** The file name the case is assembled under (nasm was run on it the same way). */
  file: string;
  source: string;
  /** nasm's object described by our reader. */
  expected: string;
  nasmObject: Uint8Array;
  /** nasm's warning lines (nasm-stderr.txt), which ours must equal. */
  expectedWarnings: string[];
  run?: RunExpectation;
}

export interface RunExpectation {
  stdin: string;
  stdout: string;
  exitCode: number;
}

/** case.json: all fields optional. */
interface CaseSettings {
  /** The program's path relative to the case folder, when it is not `<name>.asm` there. */
  source?: string;
  /** Link with gcc and run; native-stdout.txt and native-exit.txt hold what nasm's build did. */
  run?: boolean;
  stdin?: string;
}

export interface CaseOutcome {
  ok: boolean;
  /** What went wrong, in one line, when not ok. */
  reason?: string;
  actual?: string;
  object?: Uint8Array;
  diagnostics: Diagnostic[];
}

export function listCases(casesDir: string): CorpusCase[] {
  return readdirSync(casesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => loadCase(join(casesDir, entry.name)))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export function loadCase(dir: string): CorpusCase {
  const name = dir.split(/[\\/]/).pop()!;
  const file = `${name}.asm`;
  const caseJsonPath = join(dir, 'case.json');
  const settings = existsSync(caseJsonPath) ? (JSON.parse(readFileSync(caseJsonPath, 'utf8')) as CaseSettings) : {};
  const loaded: CorpusCase = {
    name,
    dir,
    file,
    // A case may name a program kept elsewhere (asm/hello.asm) rather than hold a copy.
    source: readFileSync(join(dir, settings.source ?? file), 'latin1'),
    expected: readFileSync(join(dir, 'expected.txt'), 'utf8'),
    nasmObject: new Uint8Array(readFileSync(join(dir, 'nasm.o'))),
    expectedWarnings: existsSync(join(dir, 'nasm-stderr.txt'))
      ? readFileSync(join(dir, 'nasm-stderr.txt'), 'utf8').trimEnd().split('\n')
      : [],
  };
  if (settings.run) {
    loaded.run = {
      stdin: settings.stdin ?? '',
      stdout: readFileSync(join(dir, 'native-stdout.txt'), 'latin1'),
      exitCode: Number(readFileSync(join(dir, 'native-exit.txt'), 'utf8').trim()),
    };
  }
  return loaded;
}

/** Options that make `%include` resolve against the case folder, as nasm did when run there. */
export function optionsForFolder(dir: string): AssembleOptions {
  return {
    includePaths: [dir],
    readFile: (path) => {
      const full = isAbsolute(path) ? path : join(dir, path);
      try {
        return readFileSync(full, 'latin1');
      } catch {
        return undefined;
      }
    },
  };
}

export async function assembleCase(corpusCase: CorpusCase): Promise<CaseOutcome> {
  const result = await assembleSource(corpusCase.file, corpusCase.source, optionsForFolder(corpusCase.dir));
  const { diagnostics, object } = result;
  if (hasErrors(diagnostics) || !object) {
    const first = diagnostics.find((d) => d.severity !== 'warning') ?? diagnostics[0];
    return { ok: false, reason: first ? formatDiagnostic(first) : 'no object and no diagnostics', diagnostics };
  }
  let actual: string;
  try {
    actual = describeObject(readObject(object, corpusCase.file));
  } catch (error) {
    return { ok: false, reason: `unreadable object: ${(error as Error).message}`, object, diagnostics };
  }
  const difference = firstDifference(corpusCase.expected, actual) ?? warningDifference(corpusCase.expectedWarnings, diagnostics);
  return { ok: difference === undefined, reason: difference, actual, object, diagnostics };
}

function warningDifference(expected: readonly string[], diagnostics: readonly Diagnostic[]): string | undefined {
  // a warning from a macro's line prints the macro steps under it, one line each, as nasm does
  const ours = diagnostics.filter((d) => d.severity === 'warning').flatMap((d) => formatDiagnostic(d).split('\n'));
  const index = expected.findIndex((line, i) => line !== ours[i]);
  if (index < 0 && ours.length === expected.length) return undefined;
  const at = index < 0 ? expected.length : index;
  return `warning ${at + 1}: expected ${JSON.stringify(expected[at] ?? '<none>')}, got ${JSON.stringify(ours[at] ?? '<none>')}`;
}

/** The first differing line of two descriptions, with the section or table it belongs to. */
export function firstDifference(expected: string, actual: string): string | undefined {
  if (expected === actual) return undefined;
  const want = expected.split('\n');
  const got = actual.split('\n');
  let heading = '';
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (/^\S/.test(want[i] ?? '') || /^  \[\d+\] /.test(want[i] ?? '')) heading = (want[i] ?? '').trim();
    if (want[i] !== got[i]) {
      return `line ${i + 1} (${heading}): expected ${JSON.stringify(want[i] ?? '<end>')}, got ${JSON.stringify(got[i] ?? '<end>')}`;
    }
  }
  return 'descriptions differ';
}
