import { createSeededRandom, hashSeed } from './seeded-random';

describe('createSeededRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = createSeededRandom('x');
    const b = createSeededRandom('x');
    expect(Array.from({ length: 20 }, () => a.next())).toEqual(Array.from({ length: 20 }, () => b.next()));
  });

  it('gives different sequences for different seeds', () => {
    expect(hashSeed('shangliang-demo')).not.toBe(hashSeed('shangliang-demo2'));
    expect(createSeededRandom('a').next()).not.toBe(createSeededRandom('b').next());
  });

  it('keeps next() in [0, 1) and int() within its inclusive bounds', () => {
    const rng = createSeededRandom('bounds');
    const ints = new Set<number>();
    for (let i = 0; i < 5000; i++) {
      const x = rng.next();
      expect(x >= 0 && x < 1).toBe(true);
      ints.add(rng.int(3, 6));
    }
    expect([...ints].sort()).toEqual([3, 4, 5, 6]);
  });

  it('samples distinct items without touching the input', () => {
    const rng = createSeededRandom('sample');
    const items = [1, 2, 3, 4, 5, 6, 7];
    const picked = rng.sample(items, 4);
    expect(new Set(picked).size).toBe(4);
    picked.forEach((item) => expect(items).toContain(item));
    expect(items).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('draws normal deviates with mean near 0 and variance near 1', () => {
    const rng = createSeededRandom('normal');
    const xs = Array.from({ length: 20000 }, () => rng.normal());
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
    expect(Math.abs(mean)).toBeLessThan(0.05);
    expect(Math.abs(variance - 1)).toBeLessThan(0.05);
  });
});
