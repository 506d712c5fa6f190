; An empty string places nothing, and lines that place nothing leave the default .text unmade.
    db ''
    resb 0
    times 0 db 1
    times 3 dd ''
section .data
empty   db ''
words   dw '', 'a'
after   db '', 2
