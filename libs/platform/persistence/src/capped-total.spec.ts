import { cappedTotal, pageWithCappedTotal, TOTAL_CAP } from './capped-total';

describe('a total counted up to a cap', () => {
  it('is exact up to the cap', () => {
    expect(cappedTotal(0, 100)).toEqual({ total: 0, totalIsLowerBound: false });
    expect(cappedTotal(100, 100)).toEqual({ total: 100, totalIsLowerBound: false });
  });

  it('says "at least the cap" when the count went past it', () => {
    expect(cappedTotal(101, 100)).toEqual({ total: 100, totalIsLowerBound: true });
  });
});

describe('a page with its capped total', () => {
  const query = { where: { status: 'open' }, orderBy: [{ dueAt: 'asc' }, { id: 'asc' }] };

  it("reads the page with the list's query and counts in the list's order, one past the cap", async () => {
    const page = jest.fn().mockResolvedValue(['a', 'b']);
    const count = jest.fn().mockResolvedValue(7);
    await expect(pageWithCappedTotal(query, page, count, 100)).resolves.toEqual([['a', 'b'], { total: 7, totalIsLowerBound: false }]);
    expect(page).toHaveBeenCalledWith(query);
    expect(count).toHaveBeenCalledWith({ where: { status: 'open' }, orderBy: [{ dueAt: 'asc' }, { id: 'asc' }], take: 101 });
  });

  it('gives the cap as a lower bound when the count went past it', async () => {
    const [, total] = await pageWithCappedTotal(query, async () => [], async () => 101, 100);
    expect(total).toEqual({ total: 100, totalIsLowerBound: true });
  });

  it('gives the cap itself as exact when the count stopped at it', async () => {
    const [, total] = await pageWithCappedTotal(query, async () => [], async () => 100, 100);
    expect(total).toEqual({ total: 100, totalIsLowerBound: false });
  });

  it('counts while the page is still being read', async () => {
    let readPage: (rows: string[]) => void = () => undefined;
    const page = () => new Promise<string[]>((resolve) => (readPage = resolve));
    const count = jest.fn().mockResolvedValue(3);
    const both = pageWithCappedTotal(query, page, count, 100);
    expect(count).toHaveBeenCalled();
    readPage(['a']);
    await expect(both).resolves.toEqual([['a'], { total: 3, totalIsLowerBound: false }]);
  });

  it('counts up to TOTAL_CAP unless told otherwise', async () => {
    const count = jest.fn().mockResolvedValue(0);
    await pageWithCappedTotal(query, async () => [], count);
    expect(count).toHaveBeenCalledWith(expect.objectContaining({ take: TOTAL_CAP + 1 }));
  });
});
