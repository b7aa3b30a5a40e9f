import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    throw new GraphQLError(`Ngày không hợp lệ, cần dạng YYYY-MM-DD: ${String(value)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  // Reject impossible dates such as 2025-02-30 that Date.parse would roll over.
  if (new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value)
    throw new GraphQLError(`Ngày không tồn tại: ${value}`, { extensions: { code: 'BAD_USER_INPUT' } });
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
