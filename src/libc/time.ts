// Time: time() and the sleeps. The guest waits for real, as it would natively.

import { pause } from './host-wait.ts';
import { shim } from './registry.ts';


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
