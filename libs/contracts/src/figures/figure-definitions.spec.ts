import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIGURE_DEFINITIONS, FIGURE_IDS } from './figure-definitions';

describe('the figure definitions', () => {
  it('defines every figure once', () => {
    expect(FIGURE_DEFINITIONS.map((f) => f.id)).toEqual([...FIGURE_IDS]);
    for (const f of FIGURE_DEFINITIONS) expect(f.kind === 'rate').toBe(f.denominator !== null);
  });

  it("match the README's table, row for row", () => {
    const readme = readFileSync(join(__dirname, '../../../../README.md'), 'utf8');
    const rows = [...readme.matchAll(/^\| `(\w+)` \| ([^|]+) \|/gm)].map((m) => [m[1], m[2].trim()]).filter(([id]) => (FIGURE_IDS as readonly string[]).includes(id));
    expect(rows).toEqual(FIGURE_DEFINITIONS.map((f) => [f.id, f.zh]));
  });
});
