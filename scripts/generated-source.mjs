// The generated assembler source `npm run bench` and `npm run profile:assembler` measure: plain
// functions, data and calls, what a long hand-written file looks like.

/** Returns the source text and its line count; `lineCount` lines, give or take a function. */
export function generatedAssemblerSource(lineCount = 20_000) {
  const lines = ['BITS 64', 'DEFAULT REL', '', 'extern printf', 'global main', ''];
  const functions = [];
  let n = 0;
  while (lines.length < lineCount - 40) {
    functions.push(n);
    lines.push(
      'section .rodata',
      `msg${n} db "function ${n}: %ld", 10, 0`,
      'section .data',
      `val${n} dq ${n * 7}`,
      'section .text',
      `f${n}:`,
      '    push rbp',
      '    mov rbp, rsp',
      `    mov eax, ${n}`,
      '    add rax, rdi',
      `    cmp rax, ${1000 + n}`,
      '    jl .small',
      '    imul rax, rax, 3',
      '.small:',
      `    mov [rel val${n}], rax`,
      `    lea rdi, [rel msg${n}]`,
      '    mov rsi, rax',
      '    xor eax, eax',
      '    call printf wrt ..plt',
      '    pop rbp',
      '    ret',
      '',
    );
    n++;
  }
  lines.push('section .text', 'main:', '    sub rsp, 8');
  for (const f of functions.slice(0, 30)) lines.push(`    mov edi, ${f}`, `    call f${f}`);
  lines.push('    xor eax, eax', '    add rsp, 8', '    ret');
  return { text: `${lines.join('\n')}\n`, lineCount: lines.length };
}
