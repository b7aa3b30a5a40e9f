/**
 * Integer arithmetic for points and percentages.
 *
 * Points are stored as DECIMAL(6,2) and must never be summed in binary floating
 * point (0.1 + 0.2 !== 0.3), so every amount in this module family is an integer
 * number of hundredths: 12.5 points = 1250. Percentages that are results (the
 * index, component indices, shares) are hundredths of a percent: 87.25 % = 8725.
 *
 * Rounding is "half-up" in the everyday sense used by Vietnamese regulations:
 * a half rounds away from zero (2.345 → 2.35, -2.345 → -2.35). Neither
 * `Math.round` (rounds -2.5 to -2) nor `toFixed` (rounds 1.005 to "1.00" because
 * 1.005 is stored as 1.00499…) implement it, hence these helpers.
 */

/** Integer number of hundredths of a point (12.5 points = 1250). */
export type Hundredths = number;

/** Integer number of hundredths of a percent (87.25 % = 8725, 100 % = 10000). */
export type PercentHundredths = number;

/** A message in both languages of the product. */
export interface LocalizedText {
  readonly vi: string;
  readonly en: string;
}

/** 100 % expressed in hundredths of a percent. */
export const FULL_PERCENT: PercentHundredths = 10_000;

function toBigInt(value: bigint | number, name: string): bigint {
  if (typeof value === 'bigint') return value;
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`${name} must be a safe integer, got ${String(value)}`);
  }
  return BigInt(value);
}

/**
 * numerator ÷ denominator rounded half away from zero, computed exactly with
 * BigInt so that products such as points × 10 000 never lose precision.
 * Example: divideHalfUp(12345, 10) = 1235 (1234.5 → 1235); divideHalfUp(2, 3) = 1.
 */
export function divideHalfUp(numerator: bigint | number, denominator: bigint | number): number {
  const n = toBigInt(numerator, 'numerator');
  const d = toBigInt(denominator, 'denominator');
  if (d === 0n) throw new RangeError('division by zero');
  const negative = n < 0n !== d < 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  // floor((2·|n| + |d|) / (2·|d|)) = round-half-up of |n|/|d|, all in integers.
  const q = (2n * an + ad) / (2n * ad);
  const result = negative ? -q : q;
  return Number(result);
}

/** value × numerator ÷ denominator, half-up, without intermediate overflow. */
export function mulDivHalfUp(value: number, numerator: number, denominator: number): number {
  return divideHalfUp(toBigInt(value, 'value') * toBigInt(numerator, 'numerator'), denominator);
}

/**
 * part ÷ whole as hundredths of a percent, half-up. Both operands in the same
 * unit (usually hundredths of a point). Example: percentOf(200, 300) = 6667 (66.67 %).
 */
export function percentOf(part: number, whole: number): PercentHundredths {
  return mulDivHalfUp(part, FULL_PERCENT, whole);
}

/** A decimal parsed without any floating-point step: value = digits × 10^-scale. */
interface ExactDecimal {
  readonly digits: bigint;
  readonly scale: number;
}

const DECIMAL_PATTERN = /^([+-]?)(\d+)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;
const LEADING_DOT_PATTERN = /^([+-]?)\.(\d+)$/;

/**
 * Bounds that keep parsing cheap whatever a client sends: an exponent of 1e999999999 once made
 * `10n ** exponent` block the event loop for ~27 s. No score, count or percentage needs more
 * than a few dozen characters or an exponent beyond ±40; anything past them is refused before
 * any BigInt work.
 */
export const MAX_DECIMAL_TEXT_LENGTH = 40;
export const MAX_DECIMAL_EXPONENT = 40;

/**
 * Parses a number or a decimal string exactly. Numbers go through their
 * shortest round-trip representation (String(1.005) = "1.005"), which is what
 * the user typed. A single comma is accepted as the decimal separator because
 * Vietnamese users write "12,5"; thousands separators are not accepted.
 */
