import fc from 'fast-check';
import { chunk } from './chunk';

describe('chunk', () => {
  it('splits into slices of the given size with the remainder last', () => {
    expect(chunk(['a', 'b', 'c', 'd', 'e'], 2)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(chunk([], 20)).toEqual([]);
  });

  it('refuses a size that is not a positive integer', () => {
    for (const size of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => chunk([1], size)).toThrow(RangeError);
    }
  });

  it('keeps every item in order, in full slices but the last', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer({ min: 1, max: 150 }), (items, size) => {
        const slices = chunk(items, size);
        expect(slices.flat()).toEqual(items);
        expect(slices).toHaveLength(Math.ceil(items.length / size));
        slices.forEach((slice, i) => {
          if (i < slices.length - 1) expect(slice).toHaveLength(size);
          else expect(slice.length).toBeGreaterThan(0);
          expect(slice.length).toBeLessThanOrEqual(size);
        });
      }),
    );
  });
});
