import { describe, expect, it } from 'vitest';
import { pickGroup } from '../composables/use-years';

const groups = [{ id: 'g-so' }, { id: 'g-phuong' }, { id: 'g-xa' }];

describe('pickGroup', () => {
  it('opens the group named in the URL, else the unit’s own group, else the first', () => {
    expect(pickGroup(groups, 'g-xa', 'g-phuong')).toBe('g-xa');
    expect(pickGroup(groups, undefined, 'g-phuong')).toBe('g-phuong');
    expect(pickGroup(groups, 'g-other-year', 'g-phuong')).toBe('g-phuong');
    expect(pickGroup(groups, undefined, 'g-unknown')).toBe('g-so');
    expect(pickGroup(groups, undefined, null)).toBe('g-so');
    expect(pickGroup([], undefined, 'g-phuong')).toBeNull();
  });
});
