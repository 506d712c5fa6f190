section .rodata
single  db "it's", 'say "hi"', 0
double  db "say \n means backslash-n", 0
back    db `tab\there\nnewline\0`, 0
hex     db `\x41\x42\x43`, 0
oct     db `\101\102\7`, 0
quotes  db `\'\"\`\\`, 0
misc    db `\a\b\e\f\r\v`, 0
uni     db `\u263a\U0001F600`, 0
ctl     db 'a',"b",`c\n`
