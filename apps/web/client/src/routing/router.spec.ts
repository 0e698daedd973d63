import { routeOf } from './router';

describe('page routes', () => {
  it('maps paths to pages, with the tracking code from the path', () => {
    expect(routeOf('/')).toEqual({ page: 'raise' });
    expect(routeOf('/track')).toEqual({ page: 'track', code: null });
    expect(routeOf('/track/AB12CD34')).toEqual({ page: 'track', code: 'AB12CD34' });
    expect(routeOf('/studios/')).toEqual({ page: 'studios' });
    expect(routeOf('/anything-else')).toEqual({ page: 'raise' });
    expect(routeOf('/console')).toEqual({ page: 'console', path: '/console' });
    expect(routeOf('/console/problems/abc')).toEqual({ page: 'console', path: '/console/problems/abc' });
    expect(routeOf('/consoles')).toEqual({ page: 'raise' });
  });
});
