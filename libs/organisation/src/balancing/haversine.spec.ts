import { distanceMetres, EARTH_MEAN_RADIUS_KM, haversineKm } from './haversine';

describe('haversineKm', () => {
  it('measures one degree of latitude as 1/360 of a great circle', () => {
    expect(haversineKm({ lat: 30, lng: 120 }, { lat: 31, lng: 120 })).toBeCloseTo((2 * Math.PI * EARTH_MEAN_RADIUS_KM) / 360, 6);
  });

  it('shrinks a degree of longitude by the cosine of the latitude', () => {
    const atEquator = haversineKm({ lat: 0, lng: 120 }, { lat: 0, lng: 120.01 });
    const at60 = haversineKm({ lat: 60, lng: 120 }, { lat: 60, lng: 120.01 });
    expect(at60 / atEquator).toBeCloseTo(0.5, 4);
  });

  it('is zero for the same point and symmetric otherwise', () => {
    const a = { lat: 30.01, lng: 120.47 };
    const b = { lat: 29.93, lng: 120.61 };
    expect(haversineKm(a, a)).toBe(0);
    expect(haversineKm(a, b)).toBe(haversineKm(b, a));
  });

  it('stays finite for antipodal points', () => {
    expect(haversineKm({ lat: 0, lng: 0 }, { lat: 0, lng: 180 })).toBeCloseTo(Math.PI * EARTH_MEAN_RADIUS_KM, 6);
  });
});

describe('distanceMetres', () => {
  it('rounds the distance to whole metres', () => {
    const metres = distanceMetres({ lat: 30, lng: 120.5 }, { lat: 30.0123, lng: 120.5 });
    expect(Number.isInteger(metres)).toBe(true);
    expect(metres).toBe(1368);
  });
});
