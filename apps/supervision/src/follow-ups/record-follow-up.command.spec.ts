import { recordFollowUpSchema } from './record-follow-up.command';

const fieldsOf = (body: unknown) => {
  const parsed = recordFollowUpSchema.safeParse(body);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
};

describe("the resident's rating recorded after the call-back", () => {
  it('accepts the three satisfaction levels, with or without a note', () => {
    expect(fieldsOf({ satisfaction: 'satisfied' })).toEqual([]);
    expect(fieldsOf({ satisfaction: 'basically_satisfied', note: 'Mostly fixed.' })).toEqual([]);
    expect(fieldsOf({ satisfaction: 'dissatisfied', note: 'Still leaking.', reason: 'The roof still leaks when it rains.' })).toEqual([]);
  });

  it("names the reason when a dissatisfied resident's is missing (it reopens the problem)", () => {
    expect(fieldsOf({ satisfaction: 'dissatisfied', note: 'Still leaking.' })).toEqual(['reason']);
  });

  it('names satisfaction when it is missing or unknown', () => {
    expect(fieldsOf({})).toEqual(['satisfaction']);
    expect(fieldsOf({ satisfaction: 'happy' })).toEqual(['satisfaction']);
  });

  it('rejects fields it does not know, so nothing unexpected is stored', () => {
    expect(fieldsOf({ satisfaction: 'satisfied', residentPhone: '13812345678' })).toEqual(['']);
  });
});
