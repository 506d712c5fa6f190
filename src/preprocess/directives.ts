// One handler per preprocessor directive, as a table: the directive's argument tokens in, changes
// to the preprocessor's state (definitions, frames, `%if` stack, contexts, diagnostics) out.

import { readSource } from '../common/read-source.ts';
import { dirname, isAbsolute, join } from 'node:path';
import { DiagnosticError } from '../common/diagnostic.ts';
import { tokenizeLine } from '../lex/tokenize.ts';
import type { Token } from '../lex/token.ts';
import { readConditionalDirective, type ConditionalDirective } from './conditions.ts';
import { parseMacroHeader, splitArguments } from './multi-line.ts';
import { quoteString, type ConditionState, type DirectiveHandler, type Preprocessor } from './preprocessor.ts';
import { evaluateTokens, expandedArgs, substringOf, testCondition } from './functions.ts';
import { GENERAL_REGISTER_FAMILIES } from '../parse/registers.ts';
import { renderTokens } from './render.ts';
import { SourceLines } from './source-lines.ts';
import { isOperator, stringText, withoutEnd, withSpace } from './token-helpers.ts';

/**
 * The name a definition directive defines. Pieces written without spaces after the first name
 * (`%assign %$_ur%$_uses ...`) are expanded and joined onto it, as nasm builds such names.
 */
function readMacroName(pp: Preprocessor, args: Token[], name: string): { name: string; rest: Token[] } | undefined {
  const first = args[0];
  if (first?.kind !== 'identifier') {
    pp.report('error', `\`${name}' expects a macro identifier`);
    return undefined;
  }
  let end = 1;
  while (end < args.length && !args[end]!.spaceBefore && args[end]!.kind !== 'operator' && args[end]!.kind !== 'string') end++;
  if (end === 1) return { name: first.text, rest: args.slice(1) };
  const joined = first.text + renderTokens(pp.expand(args.slice(1, end)).tokens.map((t) => withSpace(t, false)));
  return { name: joined, rest: args.slice(end) };
}

function macroName(pp: Preprocessor, args: Token[], name: string): string | undefined {
  return readMacroName(pp, args, name)?.name;
}

function defineValue(pp: Preprocessor, name: string, caseInsensitive: boolean, body: string): void {
  pp.macros.defineSingle({
    name,
    caseInsensitive,
    params: undefined,
    greedy: false,
    body: withoutEnd(tokenizeLine(body, pp.location)).map((t, k) => (k === 0 ? withSpace(t, false) : t)),
  });
}

// ---- definitions -------------------------------------------------------------------------------

const define: DirectiveHandler = (pp, allArgs, name) => {
  const read = readMacroName(pp, allArgs, name);
  if (read === undefined) return;
  const macro = read.name;
  const args = [allArgs[0]!, ...read.rest];
  let i = 1;
  let params: string[] | undefined;
  let greedy = false;
  if (isOperator(args[1], '(') && !args[1]!.spaceBefore) {
    params = [];
    for (i = 2; i < args.length && !isOperator(args[i], ')'); i++) {
      const t = args[i]!;
      if (t.kind === 'identifier') params.push(t.text);
      else if (isOperator(t, '+')) greedy = true;
      else if (!isOperator(t, ',')) {
        pp.report('error', `\`${t.text}': parameter identifier expected`);
        return;
      }
    }
    i++;
  }
  let body = args.slice(i);
  if (name.includes('xdefine')) body = pp.expand(body, new Set(params)).tokens;
  // `%[...]` is expanded when the definition is made, even in a plain `%define`.
  else if (body.some(isIndirection)) {
    body = withoutEnd(pp.rescan(body.flatMap((t) => (isIndirection(t) ? pp.expand([t]).tokens : [t]))));
  }
  if (pp.macros.definedWithOtherShape(macro, params !== undefined)) {
    pp.report('error', `macro \`${macro}' defined both with and without parameters [-w+error=pp-macro-def-param-single]`);
  }
  pp.macros.defineSingle({
    name: macro,
    caseInsensitive: name.startsWith('%i'),
    params,
    greedy,
    body: body.map((t, k) => (k === 0 ? withSpace(t, false) : t)),
  });
};

function isIndirection(t: Token): boolean {
  return t.kind === 'preprocessor' && t.text.startsWith('%[');
}

const undef: DirectiveHandler = (pp, args, name) => {
  const macro = macroName(pp, args, name);
  if (macro !== undefined) pp.macros.undefineSingle(macro, name === '%iundef');
};

