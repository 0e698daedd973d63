import { cappedTotal } from './capped-total';

describe('a total counted up to a cap', () => {
  it('is exact up to the cap', () => {
    expect(cappedTotal(0, 100)).toEqual({ total: 0, totalIsLowerBound: false });
    expect(cappedTotal(100, 100)).toEqual({ total: 100, totalIsLowerBound: false });
  });

  it('says "at least the cap" when the count went past it', () => {
    expect(cappedTotal(101, 100)).toEqual({ total: 100, totalIsLowerBound: true });
  });
});
