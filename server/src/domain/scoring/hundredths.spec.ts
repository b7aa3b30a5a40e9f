import { describe, it, expect } from 'vitest';
import {
  divideHalfUp,
  formatHundredths,
  mulDivHalfUp,
  parseScaled,
  percentOf,
  roundHalfUp,
  sumHundredths,
  toHundredths,
} from './hundredths';

describe('divideHalfUp', () => {
  it.each([
    [12345, 10, 1235], // 1234.5 hundredths → 1235
    [12344, 10, 1234],
    [12346, 10, 1235],
    [-12345, 10, -1235], // halves go away from zero
    [12345, -10, -1235],
    [1, 2, 1],
    [1, 3, 0],
    [2, 3, 1],
    [0, 7, 0],
  ])('%i / %i = %i', (n, d, expected) => {
    expect(divideHalfUp(n, d)).toBe(expected);
  });

  it('is exact where floating point is not (bigint path)', () => {
    // 2^53 + 1 cannot be a number, but as a bigint product it divides exactly.
    expect(divideHalfUp(2n ** 53n * 10n + 15n, 10n)).toBe(Number(2n ** 53n) + 2);
  });

  it('refuses division by zero and non-integer operands', () => {
    expect(() => divideHalfUp(1, 0)).toThrow(RangeError);
    expect(() => divideHalfUp(1.5, 1)).toThrow(RangeError);
  });
});

describe('percentOf (hundredths of a percent)', () => {
  it('2/3 → 66.67 %', () => expect(percentOf(2, 3)).toBe(6667));
  it('1/3 → 33.33 %', () => expect(percentOf(1, 3)).toBe(3333));
  it('rounds exactly .005 up: 69.86 / 80 = 87.325 % → 87.33 %', () => {
    // 6986 × 10 000 / 8000 = 8732.5 → 8733 (banker's rounding would give 8732)
    expect(percentOf(6986, 8000)).toBe(8733);
  });
  it('0.005 % → 0.01 %', () => expect(percentOf(1, 20_000)).toBe(1));
  it('0.0049 % → 0.00 %', () => expect(percentOf(49, 1_000_000)).toBe(0));
  it('mulDivHalfUp scales without overflow', () => expect(mulDivHalfUp(2 ** 40, 10_000, 2 ** 40)).toBe(10_000));
});

describe('roundHalfUp on decimals', () => {
  it.each([
    [1.005, 2, 1.01], // Math.round(1.005*100)/100 gives 1.00
    [2.675, 2, 2.68], // toFixed(2) gives "2.67"
    [1234.5, 0, 1235],
    [1234.49, 0, 1234],
    [-1.005, 2, -1.01],
    [0.125, 2, 0.13],
    [66.665, 2, 66.67],
    [10, 2, 10],
    ['12,345', 2, 12.35],
    ['1e-3', 2, 0],
    [1e21, 0, 1e21],
  ] as const)('roundHalfUp(%s, %i) = %s', (value, decimals, expected) => {
    expect(roundHalfUp(value, decimals)).toBe(expected);
  });
  it('NaN for non-numbers', () => {
    expect(roundHalfUp('abc')).toBeNaN();
    expect(roundHalfUp(Number.NaN)).toBeNaN();
    expect(roundHalfUp(Number.POSITIVE_INFINITY)).toBeNaN();
  });
});

describe('toHundredths / parseScaled', () => {
  it('converts decimal points to integer hundredths, half-up', () => {
    expect(toHundredths(12.5)).toBe(1250);
    expect(toHundredths('0.1')).toBe(10);
    expect(toHundredths(0.1 + 0.2)).toBe(30);
    expect(toHundredths(12.345)).toBe(1235);
    expect(toHundredths('.25')).toBe(25);
    expect(toHundredths('x')).toBeNull();
  });
  it('never sums floats: 0.1 + 0.2 in hundredths is exactly 0.30', () => {
    expect(sumHundredths([toHundredths(0.1)!, toHundredths(0.2)!])).toBe(30);
  });
  it('parseScaled refuses extra decimals instead of rounding', () => {
    expect(parseScaled('85.5', 2)).toEqual({ ok: true, value: 8550 });
    expect(parseScaled('85.500', 2)).toEqual({ ok: true, value: 8550 });
    expect(parseScaled('85.555', 2)).toEqual({ ok: false, reason: 'TOO_MANY_DECIMALS' });
    expect(parseScaled('3', 0)).toEqual({ ok: true, value: 3 });
    expect(parseScaled(2.5, 0)).toEqual({ ok: false, reason: 'TOO_MANY_DECIMALS' });
    expect(parseScaled('1,2,3', 2)).toEqual({ ok: false, reason: 'NOT_A_NUMBER' });
    expect(parseScaled('1.000,5', 2)).toEqual({ ok: false, reason: 'NOT_A_NUMBER' });
    expect(parseScaled('', 2)).toEqual({ ok: false, reason: 'NOT_A_NUMBER' });
  });
});

describe('formatHundredths', () => {
  it('Vietnamese and English conventions', () => {
    expect(formatHundredths(200, 'vi')).toBe('2,00');
    expect(formatHundredths(123450, 'vi')).toBe('1.234,50');
    expect(formatHundredths(123450, 'en')).toBe('1,234.50');
    expect(formatHundredths(-5, 'en')).toBe('-0.05');
  });
});