const assign: DirectiveHandler = (pp, args, name) => {
  const read = readMacroName(pp, args, name);
  if (read === undefined) return;
  const value = evaluateTokens(pp, read.rest, name);
  if (value !== undefined) defineValue(pp, read.name, name === '%iassign', value.toString());
};

const defstr: DirectiveHandler = (pp, args, name) => {
  const read = readMacroName(pp, args, name);
  if (read === undefined) return;
  const text = renderTokens(expandedArgs(pp, read.rest).map((t, k) => (k === 0 ? withSpace(t, false) : t)));
  defineValue(pp, read.name, name === '%idefstr', quoteString(text));
};

/** The name and leading string of `%deftok`, `%strlen` and `%substr`, with what follows the string. */
function nameAndString(pp: Preprocessor, args: Token[], name: string): { macro: string; text: string; rest: Token[] } | undefined {
  const read = readMacroName(pp, args, name);
  if (read === undefined) return undefined;
  const value = expandedArgs(pp, read.rest);
  if (value[0]?.kind !== 'string') {
    pp.report('error', `\`${name}' requires string as second parameter`);
    return undefined;
  }
  return { macro: read.name, text: stringText(value[0]!.bytes!), rest: value.slice(1) };
}

const deftok: DirectiveHandler = (pp, args, name) => {
  const read = nameAndString(pp, args, name);
  if (read) defineValue(pp, read.macro, name === '%ideftok', read.text);
};

const strlen: DirectiveHandler = (pp, args, name) => {
  const read = nameAndString(pp, args, name);
  if (read) defineValue(pp, read.macro, false, String(read.text.length));
};

const strcat: DirectiveHandler = (pp, args, name) => {
  const read = readMacroName(pp, args, name);
  if (read === undefined) return;
  let text = '';
  for (const t of expandedArgs(pp, read.rest)) {
    if (t.kind === 'string') text += stringText(t.bytes!);
    else if (!isOperator(t, ',')) {
      pp.report('error', `non-string passed to \`${name}': ${t.text}`);
      return;
    }
  }
  defineValue(pp, read.name, false, quoteString(text));
};

/** `%substr x 'xyzw' 2,2` is 'yz'; the length defaults to 1 and counts back from the end if negative. */
const substr: DirectiveHandler = (pp, args, name) => {
  const read = nameAndString(pp, args, name);
  if (read === undefined) return;
  const { macro, text } = read;
  const [startTokens = [], lengthTokens] = splitArguments(read.rest);
  const start = evaluateTokens(pp, startTokens, name);
  const length = lengthTokens ? evaluateTokens(pp, lengthTokens, name) : 1n;
  if (start === undefined || length === undefined) return;
  defineValue(pp, macro, false, quoteString(substringOf(text, start, length)));
};

// ---- multi-line macros and %rep -----------------------------------------------------------------

const macroDefinition: DirectiveHandler = (pp, args, name) => {
  const header = parseMacroHeader(args, name);
  if (typeof header === 'string') {
    pp.report('error', header);
    return;
  }
  pp.defining = {
    kind: 'macro',
    nesting: 1,
    lines: [],
    header: { ...header, caseInsensitive: name.startsWith('%i'), recursive: name.includes('rmacro') },
    location: pp.location,
  };
};

const unmacro: DirectiveHandler = (pp, args, name) => {
  const macro = macroName(pp, args, name);
  if (macro !== undefined) pp.macros.undefineMulti(macro);
};

const rotate: DirectiveHandler = (pp, args, name) => {
  const invocation = pp.currentInvocation();
  if (!invocation) {
    pp.report('error', "`%rotate' invoked outside a macro call");
    return;
  }
  const by = args.length ? evaluateTokens(pp, args, name) : 1n;
  const count = invocation.params.length;
  if (by === undefined || count === 0) return;
  invocation.rotation = (((invocation.rotation + Number(by % BigInt(count))) % count) + count) % count;
};

/** nasm's default `--limit-rep`. */
const REP_LIMIT = 1_000_000n;

const rep: DirectiveHandler = (pp, args, name) => {
  const counted = args.length > 0 && args[0]!.kind !== 'end';
  if (!counted) pp.report('error', `\`${name}' expects a repeat count`);
  let count = (counted ? evaluateTokens(pp, args, name) : 0n) ?? 0n;
  if (count < 0n) {
    pp.report('warning', `negative \`%rep' count: ${count} [-w+pp-rep-negative]`);
    count = 0n;
  } else if (count > REP_LIMIT) {
    pp.report('error', `\`%rep' count ${count} exceeds limit (currently ${REP_LIMIT})`);
    count = 0n;
  }
  pp.defining = { kind: 'rep', nesting: 1, lines: [], count, location: pp.location };
};

