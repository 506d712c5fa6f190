// Register names of the engine interface in, Unicorn's x86 register numbers out (a table).
// xmm registers are 128 bits wide in Unicorn; the engine reads and writes their low 64 bits.

import type { RegisterName } from './engine.ts';
import {
  UC_X86_REG_EFLAGS,
  UC_X86_REG_FS_BASE,
  UC_X86_REG_GS_BASE,
  UC_X86_REG_R8,
  UC_X86_REG_RAX,
  UC_X86_REG_RBP,
  UC_X86_REG_RBX,
  UC_X86_REG_RCX,
  UC_X86_REG_RDI,
  UC_X86_REG_RDX,
  UC_X86_REG_RIP,
  UC_X86_REG_RSI,
  UC_X86_REG_RSP,
  UC_X86_REG_XMM0,
} from './unicorn-api.ts';

export const UNICORN_REGISTER_IDS: Readonly<Record<RegisterName, number>> = {
  rax: UC_X86_REG_RAX,
  rbx: UC_X86_REG_RBX,
  rcx: UC_X86_REG_RCX,
  rdx: UC_X86_REG_RDX,
  rsi: UC_X86_REG_RSI,
  rdi: UC_X86_REG_RDI,
  rbp: UC_X86_REG_RBP,
  rsp: UC_X86_REG_RSP,
  r8: UC_X86_REG_R8,
  r9: UC_X86_REG_R8 + 1,
  r10: UC_X86_REG_R8 + 2,
  r11: UC_X86_REG_R8 + 3,
  r12: UC_X86_REG_R8 + 4,
  r13: UC_X86_REG_R8 + 5,
  r14: UC_X86_REG_R8 + 6,
  r15: UC_X86_REG_R8 + 7,
  rip: UC_X86_REG_RIP,
  rflags: UC_X86_REG_EFLAGS,
  fs_base: UC_X86_REG_FS_BASE,
  gs_base: UC_X86_REG_GS_BASE,
  xmm0: UC_X86_REG_XMM0,
  xmm1: UC_X86_REG_XMM0 + 1,
  xmm2: UC_X86_REG_XMM0 + 2,
  xmm3: UC_X86_REG_XMM0 + 3,
  xmm4: UC_X86_REG_XMM0 + 4,
  xmm5: UC_X86_REG_XMM0 + 5,
  xmm6: UC_X86_REG_XMM0 + 6,
  xmm7: UC_X86_REG_XMM0 + 7,
  xmm8: UC_X86_REG_XMM0 + 8,
  xmm9: UC_X86_REG_XMM0 + 9,
  xmm10: UC_X86_REG_XMM0 + 10,
  xmm11: UC_X86_REG_XMM0 + 11,
  xmm12: UC_X86_REG_XMM0 + 12,
  xmm13: UC_X86_REG_XMM0 + 13,
  xmm14: UC_X86_REG_XMM0 + 14,
  xmm15: UC_X86_REG_XMM0 + 15,
};

export function isVectorRegister(name: RegisterName): boolean {
  return name.startsWith('xmm');
}
