// Waiting on the host without spinning: the few milliseconds between retries of a descriptor
// that said EAGAIN, and sleep()/usleep(). Blocks this thread, as the guest's call would block.

const cell = new Int32Array(new SharedArrayBuffer(4));

export function pause(milliseconds: number): void {
  if (milliseconds > 0) Atomics.wait(cell, 0, 0, milliseconds);
}
