/** Sorting and colouring of the analysis tables (pure, tested). */

export type SortDir = 'asc' | 'desc';

/** Sorts by a numeric or text key; nulls always last, ties by code so the order is stable. */
export function sortBy<T extends { code: string }>(rows: readonly T[], key: keyof T, dir: SortDir): T[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const va = a[key];
    const vb = b[key];
    if (va !== vb) {
      if (va === null || va === undefined) return 1;
      if (vb === null || vb === undefined) return -1;
      if (typeof va === 'number' && typeof vb === 'number') return (va - vb) * sign;
      const c = String(va).localeCompare(String(vb), 'vi', { numeric: true });
      if (c !== 0) return c * sign;
    }
    return a.code.localeCompare(b.code, 'vi', { numeric: true });
  });
}

/**
 * Heat map colour of an index 0–100: red below 50, through amber, to green at 100, always light
 * enough for dark text (contrast) — the number is printed in the cell, colour only helps the eye.
 */
export function heatColor(index: number | null | undefined): string {
  if (index === null || index === undefined) return 'transparent';
  const t = Math.min(1, Math.max(0, (index - 50) / 50));
  const hue = Math.round(t * 120);
  return `hsl(${hue} 70% 82%)`;
}

/** The criteria of one area (codes "3.1", "3.2" … of area "3"), with their column positions. */
export function criteriaOfArea<T extends { areaCode: string }>(criteria: readonly T[], areaCode: string): { item: T; column: number }[] {
  return criteria.flatMap((item, column) => (item.areaCode === areaCode ? [{ item, column }] : []));
}

/**
 * The place name of a document's date line from the agency's name: "UBND tỉnh Quảng Ninh" →
 * "Quảng Ninh", "Thành phố Đông Triều" → "Đông Triều".
 */
export function placeOf(name: string): string {
  return name
    .replace(/^(UBND|Ủy ban nhân dân)\s+/i, '')
    .replace(/^(tỉnh|thành phố|thị xã|huyện|quận|thị trấn|xã|phường)\s+/i, '')
    .trim();
}
