X equ 1
X equ 2
