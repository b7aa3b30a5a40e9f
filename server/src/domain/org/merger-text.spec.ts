import { describe, it, expect } from 'vitest';
import { formatMergerReport, matchPredecessors, mergerReport, parseMergerText, type OldCommuneRef } from './merger-text';

const names = (t: string): string[] => parseMergerText(t).candidates.map((c) => `${c.subtype ?? '?'}|${c.name}`);

describe('parseMergerText', () => {
  it('reads a plain comma list', () => {
    expect(names('Phường Bình Dương, Xã An Sinh, Xã Việt Dân, Phường Đức Chính')).toEqual([
      'phường|Bình Dương',
      'xã|An Sinh',
      'xã|Việt Dân',
      'phường|Đức Chính',
    ]);
  });
  it('recognises "giữ nguyên" regardless of case and spacing', () => {
    expect(parseMergerText(' Giữ  nguyên ').unchanged).toBe(true);
    expect(parseMergerText('giữ nguyên').candidates).toEqual([]);
  });
  it('splits on lowercase "và" only (names like "Xã Lao Và Chải" exist)', () => {
    expect(names('thành phố Cần Thơ, tỉnh Sóc Trăng và tỉnh Hậu Giang')).toEqual(['thành phố|Cần Thơ', 'tỉnh|Sóc Trăng', 'tỉnh|Hậu Giang']);
    expect(names('Xã Lao Và Chải, Xã Mường Và')).toEqual(['xã|Lao Và Chải', 'xã|Mường Và']);
  });
  it('marks "một phần" (sticky) and "phần còn lại" as partial, and inherits the list subtype', () => {
    const p = parseMergerText(
      'Phường Quán Thánh, một phần diện tích TN, quy mô dân số của các phường Cửa Nam, Điện Biên, phần còn lại của phường Cửa Đông sau khi sắp Xếp',
    );
    expect(p.candidates.map((c) => [c.subtype, c.name, c.partial])).toEqual([
      ['phường', 'Quán Thánh', false],
      ['phường', 'Cửa Nam', true],
      ['phường', 'Điện Biên', true],
      ['phường', 'Cửa Đông', true],
    ]);
    expect(p.candidates[2].subtypeImplied).toBe(true);
  });
  it('takes parenthetical remarks as district hints or partial markers, not names', () => {
    const p = parseMergerText(
      'Phường Quang Trung (quận Đống Đa) (phần còn lại sau khi sáp nhập vào phường Đống Đa, phường Kim Liên), Xã Tam Hiệp (huyện Thanh Trì)',
    );
    expect(p.candidates.map((c) => [c.name, c.partial, c.districtHint])).toEqual([
      ['Quang Trung', true, 'quận Đống Đa'],
      ['Tam Hiệp', false, 'huyện Thanh Trì'],
    ]);
  });
  it('skips doubled keywords and stray spaces', () => {
    expect(names('một phần diện tích TN, quy mô dân số của các phường  Phường Cổ Nhuế 2 , Xã  Thọ An')).toEqual([
      'phường|Cổ Nhuế 2',
      'xã|Thọ An',
    ]);
    expect(names('Phường Thống Nhất, và phần còn lại của xã  Xã Vầy Nưa sau khi sắp xếp theo quy định tại khoản 99 Điều này')).toEqual([
      'phường|Thống Nhất',
      'xã|Vầy Nưa',
    ]);
  });
  it('keeps a bare name without subtype', () => {
    expect(names('Krông Na')).toEqual(['?|Krông Na']);
    expect(parseMergerText('').candidates).toEqual([]);
  });
});

