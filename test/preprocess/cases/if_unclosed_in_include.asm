; an included file must close its own %if
%include "unclosed_if.inc"
%endif
    db 2
