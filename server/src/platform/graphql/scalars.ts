import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { quotable } from '../text/safe-text';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** MySQL's DATE starts at 1000-01-01; no PAR date is outside this window, so neither database ever sees one that is. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

export function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    throw new GraphQLError(`Ngày không hợp lệ, cần dạng YYYY-MM-DD: ${quotable(String(value))}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  // Reject impossible dates such as 2025-02-30 that Date.parse would roll over.
  if (new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value)
    throw new GraphQLError(`Ngày không tồn tại: ${value}`, { extensions: { code: 'BAD_USER_INPUT' } });
  const year = Number(value.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR)
    throw new GraphQLError(`Ngày phải nằm trong khoảng năm ${MIN_YEAR}–${MAX_YEAR}: ${value}`, { extensions: { code: 'BAD_USER_INPUT' } });
  return value;
}

/** A calendar date in Vietnam ("YYYY-MM-DD"), e.g. a unit's validity start or a deadline. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'Ngày theo lịch, dạng YYYY-MM-DD (giờ Việt Nam). A calendar date, YYYY-MM-DD.',
  serialize: (value) => String(value),
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('Ngày phải là chuỗi YYYY-MM-DD', { extensions: { code: 'BAD_USER_INPUT' } });
    return parseDate(ast.value);
  },
});
