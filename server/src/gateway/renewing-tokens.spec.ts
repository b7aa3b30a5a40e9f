import { describe, expect, it } from 'vitest';
import { RenewingTokens } from './renewing-tokens';

describe('tokens reused per key until due for renewal', () => {
  const signer = () => {
    let n = 0;
    const sign = async () => `t${++n}`;
    return { sign, signed: () => n };
  };

  it('signs once per key and reuses the token until its renewal time, then signs afresh', async () => {
    const tokens = new RenewingTokens(30_000);
    const { sign, signed } = signer();
    expect(await tokens.get('a', sign, 1_000)).toBe('t1');
    expect(await tokens.get('a', sign, 30_999)).toBe('t1');
    expect(await tokens.get('b', sign, 30_999)).toBe('t2');
    expect(await tokens.get('a', sign, 31_000)).toBe('t3');
    expect(await tokens.get('a', sign, 60_999)).toBe('t3');
    expect(signed()).toBe(3);
  });

  it('keeps at most `max` keys, dropping the one signed longest ago', async () => {
    const tokens = new RenewingTokens(30_000, 2);
    const { sign } = signer();
    await tokens.get('a', sign, 0);
    await tokens.get('b', sign, 0);
    await tokens.get('a', sign, 40_000); // renewed: now the newest
    await tokens.get('c', sign, 40_000); // full: 'b' goes
    expect(tokens.size).toBe(2);
    expect(await tokens.get('a', sign, 40_000)).toBe('t3');
    expect(await tokens.get('b', sign, 40_000)).toBe('t5');
  });

  it('keeps nothing when signing fails', async () => {
    const tokens = new RenewingTokens(30_000);
    await expect(tokens.get('a', () => Promise.reject(new Error('no key')), 0)).rejects.toThrow('no key');
    expect(tokens.size).toBe(0);
    expect(await tokens.get('a', async () => 'ok', 0)).toBe('ok');
  });
});
