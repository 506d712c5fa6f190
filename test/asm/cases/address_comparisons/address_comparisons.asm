; Comparing addresses compares their difference: labels of one section order as numbers do, and
; an address is unequal to any number.
section .data
first:  dq 0
second: dq 0
        dq first < second, second > first, first == first, first <=> second, second <=> first
        dq first == 1, first != 1, first <> 0, $ == $, $ > first
        db second - first == 8
