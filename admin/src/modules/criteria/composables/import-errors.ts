import type { ApolloError } from '@apollo/client/core';
import { operationErrors } from '@/graphql/errors';

export interface ImportProblem {
  row: number | null;
  message: string;
}

/**
 * The server refuses a bad workbook with one BAD_USER_INPUT whose message (in the caller's
 * language) lists "Dòng 3 (mã 1.2): …. Dòng 5: …" and whose extensions.rows holds the row numbers.
 * Split it back into one line per row so the admin can fix the file row by row.
 */
export function importProblems(error: ApolloError, fallback: string): ImportProblem[] {
  // A file past the gateway's limit is a 413 whose body holds the error (operationErrors).
  const gql = operationErrors(error)[0];
  const message = gql?.message?.trim() || error.message || fallback;
  const rows = (gql?.extensions?.rows as { row: number }[] | undefined) ?? [];
  if (!rows.length) return [{ row: null, message }];
  const parts = message.split(/(?=\b(?:Dòng|Row) \d+)/u).slice(1);
  return parts.map((p) => {
    const m = /^(?:Dòng|Row) (\d+)(?:\s*\([^)]*\))?:\s*(.*?)[.\s]*$/su.exec(p.trim());
    return m ? { row: Number(m[1]), message: m[2]! } : { row: null, message: p.trim() };
  });
}
