%if __NASM_MAJOR__ >= 2
  db 'nasm2'
%endif
dd __NASM_MAJOR__, __NASM_MINOR__
db __OUTPUT_FORMAT__
%ifidn __OUTPUT_FORMAT__, elf64
  db 'elf64'
%endif
dd __LINE__
db __FILE__
dd __?LINE?__
%ifdef __NASM_VER__
  db __NASM_VER__
%endif
