// Time: time() and the sleeps. The guest waits for real, as it would natively.

import { shim } from './registry.ts';

const sleepCell = new Int32Array(new SharedArrayBuffer(4));
function pause(milliseconds: number): void {
  if (milliseconds > 0) Atomics.wait(sleepCell, 0, 0, milliseconds);
}

export const timeShims = [
  shim('time_t time(time_t *tloc)', ({ tloc }, context) => {
    const now = BigInt(Math.floor(Date.now() / 1000));
    if (tloc !== 0) context.memory.writeU64(tloc, now);
    return now;
  }),
  shim('unsigned int sleep(unsigned int seconds)', ({ seconds }) => {
    pause(seconds * 1000);
    return 0;
  }),
  shim('int usleep(unsigned int usec)', ({ usec }) => {
    pause(usec / 1000);
    return 0;
  }),
];
