// Province codes and names of the shipped datasets (data/vn-admin-units, MIT licence,
// copyright Thang Le Quoc, from thanglequoc/vietnamese-provinces-database). Only the list of
// provinces is copied here so the import dialog can offer a choice without a server round-trip.
export interface DatasetProvince {
  code: string;
  name: string;
}

export const PROVINCES_TWO_LEVEL_2026: readonly DatasetProvince[] = [
  { code: '01', name: 'Thành phố Hà Nội' },
  { code: '04', name: 'Tỉnh Cao Bằng' },
  { code: '08', name: 'Tỉnh Tuyên Quang' },
  { code: '11', name: 'Tỉnh Điện Biên' },
  { code: '12', name: 'Tỉnh Lai Châu' },
  { code: '14', name: 'Tỉnh Sơn La' },
  { code: '15', name: 'Tỉnh Lào Cai' },
  { code: '19', name: 'Tỉnh Thái Nguyên' },
  { code: '20', name: 'Tỉnh Lạng Sơn' },
  { code: '22', name: 'Tỉnh Quảng Ninh' },
  { code: '24', name: 'Tỉnh Bắc Ninh' },
  { code: '25', name: 'Tỉnh Phú Thọ' },
  { code: '31', name: 'Thành phố Hải Phòng' },
  { code: '33', name: 'Tỉnh Hưng Yên' },
  { code: '37', name: 'Tỉnh Ninh Bình' },
  { code: '38', name: 'Tỉnh Thanh Hoá' },
  { code: '40', name: 'Tỉnh Nghệ An' },
  { code: '42', name: 'Tỉnh Hà Tĩnh' },
  { code: '44', name: 'Tỉnh Quảng Trị' },
  { code: '46', name: 'Thành phố Huế' },
  { code: '48', name: 'Thành phố Đà Nẵng' },
  { code: '51', name: 'Tỉnh Quảng Ngãi' },
  { code: '52', name: 'Tỉnh Gia Lai' },
  { code: '56', name: 'Tỉnh Khánh Hoà' },
  { code: '66', name: 'Tỉnh Đắk Lắk' },
  { code: '68', name: 'Tỉnh Lâm Đồng' },
  { code: '75', name: 'Thành phố Đồng Nai' },
  { code: '79', name: 'Thành phố Hồ Chí Minh' },
  { code: '80', name: 'Tỉnh Tây Ninh' },
  { code: '82', name: 'Tỉnh Đồng Tháp' },
  { code: '86', name: 'Tỉnh Vĩnh Long' },
  { code: '91', name: 'Tỉnh An Giang' },
  { code: '92', name: 'Thành phố Cần Thơ' },
  { code: '96', name: 'Tỉnh Cà Mau' },
];

