%define MODE 2
%if MODE == 1
section .data
        db 1
%elif MODE == 2
section .data
        db 2
%else
section .data
        db 3
%endif
%if 0
        this is not assembled at all
%endif
%ifdef MISSING
        db 0xee
%else
        db 0x11
%endif
%ifndef MISSING
        db 0x22
%endif
%if MODE > 1 && MODE < 3
        db 0x33
%endif
%ifidn MODE, 2
        db 0x44
%endif
%ifnum MODE
        db 0x55
%endif
