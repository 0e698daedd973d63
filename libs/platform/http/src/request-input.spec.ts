import { findUnsafeInput, MAX_INPUT_DEPTH, storableText } from './request-input';

const nested = (depth: number): unknown => (depth === 0 ? 'leaf' : { a: nested(depth - 1) });

describe('unsafe request input', () => {
  it('lets ordinary text through, Chinese and emoji included', () => {
    expect(findUnsafeInput({ params: { id: 'abc' }, query: { q: '路灯' }, body: { title: '小区垃圾站满溢 🚮', tags: ['a', { b: 1 }] } }, 100)).toBeNull();
  });

  it('names the body field that holds a NUL character, as validation errors do', () => {
    expect(findUnsafeInput({ body: { location: { communityId: 'com-01\u0000' } } }, 100)).toEqual({ field: 'location.communityId', message: 'must not contain NUL characters' });
    expect(findUnsafeInput({ body: { items: ['ok', 'x\u0000'] } }, 100)?.field).toBe('items.1');
  });

  it('names path parameters and query parameters by where they came from', () => {
    expect(findUnsafeInput({ params: { id: '\u0000' } }, 100)?.field).toBe('path.id');
    expect(findUnsafeInput({ query: { status: ['open', '\uD800'] } }, 100)).toEqual({ field: 'query.status.1', message: 'must be valid Unicode text (unpaired surrogate)' });
  });

  it('refuses lone surrogates of either half but keeps pairs', () => {
    expect(findUnsafeInput({ body: '\uDC00x' }, 100)?.field).toBe('(body)');
    expect(findUnsafeInput({ body: { t: 'x\uD83D' } }, 100)?.field).toBe('t');
    expect(findUnsafeInput({ body: { t: '\uD83D\uDE00' } }, 100)).toBeNull();
  });

  it('refuses field names that are not text, naming the object that holds them', () => {
    expect(findUnsafeInput({ body: { attribute: { 'x\u0000': 1 } } }, 100)).toEqual({ field: 'attribute', message: 'a field name must not contain NUL characters' });
  });

  it(`refuses nesting deeper than ${MAX_INPUT_DEPTH} levels without overflowing the stack`, () => {
    expect(findUnsafeInput({ body: nested(MAX_INPUT_DEPTH) }, 100)).toBeNull();
    expect(findUnsafeInput({ body: nested(MAX_INPUT_DEPTH + 1) }, 100)?.message).toMatch(/nested deeper/);
    let hostile: unknown = [];
    for (let i = 0; i < 100_000; i++) hostile = [hostile];
    expect(findUnsafeInput({ body: hostile }, 100)?.message).toMatch(/nested deeper/);
  });

  it('refuses more query parameters than the limit', () => {
    const query = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, 'v']));
    expect(findUnsafeInput({ query }, 10)).toEqual({ field: 'query', message: 'at most 10 query parameters' });
  });
});

describe('storable text', () => {
  it('drops NUL characters and replaces lone surrogates, keeping pairs', () => {
    expect(storableText('a\u0000b\uD800c\uD83D\uDE00')).toBe('ab\uFFFDc\uD83D\uDE00');
  });
});
