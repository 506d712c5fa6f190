// Condition codes and their inverses, for the `%-1` (inverted) and `%+1` (checked) macro parameter
// forms: `j%-1` with `%1` = `z` becomes `jnz`.

const PAIRS: readonly (readonly [string, string])[] = [
  ['a', 'na'], ['ae', 'nae'], ['b', 'nb'], ['be', 'nbe'], ['c', 'nc'], ['e', 'ne'], ['g', 'ng'],
  ['ge', 'nge'], ['l', 'nl'], ['le', 'nle'], ['o', 'no'], ['p', 'np'], ['s', 'ns'], ['z', 'nz'],
  ['pe', 'po'],
];

const INVERSE = new Map<string, string>();
for (const [a, b] of PAIRS) {
  INVERSE.set(a, b);
  INVERSE.set(b, a);
}

export function isConditionCode(text: string): boolean {
  return INVERSE.has(text.toLowerCase());
}

export function invertConditionCode(text: string): string | undefined {
  return INVERSE.get(text.toLowerCase());
}
