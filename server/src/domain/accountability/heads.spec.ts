import { describe, expect, it } from 'vitest';
import { answeringHead, termOn, validateHeadTerm, type HeadTerm } from './heads';

const a: HeadTerm = { id: 'a', role: 'HEAD', fullName: 'Nguyễn Văn A', title: 'Giám đốc', fromDate: '2024-01-01', toDate: '2024-06-30' };
const b: HeadTerm = { id: 'b', role: 'HEAD', fullName: 'Trần Thị B', title: 'Giám đốc', fromDate: '2024-07-01', toDate: null };
const d: HeadTerm = { id: 'd', role: 'DEPUTY', fullName: 'Lê Văn D', title: 'Phó Giám đốc', fromDate: '2024-01-01', toDate: null };

describe('head terms', () => {
  it('keeps a mid-year change: the head in office on a day, and the one answering for the year', () => {
    expect(termOn([a, b, d], 'HEAD', '2024-03-01')?.fullName).toBe('Nguyễn Văn A');
    expect(termOn([a, b, d], 'HEAD', '2024-07-01')?.fullName).toBe('Trần Thị B');
    expect(termOn([a, b, d], 'DEPUTY', '2024-07-01')?.fullName).toBe('Lê Văn D');
    expect(answeringHead([a, b, d], 2024)?.id).toBe('b');
    expect(answeringHead([a, d], 2024)?.id).toBe('a');
    expect(answeringHead([d], 2024)).toBeNull();
  });

  it('refuses overlapping terms of the same role, bad dates and terms outside the year', () => {
    expect(validateHeadTerm(b, [a, d], 2024)).toEqual([]);
    const overlap = validateHeadTerm({ ...b, id: 'c', fromDate: '2024-06-01' }, [a, b], 2024);
    expect(overlap.map((p) => p.vi).join()).toMatch(/trùng thời gian với Nguyễn Văn A/);
    expect(validateHeadTerm({ ...b, fromDate: '2024-02-30' }, [], 2024)[0].vi).toMatch(/ngày bắt đầu không hợp lệ/);
    expect(validateHeadTerm({ ...b, fromDate: '2025-01-01' }, [], 2024)[0].vi).toMatch(/không nằm trong năm 2024/);
    expect(validateHeadTerm({ ...a, toDate: '2023-12-01', fromDate: '2024-01-01' }, [], 2024)[0].vi).toMatch(/trước ngày bắt đầu/);
    expect(validateHeadTerm({ ...a, fullName: ' ' }, [], 2024)[0].vi).toMatch(/họ và tên/);
  });
});