const exitBlock = (kind: 'rep' | 'macro', message: string): DirectiveHandler => (pp) => {
  const index = pp.frames.map((f) => f.kind).lastIndexOf(kind);
  if (index < 0 || pp.frames.slice(index).some((f) => f.kind === 'file')) {
    pp.report('error', message);
    return;
  }
  pp.conditions.length = pp.frames[index]!.conditionDepth;
  pp.frames.length = index;
};

const unmatched = (message: (name: string) => string): DirectiveHandler => (pp, _args, name) => pp.report('error', message(name));

// ---- conditionals ------------------------------------------------------------------------------

const conditional: DirectiveHandler = (pp, args, name) => {
  const directive = readConditionalDirective(name)!;
  const top = pp.conditions[pp.conditions.length - 1];
  if (directive.role === 'if') {
    if (!pp.isActive()) pp.conditions.push({ state: 'never', elseSeen: false });
    else pp.conditions.push({ state: testCondition(pp, directive, args, name) ? 'active' : 'seeking', elseSeen: false });
    return;
  }
  if (!top || pp.conditions.length <= currentConditionFloor(pp)) {
    pp.report('error', `\`${name}': no matching \`%if'`);
    return;
  }
  if (top.elseSeen) pp.report('warning', `\`${name.slice(0, 5)}' after \`%else', ignoring content [-w+pp-else-elif]`);
  if (top.state === 'active') top.state = 'done';
  else if (top.state === 'seeking' && !top.elseSeen) top.state = elifState(pp, directive, args, name);
};

/**
 * What a `%elif` that is still looking for its branch makes of its test. nasm 2.16.01 says nothing
 * of an error there (`1/0`, an unknown symbol) and takes no later branch, not even `%else`.
 */
function elifState(pp: Preprocessor, directive: ConditionalDirective, args: Token[], name: string): ConditionState {
  const reported = pp.diagnostics.length;
  const holds = testCondition(pp, directive, args, name);
  const added = pp.diagnostics.splice(reported);
  const kept = added.filter((d) => d.severity !== 'error');
  pp.diagnostics.push(...kept);
  if (kept.length < added.length) return 'done';
  return holds ? 'active' : 'seeking';
}

const elseDirective: DirectiveHandler = (pp, _args, name) => {
  const top = pp.conditions[pp.conditions.length - 1];
  if (!top || pp.conditions.length <= currentConditionFloor(pp)) {
    pp.report('error', `\`${name}': no matching \`%if'`);
    return;
  }
  if (top.elseSeen) pp.report('warning', "`%else' after `%else', ignoring content [-w+pp-else-else]");
  top.elseSeen = true;
  if (top.state === 'active') top.state = 'done';
  else if (top.state === 'seeking') top.state = 'active';
};

const endif: DirectiveHandler = (pp, _args, name) => {
  if (pp.conditions.length <= currentConditionFloor(pp)) {
    pp.report('error', `\`${name}': no matching \`%if'`);
    return;
  }
  pp.conditions.pop();
};

/** `%if`s opened outside the current file cannot be closed in it; macro and `%rep` bodies are no bound. */
function currentConditionFloor(pp: Preprocessor): number {
  for (let i = pp.frames.length - 1; i >= 0; i--) {
    const frame = pp.frames[i]!;
    if (frame.kind === 'file') return frame.conditionDepth;
  }
  return 0;
}

// ---- files, messages, contexts, lines ---------------------------------------------------------

const include: DirectiveHandler = (pp, args, name) => {
  const value = expandedArgs(pp, args);
  let target: string | undefined;
  if (value.length === 1 && value[0]!.kind === 'string') target = stringText(value[0]!.bytes!);
  else if (isOperator(value[0], '<') && isOperator(value[value.length - 1], '>')) target = renderTokens(value.slice(1, -1));
  if (!target) {
    pp.report('error', `\`${name}' expects a file name`);
    return;
  }
  const found = findInclude(pp, target);
  if (!found) {
    pp.report('error', `unable to open include file \`${target}': No such file or directory`);
    return;
  }
  if (pp.frames.length > 200) pp.report('fatal', 'include nesting too deep');
  pp.pushFile(found.path, new SourceLines(found.text));
};

/** The one quoted file name `%pathsearch` and `%depend` take, or undefined after saying so. */
function quotedFileName(pp: Preprocessor, args: Token[], name: string): string | undefined {
  const value = expandedArgs(pp, args);
  if (value.length === 1 && value[0]!.kind === 'string') return stringText(value[0]!.bytes!);
  pp.report('error', `\`${name}' expects a file name`);
  return undefined;
}

