// Task arguments (`p1.bin@arrival=3,priority=1`) and workload files (one such task per line,
// settings also allowed as separate words, `#` comments) in, TaskSpecs out. Binaries are read
// and checked here; a file named twice is loaded once and shared.

import { readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { decodeProgram } from '../program/binary.ts';
import { InputError, type Diagnostic } from '../program/diagnostic.ts';
import type { Program } from '../program/program.ts';
import type { TaskSpec } from '../vm/task.ts';

const SETTINGS = ['arrival', 'priority', 'burst'] as const;
type Setting = (typeof SETTINGS)[number];

export class ProgramLoader {
  private readonly cache = new Map<string, Program>();

  load(path: string, shownAs: string): Program {
    let program = this.cache.get(path);
    if (program === undefined) {
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(path);
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
        throw new InputError([{ file: shownAs, line: 0, message: `cannot read: ${reason}` }]);
      }
      program = decodeProgram(bytes, shownAs);
      this.cache.set(path, program);
    }
    return program;
  }
}

/** Parses `FILE[@k=v,...]` plus any extra `k=v` words; errors name `where`. */
function parseTaskWords(words: readonly string[], where: Diagnostic): { path: string; settings: Partial<Record<Setting, number>> } {
  const fail = (message: string): never => {
    throw new InputError([{ ...where, message }]);
  };
  const [first, ...more] = words;
  const at = first.indexOf('@');
  const path = at < 0 ? first : first.slice(0, at);
  if (path === '') fail(`task \`${first}' has no file name`);
  const pairs = [...(at < 0 ? [] : first.slice(at + 1).split(',').filter((p) => p !== '')), ...more];
  const settings: Partial<Record<Setting, number>> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    const value = eq < 0 ? '' : pair.slice(eq + 1);
    if (!(SETTINGS as readonly string[]).includes(key)) fail(`unknown task setting \`${key}' (known: ${SETTINGS.join(', ')})`);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) fail(`${key} expects a whole number, got \`${value}'`);
    settings[key as Setting] = Number(value);
  }
  return { path, settings };
}

function toSpec(path: string, fullPath: string, settings: Partial<Record<Setting, number>>, loader: ProgramLoader): TaskSpec {
  return { path, program: loader.load(fullPath, path), ...settings };
}

export function taskFromArgument(argument: string, loader: ProgramLoader): TaskSpec {
  const { path, settings } = parseTaskWords([argument], { file: argument, line: 0, message: '' });
  return toSpec(path, path, settings, loader);
}

export function tasksFromWorkload(file: string, loader: ProgramLoader): TaskSpec[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new InputError([{ file, line: 0, message: 'cannot read workload file' }]);
  }
  const specs: TaskSpec[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const words = raw.replace(/#.*/, '').trim().split(/\s+/).filter((w) => w !== '');
    if (words.length === 0) return;
    const where = { file, line: i + 1, message: '' };
    const { path, settings } = parseTaskWords(words, where);
    const fullPath = isAbsolute(path) ? path : join(dirname(file), path);
    try {
      specs.push(toSpec(path, fullPath, settings, loader));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      throw new InputError(error.diagnostics.map((d) => ({ ...d, file, line: i + 1, message: `${path}: ${d.message}` })));
    }
  });
  if (specs.length === 0) throw new InputError([{ file, line: 0, message: 'workload lists no tasks' }]);
  return specs;
}
