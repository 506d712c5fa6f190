// run-asm's command line: the words after `run-asm` in, a `Command` out (or a usage error).
// Options come first; then the inputs (every leading word ending in .asm, .s, .nasm or .o); then
// the program's own arguments, starting at `--` (dropped) or at the first word that is no input.

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'assemble'; input: string; output: string; includePaths: string[]; defines: Record<string, string> }
  | {
      kind: 'run';
      inputs: string[];
      programArguments: string[];
      includePaths: string[];
      defines: Record<string, string>;
      timeoutSeconds: number;
      trace: boolean;
    };

export class UsageError extends Error {}

const INPUT_EXTENSION = /\.(asm|s|nasm|inc|o|obj)$/i;

export const USAGE = `usage: run-asm [options] FILE.asm|FILE.o [MORE.asm|MORE.o ...] [--] [ARGS...]
       run-asm -c FILE.asm [-o FILE.o]

Assembles NASM x86-64 sources (or takes objects real nasm made), links them against run-asm's
glibc, and runs the program on an emulated CPU: stdout, stderr and the exit status are the
program's own. Leading .asm/.o words are inputs; \`--\` or the first other word starts ARGS.

options:
  -c              assemble only; write the object (default: FILE.o beside FILE.asm, as nasm does)
  -o FILE         the object file to write with -c
  -I DIR          add DIR to the %include search path (as nasm -I)
  -D NAME[=VALUE] define a macro before assembling (as nasm -D)
  --timeout SECS  stop the program after SECS seconds (exit status 124, as timeout(1))
  --trace         print each executed instruction of the program on stderr
  --help          show this text
  --version       show the version

Assembled objects, Keystone's instruction encodings and the compiled code of run-asm's own
bundles are cached in $XDG_CACHE_HOME/run-asm (default ~/.cache/run-asm), so an unchanged
program starts without assembling again and a changed one without loading Keystone when it only
uses instruction forms seen before; the 500 most recently used objects are kept, the cache is
safe to delete, and RUN_ASM_NO_CACHE=1 turns it off.`;

export function parseCommandLine(words: readonly string[]): Command {
  const includePaths: string[] = [];
  const defines: Record<string, string> = {};
  let assembleOnly = false;
  let output: string | undefined;
  let timeoutSeconds = 0;
  let trace = false;
  let at = 0;

  const valueOf = (option: string, attached: string): string => {
    if (attached) return attached;
    const value = words[++at];
    if (value === undefined) throw new UsageError(`option ${option} needs a value`);
    return value;
  };

  for (; at < words.length; at++) {
    const word = words[at];
    if (word === '--help' || word === '-h') return { kind: 'help' };
    if (word === '--version' || word === '-v') return { kind: 'version' };
    if (word === '-c') assembleOnly = true;
    else if (word === '--trace') trace = true;
    else if (word.startsWith('-o')) output = valueOf('-o', word.slice(2));
    else if (word.startsWith('-I')) includePaths.push(valueOf('-I', word.slice(2)));
    else if (word.startsWith('-D')) addDefine(defines, valueOf('-D', word.slice(2)));
    else if (word === '--timeout' || word.startsWith('--timeout=')) {
      const text = valueOf('--timeout', word.slice('--timeout='.length));
      timeoutSeconds = Number(text);
      if (!Number.isFinite(timeoutSeconds) || timeoutSeconds < 0) throw new UsageError(`--timeout wants a number of seconds, got \`${text}'`);
    } else if (word.startsWith('-') && word !== '-') throw new UsageError(`unknown option \`${word}'`);
    else break;
  }

  const inputs: string[] = [];
  while (at < words.length && INPUT_EXTENSION.test(words[at])) inputs.push(words[at++]);
  if (assembleOnly) {
    // nasm takes options on either side of the source
    for (; at < words.length; at++) {
      if (words[at].startsWith('-o')) output = valueOf('-o', words[at].slice(2));
      else if (words[at].startsWith('-I')) includePaths.push(valueOf('-I', words[at].slice(2)));
      else if (words[at].startsWith('-D')) addDefine(defines, valueOf('-D', words[at].slice(2)));
      else break;
    }
  }
  if (words[at] === '--') at++;
  const programArguments = words.slice(at);

  if (inputs.length === 0) {
    throw new UsageError(words[at] === undefined ? 'no input file' : `\`${words[at]}' is not an .asm or .o file`);
  }
  if (assembleOnly) {
    if (inputs.length !== 1 || programArguments.length > 0) throw new UsageError('-c takes exactly one source file');
    if (/\.(o|obj)$/i.test(inputs[0])) throw new UsageError(`-c wants a source file, not the object \`${inputs[0]}'`);
    return { kind: 'assemble', input: inputs[0], output: output ?? objectNameFor(inputs[0]), includePaths, defines };
  }
  if (output !== undefined) throw new UsageError('-o is only for -c');
  return { kind: 'run', inputs, programArguments, includePaths, defines, timeoutSeconds, trace };
}

/** nasm's default: the source's name with its extension replaced by .o, in the source's directory. */
export function objectNameFor(source: string): string {
  const slash = source.lastIndexOf('/');
  const dot = source.lastIndexOf('.');
  return dot > slash + 1 ? `${source.slice(0, dot)}.o` : `${source}.o`;
}

/** argv[0] as `gcc x.o -o x && ./x` would give it. */
export function programNameFor(input: string): string {
  const stem = input.replace(/\.[^./]*$/, '');
  return stem.includes('/') ? stem : `./${stem}`;
}

function addDefine(defines: Record<string, string>, definition: string): void {
  const equals = definition.indexOf('=');
  const name = equals < 0 ? definition : definition.slice(0, equals);
  if (!/^[A-Za-z_.?$][\w.?$#@~]*$/.test(name)) throw new UsageError(`-D wants NAME[=VALUE], got \`${definition}'`);
  defines[name] = equals < 0 ? '' : definition.slice(equals + 1);
}
