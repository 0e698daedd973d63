import { z } from 'zod';
import { queryList } from './query-list';

describe('a query parameter of several values', () => {
  const schema = z.object({ status: queryList(z.enum(['open', 'closed']), 2), ids: queryList(z.guid(), 3, { blank: 'refused' }) });
  const problems = (query: Record<string, unknown>) => {
    const parsed = schema.safeParse(query);
    return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };

  it('reads repeated and comma-separated values alike, trimmed, blanks dropped', () => {
    expect(schema.parse({ status: 'open, closed' }).status).toEqual(['open', 'closed']);
    expect(schema.parse({ status: ['open', 'closed'] }).status).toEqual(['open', 'closed']);
    expect(schema.parse({ status: ['open,', ' ,closed'] }).status).toEqual(['open', 'closed']);
  });

  it('takes a blank parameter as not sent, unless blanks are refused', () => {
    expect(schema.parse({ status: '' }).status).toBeUndefined();
    expect(schema.parse({ status: ' , ,' }).status).toBeUndefined();
    expect(schema.parse({}).ids).toBeUndefined();
    expect(problems({ ids: '' })).toEqual(['ids: at least one value']);
    expect(problems({ ids: ',,' })).toEqual(['ids: at least one value']);
  });

  it('refuses too many values by count alone, before reading any of them', () => {
    expect(problems({ status: 'open,closed,open' })).toEqual(['status: at most 2 values']);
    expect(problems({ ids: '1,2,3,4,5,6' })).toEqual(['ids: at most 3 values']);
  });

  it('names each bad value by its position', () => {
    expect(problems({ status: 'open,later' }).map((p) => p.split(':')[0])).toEqual(['status.1']);
  });
});
