import { describe, expect, it } from 'vitest';
import { assertId } from '../graphql/ids';
import { AppError } from '../errors/app-error';
import { quotable } from './safe-text';

describe('quotable: what a message may echo of a client text', () => {
  it('keeps a short text whole and cuts a long one at 40 characters, with an ellipsis', () => {
    expect(quotable('abc')).toBe('abc');
    expect(quotable('x'.repeat(40))).toBe('x'.repeat(40));
    expect(quotable('x'.repeat(41))).toBe(`${'x'.repeat(40)}…`);
    expect(quotable('Sở Nội vụ tỉnh Quảng Ninh', 9)).toBe('Sở Nội vụ…');
  });

  it('never splits a character: surrogate pairs, emoji with modifiers, letters with combining marks', () => {
    const thumbs = '👍🏽';
    expect(quotable(`${'a'.repeat(39)}${thumbs}zz`)).toBe(`${'a'.repeat(39)}${thumbs}…`);
    expect(quotable(`${'a'.repeat(39)}😀😀`)).toBe(`${'a'.repeat(39)}😀…`);
    // "ệ" written as e + combining circumflex + combining dot below stays one character.
    const decomposed = 'e\u0302\u0323';
    expect(quotable(`${decomposed.repeat(3)}`, 2)).toBe(`${decomposed.repeat(2)}…`);
    for (const cut of [quotable('😀'.repeat(100), 7), quotable(`a${'😀'.repeat(100)}`, 7)])
      expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });

  it('costs what it keeps, not what it was sent (1 MB in well under 50 ms)', () => {
    const started = performance.now();
    expect(quotable('q'.repeat(1024 * 1024))).toHaveLength(41);
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe('assertId echoes at most 40 characters of a malformed id', () => {
  const refusal = (id: string): AppError => {
    try {
      assertId(id, 'unitId', { vi: 'đơn vị', en: 'unit' });
    } catch (error) {
      return error as AppError;
    }
    throw new Error('accepted');
  };

  it('a 1 MB id comes back as its first 40 characters, coded BAD_USER_INPUT with the argument', () => {
    const error = refusal(`${'1'.repeat(40)}${'z'.repeat(1024 * 1024)}`);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.extensions).toMatchObject({ argument: 'unitId' });
    const vi = error.message_('vi');
    expect(vi).toBe(`Mã định danh đơn vị không hợp lệ: "${'1'.repeat(40)}…" (mã đúng có dạng 8-4-4-4-12 chữ số hệ 16).`);
    expect(error.message_('en').length).toBeLessThan(120);
  });

  it('a short malformed id is quoted whole; a valid one passes', () => {
    expect(refusal('abc').message_('vi')).toContain('"abc"');
    expect(() => assertId('0b5e5d3e-8f0c-4c1e-9b1a-3f6a2d9e7c10', 'id')).not.toThrow();
  });
});
