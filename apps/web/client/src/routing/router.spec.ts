import { routeOf } from './router';

describe('page routes', () => {
  it('maps paths to pages, with the tracking code from the path', () => {
    expect(routeOf('/')).toEqual({ page: 'raise' });
    expect(routeOf('/track')).toEqual({ page: 'track', code: null });
    expect(routeOf('/track/AB12CD34')).toEqual({ page: 'track', code: 'AB12CD34' });
    expect(routeOf('/studios/')).toEqual({ page: 'studios' });
    expect(routeOf('/anything-else')).toEqual({ page: 'raise' });
  });
});
