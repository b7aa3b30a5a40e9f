import { parseScaled, type Hundredths } from '../../../domain/scoring/hundredths';
import { badInput } from '../../../platform/errors/app-error';

/** DECIMAL(6,2) holds at most 9999.99. */
export const MAX_POINTS_HUNDREDTHS = 999_999;

/**
 * GraphQL carries points as decimals (12.5); the code works in integer hundredths. More than two
 * decimals is refused rather than rounded, so what is stored is exactly what was typed.
 */
export function pointsFromInput(value: number | string, argument: string, label?: string): Hundredths {
  const what = label ?? argument;
  const parsed = parseScaled(value, 2);
  if (!parsed.ok) {
    if (parsed.reason === 'OUT_OF_RANGE')
      throw badInput(`${what}: điểm vượt quá 9999,99.`, `${what}: points exceed 9999.99.`, { argument });
    throw badInput(
      parsed.reason === 'TOO_MANY_DECIMALS' ? `${what}: điểm chỉ có tối đa 2 chữ số thập phân.` : `${what}: điểm không phải là số.`,
      parsed.reason === 'TOO_MANY_DECIMALS' ? `${what}: points have at most 2 decimals.` : `${what}: points must be a number.`,
      { argument },
    );
  }
  if (parsed.value < 0) throw badInput(`${what}: điểm không được âm.`, `${what}: points cannot be negative.`, { argument });
  if (parsed.value > MAX_POINTS_HUNDREDTHS)
    throw badInput(`${what}: điểm vượt quá 9999,99.`, `${what}: points exceed 9999.99.`, { argument });
  return parsed.value;
}

/** Hundredths → decimal points for GraphQL (exact: the result is the shortest decimal, e.g. 12.35). */
export function pointsToOutput(value: Hundredths | null | undefined): number | null {
  return value === null || value === undefined ? null : value / 100;
}