const OLD: OldCommuneRef[] = [
  { sourceKey: 'o:1', code: '1', fullName: 'Phường Bình Dương', districtName: 'Thành phố Đông Triều' },
  { sourceKey: 'o:2', code: '2', fullName: 'Xã An Sinh', districtName: 'Thành phố Đông Triều' },
  { sourceKey: 'o:3', code: '3', fullName: 'Xã Tân Thành', districtName: 'Huyện A' },
  { sourceKey: 'o:4', code: '4', fullName: 'Xã Tân Thành', districtName: 'Huyện B' },
  { sourceKey: 'o:5', code: '5', fullName: 'Phường 5', districtName: 'Quận 5' },
  { sourceKey: 'o:6', code: '6', fullName: 'Phường 5', districtName: 'Quận 10' },
  { sourceKey: 'o:7', code: '7', fullName: 'Xã Long Hoà', districtName: 'Huyện A' },
  { sourceKey: 'o:8', code: '8', fullName: 'Xã Krông Na', districtName: 'Huyện Buôn Đôn' },
];
const NEW = { sourceKey: 'n:1', code: '99', fullName: 'Phường Mới' };

describe('matchPredecessors', () => {
  it('matches by folded full name, tolerant of case and accents variants', () => {
    const m = matchPredecessors(NEW, 'phường bình dương, Xã An  Sinh, Xã Long Hòa', OLD);
    expect(m.links.map((l) => l.oldSourceKey)).toEqual(['o:1', 'o:2', 'o:7']);
    expect(m.unmatched).toEqual([]);
  });
  it('reports a name matching two old communes as ambiguous, never guessing', () => {
    const m = matchPredecessors(NEW, 'Xã Tân Thành, Phường Không Có', OLD);
    expect(m.links).toEqual([]);
    expect(m.ambiguous).toEqual([{ text: 'Xã Tân Thành', candidates: ['o:3', 'o:4'] }]);
    expect(m.unmatched).toEqual(['Phường Không Có']);
  });
  it('uses a district remark to resolve ambiguity', () => {
    expect(matchPredecessors(NEW, 'Phường 5 (Quận 10)', OLD).links.map((l) => l.oldSourceKey)).toEqual(['o:6']);
  });
  it('uses the kept code to resolve ambiguity', () => {
    const m = matchPredecessors({ ...NEW, code: '4' }, 'Xã Tân Thành', OLD);
    expect(m.links.map((l) => l.oldSourceKey)).toEqual(['o:4']);
  });
  it('links "giữ nguyên" to the old unit of the same name', () => {
    const m = matchPredecessors({ sourceKey: 'n:2', code: '100', fullName: 'Xã An Sinh' }, 'giữ nguyên', OLD);
    expect(m.links).toEqual([{ oldSourceKey: 'o:2', partial: false, text: 'Xã An Sinh' }]);
  });
  it('matches a bare name by name and marks partial links', () => {
    expect(matchPredecessors(NEW, 'Krông Na', OLD).links.map((l) => l.oldSourceKey)).toEqual(['o:8']);
    const m = matchPredecessors(NEW, 'Xã An Sinh, một phần diện tích TN của Phường Bình Dương', OLD);
    expect(m.links.map((l) => [l.oldSourceKey, l.partial])).toEqual([
      ['o:2', false],
      ['o:1', true],
    ]);
  });
  it('summarises matches in a printable report', () => {
    const r = mergerReport([
      { newSourceKey: 'n:1', newCode: '1', newName: 'A', mergerText: 'Xã An Sinh', match: matchPredecessors(NEW, 'Xã An Sinh', OLD) },
      {
        newSourceKey: 'n:2',
        newCode: '2',
        newName: 'B',
        mergerText: 'Xã Tân Thành, Xã An Sinh',
        match: matchPredecessors(NEW, 'Xã Tân Thành, Xã An Sinh', OLD),
      },
      { newSourceKey: 'n:3', newCode: '3', newName: 'C', mergerText: null, match: { links: [], unmatched: [], ambiguous: [] } },
    ]);
    expect(r).toMatchObject({ total: 3, fullyLinked: 1, partlyLinked: 1, notLinked: 1, linkCount: 2, withoutMergerText: ['C'] });
    expect(formatMergerReport('T', r)).toContain('ambiguous  B: "Xã Tân Thành"');
  });
});
