Line
endingsmixed
and a con\
tinued line\
\
across three


last