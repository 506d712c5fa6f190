// The System V x86-64 calling convention as data: which registers carry a function call's
// arguments, which hold results, which a callee may leave as garbage.

import type { GeneralRegister, VectorRegister } from '../../emulator/engine.ts';

/** Integer and pointer arguments, in order (function calls; syscalls would use r10 for the 4th). */
export const INTEGER_ARGUMENT_REGISTERS: readonly GeneralRegister[] = ['rdi', 'rsi', 'rdx', 'rcx', 'r8', 'r9'];

/** double arguments, in order. */
export const VECTOR_ARGUMENT_REGISTERS: readonly VectorRegister[] = ['xmm0', 'xmm1', 'xmm2', 'xmm3', 'xmm4', 'xmm5', 'xmm6', 'xmm7'];

/** Registers a callee may change without restoring, besides the result registers. */
export const CALLER_SAVED_REGISTERS: readonly GeneralRegister[] = ['rcx', 'rdx', 'rsi', 'rdi', 'r8', 'r9', 'r10', 'r11'];
export const CALLER_SAVED_VECTOR_REGISTERS: readonly VectorRegister[] = ['xmm1', 'xmm2', 'xmm3', 'xmm4', 'xmm5', 'xmm6', 'xmm7'];

/** Size of one stack argument slot; stack arguments start just above the return address. */
export const STACK_SLOT_SIZE = 8;
