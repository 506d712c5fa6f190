struc point
    .x: resd 1
    .y: resd 1
    .name: resb 8
endstruc

struc node
    .value resq 1
    .next  resq 1
endstruc

section .data
origin: istruc point
    at point.x, dd 0
    at point.y, dd 0
    at point.name, db "origin", 0
iend
p1: istruc point
    at point.x, dd 10
    at point.y, dd -20
iend
n1: istruc node
    at node.value, dq 42
    at node.next, dq 0
iend
section .text
        mov eax, [rel p1 + point.y]
        mov ecx, point_size
        mov edx, node_size
        lea rax, [rel n1]
        mov rbx, [rax + node.next]
        ret
