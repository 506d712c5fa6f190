struc point
.x: resd 1
    nop
.y: resd 1
endstruc
