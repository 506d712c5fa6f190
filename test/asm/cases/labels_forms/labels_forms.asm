section .text
colon_label:
        nop
bare_label nop
another:    ret
$keyword:
        nop
label_with_data: dd 0
        ret
