// Command-line words in, a typed command out (or a usage error). Flags are a table: name, whether
// it takes a value, and where the value goes.

export class UsageError extends Error {
  override name = 'UsageError';
}

export interface RunCommand {
  readonly kind: 'run';
  readonly policy: string;
  readonly quantum?: number;
  readonly quanta?: number[];
  readonly boost?: number;
  readonly aging?: number;
  readonly preemptive: boolean;
  readonly switchCost: number;
  readonly maxTicks: number;
  readonly trace: boolean;
  readonly gantt: boolean;
  readonly metrics: boolean;
  readonly json: boolean;
  readonly workloads: string[];
  readonly tasks: string[];
}

export type Command =
  | { readonly kind: 'asm'; readonly sources: string[]; readonly output?: string }
  | { readonly kind: 'dis'; readonly files: string[] }
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | RunCommand;

/** Runs longer than this stop, so a program that loops forever cannot hang the CLI. */
export const DEFAULT_MAX_TICKS = 100_000_000;

function wholeNumber(flag: string, text: string, min: number): number {
  if (!/^\d+$/.test(text) || Number(text) < min || !Number.isSafeInteger(Number(text))) {
    throw new UsageError(`${flag} expects a whole number${min > 0 ? ` of at least ${min}` : ''}, got \`${text}'`);
  }
  return Number(text);
}

type RunFlags = { -readonly [K in keyof RunCommand]: RunCommand[K] };
type FlagRule = { readonly value: boolean; readonly apply: (flags: RunFlags, value: string) => void };

const RUN_FLAGS: Record<string, FlagRule> = {
  '--policy': { value: true, apply: (f, v) => void (f.policy = v) },
  '--quantum': { value: true, apply: (f, v) => void (f.quantum = wholeNumber('--quantum', v, 1)) },
  '--quanta': { value: true, apply: (f, v) => void (f.quanta = v.split(',').map((q) => wholeNumber('--quanta', q, 1))) },
  '--boost': { value: true, apply: (f, v) => void (f.boost = wholeNumber('--boost', v, 0)) },
  '--aging': { value: true, apply: (f, v) => void (f.aging = wholeNumber('--aging', v, 0)) },
  '--preemptive': { value: false, apply: (f) => void (f.preemptive = true) },
  '--switch-cost': { value: true, apply: (f, v) => void (f.switchCost = wholeNumber('--switch-cost', v, 0)) },
  '--max-ticks': { value: true, apply: (f, v) => void (f.maxTicks = wholeNumber('--max-ticks', v, 1)) },
  '--trace': { value: false, apply: (f) => void (f.trace = true) },
  '--gantt': { value: false, apply: (f) => void (f.gantt = true) },
  '--metrics': { value: false, apply: (f) => void (f.metrics = true) },
  '--json': { value: false, apply: (f) => void (f.json = true) },
  '--workload': { value: true, apply: (f, v) => void f.workloads.push(v) },
};

function parseRun(args: string[]): RunCommand {
  const flags: RunFlags = {
    kind: 'run', policy: 'rr', preemptive: false, switchCost: 0, maxTicks: DEFAULT_MAX_TICKS,
    trace: false, gantt: false, metrics: false, json: false, workloads: [], tasks: [],
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) {
      flags.tasks.push(arg);
      continue;
    }
    const [name, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const rule = RUN_FLAGS[name];
    if (rule === undefined) throw new UsageError(`unknown option \`${name}' for run`);
    if (!rule.value) {
      if (inline !== undefined) throw new UsageError(`${name} takes no value`);
      rule.apply(flags, '');
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined) throw new UsageError(`${name} needs a value`);
    rule.apply(flags, value);
  }
  if (flags.tasks.length === 0 && flags.workloads.length === 0) throw new UsageError('run needs at least one FILE.bin or --workload FILE');
  if (!flags.trace && !flags.gantt && !flags.json) flags.metrics = true;
  return flags;
}

export function parseCommand(argv: readonly string[]): Command {
  const [verb, ...rest] = argv;
  switch (verb) {
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      return { kind: 'help' };
    case '--version':
    case 'version':
      return { kind: 'version' };
    case 'run':
      return parseRun(rest);
    case 'dis':
      if (rest.length === 0) throw new UsageError('dis needs a FILE.bin');
      return { kind: 'dis', files: rest };
    case 'asm': {
      const sources: string[] = [];
      let output: string | undefined;
      for (let i = 0; i < rest.length; i++) {
        if (rest[i] === '-o') {
          output = rest[++i];
          if (output === undefined) throw new UsageError('-o needs a file name');
        } else if (rest[i].startsWith('-')) throw new UsageError(`unknown option \`${rest[i]}' for asm`);
        else sources.push(rest[i]);
      }
      if (sources.length === 0) throw new UsageError('asm needs a source file');
      if (output !== undefined && sources.length > 1) throw new UsageError('-o works with one source file only');
      return { kind: 'asm', sources, output };
    }
    default:
      throw new UsageError(`unknown command \`${verb}' (try: asm, dis, run, help)`);
  }
}

export const USAGE = `usage:
  sched-vm asm FILE.s [-o FILE.bin]        assemble (default output: FILE.bin); several FILE.s at once without -o
  sched-vm dis FILE.bin                    disassemble to source that assembles back to the same bytes
  sched-vm run [options] FILE.bin[@arrival=N,priority=N,burst=N] ...
               [--workload FILE]           one task per line: FILE.bin [arrival=N] [priority=N] [burst=N]

run options:
  --policy rr|fcfs|sjf|srtf|priority|mlfq  scheduling policy (default rr)
  --quantum N         round-robin quantum; MLFQ top-level quantum (default 4)
  --quanta A,B,C      MLFQ quanta per level, top first (default Q,2Q,4Q)
  --boost N           MLFQ: move every task to the top level every N ticks, 0 = never (default 100)
  --preemptive        priority: a better priority takes the CPU at once
  --aging N           priority: waiting N ticks raises a task one level (default 0 = off)
  --switch-cost N     ticks lost per context switch (default 0)
  --max-ticks N       stop the run after N ticks (default ${DEFAULT_MAX_TICKS})
  --trace             print each executed instruction: [FILE]: MNEMONIC
  --gantt             print a Gantt chart
  --metrics           print per-task and average metrics (the default when nothing else is asked)
  --json              print everything (metrics, timeline, trace if asked, PRINT output) as JSON
`;