/** `%pathsearch name "file"`: name becomes the file's path as `%include` would find it, or the name as given. */
const pathsearch: DirectiveHandler = (pp, args, name) => {
  const read = readMacroName(pp, args, name);
  if (read === undefined) return;
  const target = quotedFileName(pp, read.rest, name);
  if (target === undefined) return;
  defineValue(pp, read.name, name === '%ipathsearch', quoteString(findInclude(pp, target)?.path ?? target));
};

/** `%depend "file"` names a dependency for a make rule; assembling has nothing to do with it. */
const depend: DirectiveHandler = (pp, args, name) => {
  quotedFileName(pp, args, name);
};

function findInclude(pp: Preprocessor, target: string): { path: string; text: string } | undefined {
  const read = pp.options.readFile ?? readSource;
  // nasm looks where it runs, then in each include path; the including file's own folder comes
  // last, so a file nasm would find is always the one found here too.
  const candidates = isAbsolute(target)
    ? [target]
    : [target, ...(pp.options.includePaths ?? []).map((p) => join(p, target)), join(dirname(pp.location.file), target)];
  for (const path of candidates) {
    const text = read(path);
    if (text !== undefined) return { path: path.startsWith('./') ? path.slice(2) : path, text };
  }
  return undefined;
}

const message = (severity: 'error' | 'warning' | 'fatal'): DirectiveHandler => (pp, args) => {
  const value = expandedArgs(pp, args);
  const text = value.length === 1 && value[0]!.kind === 'string' ? stringText(value[0]!.bytes!) : renderTokens(value);
  pp.report(severity, severity === 'warning' ? `${text} [-w+user]` : text);
};

const push: DirectiveHandler = (pp, args) => {
  pp.contexts.push({ name: args[0]?.text ?? '', unique: pp.unique++ });
};

const pop: DirectiveHandler = (pp, _args, name) => {
  if (pp.contexts.length === 0) pp.report('error', `\`${name}': context stack is empty`);
  else pp.contexts.pop();
};

const repl: DirectiveHandler = (pp, args, name) => {
  const top = pp.contexts[pp.contexts.length - 1];
  if (!top) pp.report('error', `\`${name}': context stack is empty`);
  else top.name = args[0]?.text ?? '';
};

/** `%line 42+1 file.c`: this line is line 42 of file.c, each following line one more. */
const line: DirectiveHandler = (pp, args, name) => {
  const number = args[0];
  if (number?.kind !== 'number' || number.value === undefined) {
    pp.report('error', `\`${name}' expects line number`);
    return;
  }
  let i = 1;
  let step = 1;
  if (isOperator(args[1], '+') && args[2]?.kind === 'number' && !args[1]!.spaceBefore) {
    step = Number(args[2].value ?? 1n);
    i = 3;
  }
  const frame = [...pp.frames].reverse().find((f) => f.kind === 'file');
  if (!frame || frame.kind !== 'file') return;
  const file = args.length > i ? renderTokens(args.slice(i).map((t, k) => (k === 0 ? withSpace(t, false) : t))).replace(/^"(.*)"$/, '$1') : pp.location.file;
  const physical = frame.source.lineNumber;
  // nasm numbers the directive's own line N, so the line after it is N + step
  frame.lineMapping = { physical, reported: Number(number.value) + step, step, file };
};

const unsupported: DirectiveHandler = (pp, _args, name) => pp.report('error', `\`${name}' is not supported`);

const FLOAT_FORMATS = ['float8', 'float16', 'bfloat16', 'float32', 'float64', 'float80m', 'float80e', 'float128l', 'float128h'];

/** `altreg` numbers the eight legacy registers as their encodings do, and gives r8-r15 an `l` byte name. */
const ALTREG_SOURCE = [
  ...GENERAL_REGISTER_FAMILIES.slice(0, 8).flatMap(([byte, word, dword, quad], n) => [
    `%idefine r${n} ${quad}`, `%idefine r${n}d ${dword}`, `%idefine r${n}w ${word}`, `%idefine r${n}b ${byte}`, `%idefine r${n}l ${byte}`,
  ]),
  ...[8, 9, 10, 11, 12, 13, 14, 15].map((n) => `%idefine r${n}l r${n}b`),
  ...['ah', 'ch', 'dh', 'bh'].map((high, n) => `%idefine r${n}h ${high}`),
].join('\n');

/**
 * `%use` packages, as the macro source each one runs: `ifunc` gives the log2 functions friendly
 * names, `fp` the float conversions, the special values and the `bf16` data directive, `altreg`
 * numbers every general register (`r0` is rax, `r4l` is spl, `r0h` is ah).
 */
