// Word lists the parser needs as data: instruction prefixes, data and reserve directives with
// their unit sizes, and the operand-less instructions that let a bare word on a line be told
// apart from a label written without a colon.

export const PREFIXES: ReadonlySet<string> = new Set([
  'lock', 'rep', 'repe', 'repz', 'repne', 'repnz', 'xacquire', 'xrelease', 'bnd', 'nobnd',
  'o16', 'o32', 'o64', 'a16', 'a32', 'a64', 'osp', 'asp', 'cs', 'ds', 'es', 'fs', 'gs', 'ss', 'wait', 'rex', 'rex.w', 'evex', 'vex', 'vex2', 'vex3',
]);

/** The x87 arithmetic with a popping twin (`faddp`), which nasm also writes with `to` (`fadd to st1`). */
export const X87_ARITHMETIC: ReadonlySet<string> = new Set(['fadd', 'fsub', 'fsubr', 'fmul', 'fdiv', 'fdivr']);

export const DATA_UNITS: Readonly<Record<string, number>> = {
  db: 1, dw: 2, dd: 4, dq: 8, dt: 10, do: 16, dy: 32, dz: 64,
};

export const RESERVE_UNITS: Readonly<Record<string, number>> = {
  resb: 1, resw: 2, resd: 4, resq: 8, rest: 10, reso: 16, resy: 32, resz: 64,
};

export const OPERANDLESS_INSTRUCTIONS: ReadonlySet<string> = new Set(
  `ret retn retf retq iret iretd iretq nop cqo cdq cwd cdqe cwde cbw leave hlt syscall sysret
  sysenter sysexit int3 int1 icebp into pushf pushfq popf popfq clc stc cld std cli sti cmc lahf sahf
  movsb movsw movsd movsq stosb stosw stosd stosq lodsb lodsw lodsd lodsq scasb scasw scasd scasq
  cmpsb cmpsw cmpsd cmpsq insb insw insd outsb outsw outsd rdtsc rdtscp rdpmc rdmsr wrmsr cpuid pause
  mfence lfence sfence ud2 ud1 ud0 fwait xlat xlatb emms femms fninit finit fld1 fldz fldpi fldl2e
  fldl2t fldlg2 fldln2 fabs fchs fsqrt fsin fcos fsincos fptan fpatan fxch faddp fmulp fsubp fdivp
  fsubrp fdivrp fucompp fcompp fucomp fcomp fucom fcom ftst fxam frndint fscale f2xm1 fyl2x fyl2xp1
  fprem fprem1 fdecstp fincstp fnop fnclex fclex fnstsw fstsw vzeroupper vzeroall xgetbv swapgs clts
  invd wbinvd rsm monitor mwait xend xtest endbr64 endbr32 stac clac serialize clgi stgi vmcall vmlaunch
  vmresume vmxoff vmmcall vmfunc vmrun vmload vmsave skinit invlpga getsec xsetbv rdrand rdseed
  lock iretw pushfw popfw cmpsb int3 salc hlt nop monitorx mwaitx clzero rdpkru wrpkru encls enclu enclv
  pvalidate rmpadjust vmgexit fld fst fstp fadd fsub fsubr fmul fdiv fdivr ffree ffreep aaa aas daa das
  aad aam pusha pushad pushaw popa popad popaw endbr32`.split(/\s+/),
);

/** Directives this parser handles itself, in both plain and `[bracket]` form. */
export const DIRECTIVES: ReadonlySet<string> = new Set([
  'section', 'segment', 'global', 'extern', 'common', 'static', 'default', 'bits', 'use64', 'use32',
  'use16', 'cpu', 'absolute', 'sectalign', 'align', 'alignb', 'incbin', 'float', 'warning', 'required',
  'gprefix', 'gpostfix', 'lprefix', 'lpostfix', 'list', 'pragma', '__?smartalign?__',
]);

/** Common mnemonics that take operands: after a word that is not one, they mark that word as a label. */
export const COMMON_MNEMONICS: ReadonlySet<string> = new Set(
  `mov movzx movsx movsxd lea add sub adc sbb and or xor not neg inc dec mul imul div idiv cmp test push pop
  call jmp ret shl shr sal sar rol ror rcl rcr shld shrd xchg xadd cmpxchg bswap bt bts btr btc bsf bsr lzcnt tzcnt
  popcnt cmove cmovne cmovz cmovnz cmova cmovae cmovb cmovbe cmovg cmovge cmovl cmovle cmovs cmovns sete setne setz
  setnz seta setae setb setbe setg setge setl setle je jne jz jnz ja jae jb jbe jg jge jl jle js jns jo jno jc jnc
  loop int in out enter movsd movss movaps movups movapd movupd movdqa movdqu movq movd addsd subsd mulsd divsd
  addss subss mulss divss sqrtsd sqrtss cvtsi2sd cvtsi2ss cvttsd2si cvtsd2si cvtss2sd cvtsd2ss ucomisd ucomiss
  comisd comiss pxor xorps xorpd andps andpd orps orpd paddd psubd pshufd punpcklbw fld fst fstp fild fist fistp
  fadd fsub fmul fdiv vmovdqa vmovdqu vmovaps vmovups vaddps vaddpd vxorps vpxor nop prefetchnta`.split(/\s+/),
);
