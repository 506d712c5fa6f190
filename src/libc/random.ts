// rand() as glibc computes it, so seeded programs print the same numbers: a seed in, the
// same sequence of 31-bit values out.

/** glibc's random(): the additive feedback generator (TYPE_3, degree 31, separation 3). */
export class GlibcRandom {
  private values: number[] = [];

  constructor() {
    this.seed(1);
  }

  seed(seed: number): void {
    const r: number[] = [seed === 0 ? 1 : seed | 0];
    for (let i = 1; i < 31; i++) {
      // 16807 * r[i-1] mod (2^31 - 1), by Schrage's method on the signed 32-bit value
      const hi = Math.trunc(r[i - 1] / 127773);
      const lo = r[i - 1] % 127773;
      let word = 16807 * lo - 2836 * hi;
      if (word < 0) word += 2147483647;
      r.push(word);
    }
    // r[31..33] repeat r[0..2]; the next 310 values are thrown away
    r.push(r[0], r[1], r[2]);
    this.values = r;
    for (let i = 34; i < 344; i++) this.next();
  }

  next(): number {
    // r[i] = r[i-31] + r[i-3], the result r[i] >> 1 (unsigned)
    const r = this.values;
    const value = (r[r.length - 31] + r[r.length - 3]) | 0;
    r.push(value);
    if (r.length > 64) r.splice(0, r.length - 34);
    return value >>> 1;
  }
}

