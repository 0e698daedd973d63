import { updateCaseSchema } from './update-case.command';

const fieldsOf = (body: unknown) => {
  const parsed = updateCaseSchema.safeParse(body);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
};

describe('the edit of a case', () => {
  it('accepts any one of title, write-up and typical', () => {
    expect(fieldsOf({ title: 'A lift for Building 3' })).toEqual([]);
    expect(fieldsOf({ writeUp: 'The residents and the property company…' })).toEqual([]);
    expect(fieldsOf({ typical: false })).toEqual([]);
  });

  it('rejects an empty edit', () => {
    expect(fieldsOf({})).toEqual(['']);
  });

  it('names an empty title and a typical flag that is not a boolean', () => {
    expect(fieldsOf({ title: '  ', typical: 'yes' }).sort()).toEqual(['title', 'typical']);
  });

  it('rejects fields the case bank does not let staff change', () => {
    const parsed = updateCaseSchema.safeParse({ typical: true, outcome: 'solved' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toEqual([expect.objectContaining({ code: 'unrecognized_keys', keys: ['outcome'] })]);
  });
});
