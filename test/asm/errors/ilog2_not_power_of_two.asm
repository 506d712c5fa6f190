section .data
    db __?ilog2e?__(12)
