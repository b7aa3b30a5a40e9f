/**
 * How large a file the imports take (survey results, a criteria set, national indices). The file
 * travels inside one GraphQL request as base64 (4 bytes for every 3), and the gateway parses at
 * most MAX_REQUEST_BYTES of JSON per request, for every caller (nobody can make it parse a huge
 * body): the file limit is what fits, with room for the operation and its other variables. The
 * admin checks the same number before it sends a file (through @domain).
 */

/** One GraphQL request, at the gateway and at each subgraph: 2 MB of JSON. */
export const MAX_REQUEST_BYTES = 2 * 1024 * 1024;

/** Room in a request beside the file: the document text and the other variables (the import documents are under 2 KB). */
export const IMPORT_ENVELOPE_BYTES = 64 * 1024;

/** 1.4 MB: the largest file whose base64 fits one request with its envelope. */
export const MAX_IMPORT_FILE_BYTES = Math.floor(1.4 * 1024 * 1024);

/** Bytes as megabytes for a message, rounded up to a tenth: "2", "1,4" (Vietnamese decimal comma) or "1.4". */
export function megabytes(bytes: number, locale: 'vi' | 'en' = 'vi'): string {
  const tenths = Math.ceil((bytes * 10) / (1024 * 1024) - 1e-9) / 10;
  return locale === 'vi' ? String(tenths).replace('.', ',') : String(tenths);
}