function parseExactDecimal(value: number | string): ExactDecimal | 'NOT_A_NUMBER' | 'OUT_OF_RANGE' {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'NOT_A_NUMBER';
    text = String(value);
  } else {
    if (value.length > MAX_DECIMAL_TEXT_LENGTH * 4) return 'OUT_OF_RANGE';
    text = value.trim();
    if (text.length > MAX_DECIMAL_TEXT_LENGTH) return 'OUT_OF_RANGE';
    if (text.includes(',')) {
      if (text.includes('.') || text.indexOf(',') !== text.lastIndexOf(',')) return 'NOT_A_NUMBER';
      text = text.replace(',', '.');
    }
    const leadingDot = LEADING_DOT_PATTERN.exec(text);
    if (leadingDot) text = `${leadingDot[1]}0.${leadingDot[2]}`;
  }
  const match = DECIMAL_PATTERN.exec(text);
  if (!match) return 'NOT_A_NUMBER';
  const sign = match[1] === '-' ? -1n : 1n;
  const fraction = match[3] ?? '';
  const exponent = match[4] === undefined ? 0 : Number(match[4]);
  if (!(Math.abs(exponent) <= MAX_DECIMAL_EXPONENT)) return 'OUT_OF_RANGE';
  let digits = BigInt(match[2] + fraction) * sign;
  let scale = fraction.length - exponent;
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { digits, scale };
}

function rescaleHalfUp(decimal: ExactDecimal, decimals: number): bigint {
  if (decimal.scale <= decimals) return decimal.digits * 10n ** BigInt(decimals - decimal.scale);
  const divisor = 10n ** BigInt(decimal.scale - decimals);
  return BigInt(divideHalfUp(decimal.digits, divisor));
}

function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 15) {
    throw new RangeError(`decimals must be an integer in 0..15, got ${decimals}`);
  }
}

/**
 * Rounds a decimal value half away from zero to `decimals` places, working on
 * its decimal digits (roundHalfUp(1.005, 2) = 1.01, roundHalfUp(1234.5, 0) = 1235).
 * Returns NaN for non-numeric input. Use for display/import of user decimals;
 * the scoring rules themselves work on integer hundredths.
 */
export function roundHalfUp(value: number | string, decimals = 2): number {
  checkDecimals(decimals);
  const parsed = parseExactDecimal(value);
  if (typeof parsed === 'string') return Number.NaN;
  const scaled = rescaleHalfUp(parsed, decimals);
  return Number(scaled) / 10 ** decimals;
}

/**
 * Converts a decimal number of points to integer hundredths, rounding half-up
 * beyond two decimals (toHundredths(12.345) = 1235). Returns null when the value
 * is not a number.
 */
export function toHundredths(value: number | string): Hundredths | null {
  const parsed = parseExactDecimal(value);
  if (typeof parsed === 'string') return null;
  const scaled = rescaleHalfUp(parsed, 2);
  const result = Number(scaled);
  return Number.isSafeInteger(result) ? result : null;
}

export type ScaledParse =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly reason: 'NOT_A_NUMBER' | 'TOO_MANY_DECIMALS' | 'OUT_OF_RANGE' };

/**
 * Exact conversion of a user-entered decimal to an integer scaled by
 * 10^decimals, refusing (instead of rounding) more decimals than allowed, so a
 * declared "85.555 %" is reported to the user rather than silently altered.
 * Trailing zeros do not count ("85.500" is fine).
 */
export function parseScaled(value: number | string, decimals: number): ScaledParse {
  checkDecimals(decimals);
  const parsed = parseExactDecimal(value);
  if (typeof parsed === 'string') return { ok: false, reason: parsed };
  if (parsed.scale > decimals) {
    const divisor = 10n ** BigInt(parsed.scale - decimals);
    if (parsed.digits % divisor !== 0n) return { ok: false, reason: 'TOO_MANY_DECIMALS' };
  }
  const scaled = rescaleHalfUp(parsed, decimals);
  const result = Number(scaled);
  if (!Number.isSafeInteger(result)) return { ok: false, reason: 'OUT_OF_RANGE' };
  return { ok: true, value: result };
}

/** hundredths → plain number of points, for display/serialization only. */
export function fromHundredths(value: Hundredths): number {
  return value / 100;
}

/**
 * Formats an integer hundredths amount with two decimals, in Vietnamese
 * ("1.234,50") or English ("1,234.50") convention, without floating point.
 */
export function formatHundredths(value: number, locale: 'vi' | 'en' = 'vi'): string {
  const negative = value < 0;
  const abs = Math.abs(value);
  const whole = Math.trunc(abs / 100);
  const cents = abs % 100;
  const groupSep = locale === 'vi' ? '.' : ',';
  const decimalSep = locale === 'vi' ? ',' : '.';
  const grouped = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, groupSep);
  return `${negative ? '-' : ''}${grouped}${decimalSep}${String(cents).padStart(2, '0')}`;
}

/** Sum of integer hundredths (a named helper so call sites read as intent). */
export function sumHundredths(values: Iterable<Hundredths>): Hundredths {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** True when value is a safe integer (the representation every amount must have). */
export function isIntegerAmount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}
