import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evenPositions, needsRenumbering, positionBetween, POSITION_STEP } from '../../src-shared/domain/positions';

describe('fractional positions', () => {
  it('places the first item, and items before and after neighbours', () => {
    expect(positionBetween(null, null)).toBe(POSITION_STEP);
    expect(positionBetween(null, 100)).toBe(100 - POSITION_STEP);
    expect(positionBetween(100, null)).toBe(100 + POSITION_STEP);
    expect(positionBetween(100, 200)).toBe(150);
  });

  it('always lands strictly between two ordered neighbours', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (a, gap) => {
        const b = a + gap;
        fc.pre(b > a);
        const middle = positionBetween(a, b);
        return middle > a && middle < b;
      }),
    );
  });

  it('rejects neighbours out of order and flags gaps too small to split', () => {
    expect(() => positionBetween(2, 1)).toThrow(RangeError);
    expect(needsRenumbering(1, 1 + 1e-12)).toBe(true);
    expect(needsRenumbering(1, 2)).toBe(false);
    expect(evenPositions(3)).toEqual([POSITION_STEP, 2 * POSITION_STEP, 3 * POSITION_STEP]);
  });
});
