section .data
    dd __?float32?__(7)
