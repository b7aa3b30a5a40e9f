import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The admin's GraphQL documents exactly as the browser sends them (fragments included), from the
 * persisted-documents manifest its codegen writes. Size tests and `pnpm bench` replay these, so a
 * field added to an admin screen shows up in their figures without anyone copying a query.
 */
const MANIFEST = path.resolve(__dirname, '../../../admin/src/graphql/generated/persisted-documents.json');

let documents: Map<string, string> | null = null;

export function adminDocument(operationName: string): string {
  documents ??= new Map(
    Object.values(JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>).flatMap((doc) => {
      const name = /\b(?:query|mutation|subscription)\s+(\w+)/.exec(doc)?.[1];
      return name ? [[name, doc] as const] : [];
    }),
  );
  const doc = documents.get(operationName);
  if (!doc) throw new Error(`no admin document named ${operationName} in ${MANIFEST}`);
  return doc;
}
