import { describe, it, expect } from 'vitest';
import { accentKey, canonicalFullName, foldVietnamese, fullNameKey, subtypeFromName, vietnameseCollator } from './vietnamese-text';

describe('foldVietnamese', () => {
  it('lowercases, strips accents, maps đ and collapses whitespace', () => {
    expect(foldVietnamese('  Phường   Ba ĐÌNH ')).toBe('phuong ba dinh');
    expect(foldVietnamese('Phường Ba Đình').includes(foldVietnamese('ba dinh'))).toBe(true);
    expect(foldVietnamese('Đặc khu Cô Tô')).toBe('dac khu co to');
  });
  it('is insensitive to NFD input and tone placement variants', () => {
    expect(foldVietnamese('Hòa'.normalize('NFD'))).toBe('hoa');
    expect(foldVietnamese('Thanh Hoá')).toBe(foldVietnamese('Thanh Hóa'));
  });
  it('unifies apostrophes and dashes', () => {
    expect(foldVietnamese('Xã M’Drắk')).toBe(foldVietnamese("Xã M'Drắk"));
    expect(foldVietnamese('Tỉnh Bà Rịa - Vũng Tàu')).toBe(foldVietnamese('Tỉnh Bà Rịa-Vũng Tàu'));
  });
});

describe('accentKey', () => {
  it('equates tone placement variants but keeps distinct vowels apart', () => {
    expect(accentKey('Xã Long Hoà')).toBe(accentKey('Xã Long Hòa'));
    expect(accentKey('Xã Thuỵ Hương')).toBe(accentKey('Xã Thụy Hương'));
    expect(accentKey('Xã An Sinh')).not.toBe(accentKey('Xã Ân Sinh'));
  });
});

describe('vietnameseCollator', () => {
  it('orders Vietnamese letters (đ after d, Â after A)', () => {
    const sorted = ['Đông', 'Dương', 'Ân', 'An', 'Bình'].sort(vietnameseCollator.compare);
    expect(sorted.indexOf('Dương')).toBeLessThan(sorted.indexOf('Đông'));
    expect(sorted.indexOf('An')).toBeLessThan(sorted.indexOf('Ân'));
    expect(sorted.indexOf('Ân')).toBeLessThan(sorted.indexOf('Bình'));
  });
});

describe('subtypeFromName', () => {
  it.each([
    ['Phường Ba Đình', 'phường', 'Ba Đình'],
    ['Tỉnh Quảng Ninh', 'tỉnh', 'Quảng Ninh'],
    ['Thành phố Hà Nội', 'thành phố', 'Hà Nội'],
    ['Thành Phố Cần Thơ', 'thành phố', 'Cần Thơ'],
    ['Thủ Đô Hà Nội', 'thành phố', 'Hà Nội'],
    ['Huyện Cô Tô', 'huyện', 'Cô Tô'],
    ['Quận 5', 'quận', '5'],
    ['Thị xã Quảng Yên', 'thị xã', 'Quảng Yên'],
    ['Thị trấn Cái Rồng', 'thị trấn', 'Cái Rồng'],
    ['Xã Tân Xã', 'xã', 'Tân Xã'],
    ['xã Bắc Sơn', 'xã', 'Bắc Sơn'],
    ['Đặc khu Vân Đồn', 'đặc khu', 'Vân Đồn'],
  ])('%s → %s + %s', (full, subtype, name) => {
    expect(subtypeFromName(full)).toMatchObject({ subtype, name });
  });
  it('returns null subtype for a bare name and never strips a whole name', () => {
    expect(subtypeFromName('Krông Na')).toEqual({ subtype: null, name: 'Krông Na', prefix: '' });
    expect(subtypeFromName('Xã')).toEqual({ subtype: null, name: 'Xã', prefix: '' });
  });
});

describe('canonicalFullName / fullNameKey', () => {
  it('fixes only the capitalisation of the prefix', () => {
    expect(canonicalFullName('Thành Phố Cần Thơ')).toBe('Thành phố Cần Thơ');
    expect(canonicalFullName('xã Bắc Sơn')).toBe('Xã Bắc Sơn');
    expect(canonicalFullName('Phường Móng Cái 1')).toBe('Phường Móng Cái 1');
  });
  it('builds the folded matching key from subtype and name', () => {
    expect(fullNameKey('phường', 'Bình Dương')).toBe('phuong binh duong');
    expect(fullNameKey(null, 'Krông Na')).toBe('krong na');
  });
});