const PACKAGES: Readonly<Record<string, string>> = {
  altreg: ALTREG_SOURCE,
  ifunc: ['ilog2e', 'ilog2w', 'ilog2f', 'ilog2c']
    .map((name) => `%define ${name}(x) (__?${name}?__(x))\n`)
    .join('') + '%define ilog2(x) (__?ilog2e?__(x))\n',
  // `align` without a fill becomes the assembler's smart padding. The macro calls (the package's
  // own `alignmode`, three per smart `align`, its `%%end` label) number `%%` labels as nasm's do.
  smartalign: `%imacro alignmode 1-2.nolist 16
%ifidni %1,nop
%elifidni %1,generic
%elifidni %1,k7
%elifidni %1,k8
%elifidni %1,p6
%else
%error unknown alignment mode: %1
%exitmacro
%endif
%define __?ALIGNMODE?__ %1,%2
%define __?ALIGN_JMP_THRESHOLD?__ %2
%endmacro
alignmode generic, 8
%imacro __?smartalign_pad?__ 1.nolist
[__?smartalign?__ %1, __?ALIGNMODE?__]
%%end:
%endmacro
%unimacro align 1-2+.nolist
%imacro align 1-2+.nolist
sectalign %1
%if %0 > 1
times (((%1) - (($-$$) % (%1))) % (%1)) %2
%else
__?smartalign_pad?__ %1
%endif
%endmacro
`,
  fp: `%define Inf __?Infinity?__
%define NaN __?QNaN?__
%define QNaN __?QNaN?__
%define SNaN __?SNaN?__
${FLOAT_FORMATS.map((format) => `%define ${format}(x) __?${format}?__(x)`).join('\n')}
%imacro bf16 1-*.nolist
%rep %0
dw __?bfloat16?__(%1)
%rotate 1
%endrep
%endmacro
`,
};

const use: DirectiveHandler = (pp, args) => {
  const first = args[0];
  const written = first?.kind === 'string' ? stringText(first.bytes!) : (first?.text ?? '');
  const name = written.toLowerCase();
  const source = PACKAGES[name];
  if (source === undefined) {
    pp.report('error', `unknown \`%use' package: ${written}`);
    return;
  }
  // a package is only ever read once, as nasm reads it
  if (pp.packagesUsed.has(name)) return;
  pp.packagesUsed.add(name);
  pp.runStandardSource(`<%use ${name}>`, source);
};

/** `%pragma preproc ...` is the preprocessor's own; other pragmas go on to the assembler. */
const pragma: DirectiveHandler = (pp, args) => {
  if (args[0]?.text.toLowerCase() === 'preproc') return;
  pp.writeLine(`[pragma ${renderTokens(args.map((t, k) => (k === 0 ? withSpace(t, false) : t)))}]`);
};

export const DIRECTIVE_HANDLERS: ReadonlyMap<string, DirectiveHandler> = new Map<string, DirectiveHandler>([
  ['%define', define], ['%xdefine', define], ['%idefine', define], ['%ixdefine', define],
  ['%undef', undef], ['%iundef', undef],
  ['%assign', assign], ['%iassign', assign],
  ['%defstr', defstr], ['%idefstr', defstr], ['%deftok', deftok], ['%ideftok', deftok],
  ['%strlen', strlen], ['%strcat', strcat], ['%substr', substr],
  ['%macro', macroDefinition], ['%imacro', macroDefinition], ['%rmacro', macroDefinition], ['%irmacro', macroDefinition],
  ['%endmacro', unmatched((n) => `\`${n}': not defining a macro`)], ['%endm', unmatched((n) => `\`${n}': not defining a macro`)],
  ['%unmacro', unmacro], ['%unimacro', unmacro],
  ['%rotate', rotate],
  ['%rep', rep], ['%endrep', unmatched((n) => `\`${n}': no matching \`%rep'`)],
  ['%exitrep', exitBlock('rep', "`%exitrep' not within `%rep' block")],
  ['%exitmacro', exitBlock('macro', "`%exitmacro' not within `%macro' block")],
  ['%if', conditional], ['%else', elseDirective], ['%endif', endif],
  ['%include', include], ['%pathsearch', pathsearch], ['%ipathsearch', pathsearch], ['%depend', depend],
  ['%error', message('error')], ['%warning', message('warning')], ['%fatal', message('fatal')],
  ['%push', push], ['%pop', pop], ['%repl', repl],
  ['%line', line],
  ['%pragma', pragma],
  ['%use', use],
  ['%clear', unsupported], ['%arg', unsupported], ['%local', unsupported], ['%stacksize', unsupported],
]);