export const PROVINCES_THREE_LEVEL_2025: readonly DatasetProvince[] = [
  { code: '01', name: 'Thành phố Hà Nội' },
  { code: '02', name: 'Tỉnh Hà Giang' },
  { code: '04', name: 'Tỉnh Cao Bằng' },
  { code: '06', name: 'Tỉnh Bắc Kạn' },
  { code: '08', name: 'Tỉnh Tuyên Quang' },
  { code: '10', name: 'Tỉnh Lào Cai' },
  { code: '11', name: 'Tỉnh Điện Biên' },
  { code: '12', name: 'Tỉnh Lai Châu' },
  { code: '14', name: 'Tỉnh Sơn La' },
  { code: '15', name: 'Tỉnh Yên Bái' },
  { code: '17', name: 'Tỉnh Hoà Bình' },
  { code: '19', name: 'Tỉnh Thái Nguyên' },
  { code: '20', name: 'Tỉnh Lạng Sơn' },
  { code: '22', name: 'Tỉnh Quảng Ninh' },
  { code: '24', name: 'Tỉnh Bắc Giang' },
  { code: '25', name: 'Tỉnh Phú Thọ' },
  { code: '26', name: 'Tỉnh Vĩnh Phúc' },
  { code: '27', name: 'Tỉnh Bắc Ninh' },
  { code: '30', name: 'Tỉnh Hải Dương' },
  { code: '31', name: 'Thành phố Hải Phòng' },
  { code: '33', name: 'Tỉnh Hưng Yên' },
  { code: '34', name: 'Tỉnh Thái Bình' },
  { code: '35', name: 'Tỉnh Hà Nam' },
  { code: '36', name: 'Tỉnh Nam Định' },
  { code: '37', name: 'Tỉnh Ninh Bình' },
  { code: '38', name: 'Tỉnh Thanh Hóa' },
  { code: '40', name: 'Tỉnh Nghệ An' },
  { code: '42', name: 'Tỉnh Hà Tĩnh' },
  { code: '44', name: 'Tỉnh Quảng Bình' },
  { code: '45', name: 'Tỉnh Quảng Trị' },
  { code: '46', name: 'Thành phố Huế' },
  { code: '48', name: 'Thành phố Đà Nẵng' },
  { code: '49', name: 'Tỉnh Quảng Nam' },
  { code: '51', name: 'Tỉnh Quảng Ngãi' },
  { code: '52', name: 'Tỉnh Bình Định' },
  { code: '54', name: 'Tỉnh Phú Yên' },
  { code: '56', name: 'Tỉnh Khánh Hòa' },
  { code: '58', name: 'Tỉnh Ninh Thuận' },
  { code: '60', name: 'Tỉnh Bình Thuận' },
  { code: '62', name: 'Tỉnh Kon Tum' },
  { code: '64', name: 'Tỉnh Gia Lai' },
  { code: '66', name: 'Tỉnh Đắk Lắk' },
  { code: '67', name: 'Tỉnh Đắk Nông' },
  { code: '68', name: 'Tỉnh Lâm Đồng' },
  { code: '70', name: 'Tỉnh Bình Phước' },
  { code: '72', name: 'Tỉnh Tây Ninh' },
  { code: '74', name: 'Tỉnh Bình Dương' },
  { code: '75', name: 'Tỉnh Đồng Nai' },
  { code: '77', name: 'Tỉnh Bà Rịa - Vũng Tàu' },
  { code: '79', name: 'Thành phố Hồ Chí Minh' },
  { code: '80', name: 'Tỉnh Long An' },
  { code: '82', name: 'Tỉnh Tiền Giang' },
  { code: '83', name: 'Tỉnh Bến Tre' },
  { code: '84', name: 'Tỉnh Trà Vinh' },
  { code: '86', name: 'Tỉnh Vĩnh Long' },
  { code: '87', name: 'Tỉnh Đồng Tháp' },
  { code: '89', name: 'Tỉnh An Giang' },
  { code: '91', name: 'Tỉnh Kiên Giang' },
  { code: '92', name: 'Thành phố Cần Thơ' },
  { code: '93', name: 'Tỉnh Hậu Giang' },
  { code: '94', name: 'Tỉnh Sóc Trăng' },
  { code: '95', name: 'Tỉnh Bạc Liêu' },
  { code: '96', name: 'Tỉnh Cà Mau' },
];

/** "Tỉnh Quảng Ninh", "Quảng Ninh", "TP. Hà Nội" → the same key. */
function provinceKey(name: string): string {
  return name
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/^(tỉnh|thành phố|tp\.?)\s+/u, '')
    .trim();
}

/**
 * The dataset code of the administrator's own province (issue 11 §9: the import page starts
 * there, not on "all provinces"); '' when the user's unit is not a province of the list.
 */
export function ownProvinceCode(unit: { name: string; kind: string } | null | undefined, provinces: readonly DatasetProvince[]): string {
  if (!unit || unit.kind !== 'PROVINCE') return '';
  const key = provinceKey(unit.name);
  return provinces.find((p) => provinceKey(p.name) === key)?.code ?? '';
}
