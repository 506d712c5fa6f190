%macro prologue 0
        push rbp
        mov rbp, rsp
%endmacro
%macro epilogue 0
        pop rbp
        ret
%endmacro
%macro load 2
        mov %1, %2
%endmacro
%macro count_args 0-*
        dd %0
%endmacro
%macro with_default 1-2 7
        mov %1, %2
%endmacro
%macro spin 1
%%again:
        dec %1
        jnz %%again
%endmacro
%macro pushall 1-*
%rep %0
        push %1
%rotate 1
%endrep
%endmacro
section .text
f:
        prologue
        load rax, 5
        load ecx, 0x10
        with_default rdx
        with_default rdx, 9
        spin rcx
        spin rdx
        pushall rax, rbx, rcx
        epilogue
section .data
        count_args
        count_args 1
        count_args 1, 2, 3
