// Every word the parser gives a meaning to, found with one case-insensitive lookup: registers,
// size keywords, operand modifiers, prefixes, data and reserve directives, assembler directives
// and the mnemonics that help tell a label without a colon from an instruction.

import type { Token } from '../lex/token.ts';
import { lowerCase } from '../lex/characters.ts';
import { REGISTER_NAMES, type RegisterInfo } from './registers.ts';
import { SIZE_KEYWORD_BYTES, type RegisterOperand } from './program.ts';
import { COMMON_MNEMONICS, DATA_UNITS, DIRECTIVES, OPERANDLESS_INSTRUCTIONS, PREFIXES, RESERVE_UNITS } from './words.ts';

/** Words that change how an operand or memory reference is read (`strict`, `short`, `[rel x]`, ...). */
export type Modifier = 'strict' | 'short' | 'near' | 'far' | 'rel' | 'abs' | 'nosplit' | 'a32' | 'a64';

export interface Keyword {
  /** The word in lowercase: how mnemonics, prefixes and directives are named downstream. */
  name: string;
  register?: RegisterInfo;
  /** The operand a lone register makes: one frozen object per register, shared by every use. */
  registerOperand?: RegisterOperand;
  /** `byte`, `word`, ...: the size in bytes. */
  size?: number;
  modifier?: Modifier;
  prefix?: boolean;
  dataUnit?: number;
  reserveUnit?: number;
  directive?: boolean;
  operandless?: boolean;
  commonMnemonic?: boolean;
  /** `times`, a prefix, a data or reserve directive: a line starting with it has no label. */
  opensBody?: boolean;
  /** After a name, this word makes the name a label (`x equ 1`, `msg db 0`, `top rep movsb`, `here ret`). */
  followsLabel?: boolean;
}

const KEYWORDS = new Map<string, Keyword>();

function entry(name: string): Keyword {
  let keyword = KEYWORDS.get(name);
  if (!keyword) {
    // Every field from the start, so all keywords share one shape and each property read stays cheap.
    keyword = {
      name, register: undefined, registerOperand: undefined, size: undefined, modifier: undefined, prefix: undefined,
      dataUnit: undefined, reserveUnit: undefined, directive: undefined, operandless: undefined, commonMnemonic: undefined,
      opensBody: undefined, followsLabel: undefined,
    };
    KEYWORDS.set(name, keyword);
  }
  return keyword;
}

for (const [name, register] of REGISTER_NAMES) {
  const keyword = entry(name);
  keyword.register = register;
  keyword.registerOperand = Object.freeze({ kind: 'register', register });
}
for (const [name, bytes] of Object.entries(SIZE_KEYWORD_BYTES)) entry(name).size = bytes;
for (const name of ['strict', 'short', 'near', 'far', 'rel', 'abs', 'nosplit', 'a32', 'a64'] as const) entry(name).modifier = name;
for (const name of PREFIXES) entry(name).prefix = true;
for (const [name, bytes] of Object.entries(DATA_UNITS)) entry(name).dataUnit = bytes;
for (const [name, bytes] of Object.entries(RESERVE_UNITS)) entry(name).reserveUnit = bytes;
for (const name of DIRECTIVES) entry(name).directive = true;
for (const name of OPERANDLESS_INSTRUCTIONS) entry(name).operandless = true;
for (const name of COMMON_MNEMONICS) entry(name).commonMnemonic = true;
for (const name of ['times', 'equ', 'incbin', 'seg', 'wrt']) entry(name);
for (const keyword of KEYWORDS.values()) {
  keyword.opensBody = keyword.prefix || keyword.name === 'times' || keyword.dataUnit !== undefined || keyword.reserveUnit !== undefined;
  // a segment register after a name is an operand (`push fs`, `mov fs, ax`), not a prefix after a label
  const operandToo = keyword.register !== undefined;
  keyword.followsLabel = (keyword.opensBody && !operandToo) || keyword.operandless || keyword.name === 'equ' || keyword.name === 'incbin';
}

/** The keyword an identifier spells, in any case; undefined for every other name. */
export function lookupKeyword(text: string): Keyword | undefined {
  const keyword = KEYWORDS.get(text);
  if (keyword !== undefined) return keyword;
  const lower = lowerCase(text);
  return lower === text ? undefined : KEYWORDS.get(lower);
}

/** The keyword a token spells, when it is an identifier. */
export function keywordOf(token: Token | undefined): Keyword | undefined {
  return token?.kind === 'identifier' ? lookupKeyword(token.text) : undefined;
}
