import { badInput } from '../../../platform/errors/app-error';
import { firstUnsafeCharacter, textProblem } from '../../../platform/text/safe-text';
/**
 * What evidence files we accept. The extension picks the expected type; for the common binary
 * formats the first bytes must match it too, so a renamed executable does not pass as a PDF.
 * The content type we store and serve is ours (from this table), never the client's claim.
 */
export interface EvidenceFileType {
  extension: string;
  contentType: string;
  /** Accepted leading byte signatures (any matches); empty = plain text, checked for NUL bytes. */
  signatures: readonly (readonly number[])[];
}

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4 — also docx/xlsx/pptx/odt/ods
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // legacy doc/xls/ppt
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const RAR = [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07];
const SEVEN_ZIP = [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c];

const OOXML = 'application/vnd.openxmlformats-officedocument';

export const EVIDENCE_FILE_TYPES: readonly EvidenceFileType[] = [
  { extension: 'pdf', contentType: 'application/pdf', signatures: [PDF] },
  { extension: 'doc', contentType: 'application/msword', signatures: [OLE2] },
  { extension: 'docx', contentType: `${OOXML}.wordprocessingml.document`, signatures: [ZIP] },
  { extension: 'xls', contentType: 'application/vnd.ms-excel', signatures: [OLE2] },
  { extension: 'xlsx', contentType: `${OOXML}.spreadsheetml.sheet`, signatures: [ZIP] },
  { extension: 'ppt', contentType: 'application/vnd.ms-powerpoint', signatures: [OLE2] },
  { extension: 'pptx', contentType: `${OOXML}.presentationml.presentation`, signatures: [ZIP] },
  { extension: 'odt', contentType: 'application/vnd.oasis.opendocument.text', signatures: [ZIP] },
  { extension: 'ods', contentType: 'application/vnd.oasis.opendocument.spreadsheet', signatures: [ZIP] },
  { extension: 'jpg', contentType: 'image/jpeg', signatures: [JPEG] },
  { extension: 'jpeg', contentType: 'image/jpeg', signatures: [JPEG] },
  { extension: 'png', contentType: 'image/png', signatures: [PNG] },
  { extension: 'zip', contentType: 'application/zip', signatures: [ZIP, ZIP_EMPTY] },
  { extension: 'rar', contentType: 'application/vnd.rar', signatures: [RAR] },
  { extension: '7z', contentType: 'application/x-7z-compressed', signatures: [SEVEN_ZIP] },
  { extension: 'txt', contentType: 'text/plain; charset=utf-8', signatures: [] },
  { extension: 'csv', contentType: 'text/csv; charset=utf-8', signatures: [] },
];

/** Bytes needed to check every signature above. */
export const SIGNATURE_BYTES = 8;

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

export function fileTypeFor(fileName: string): EvidenceFileType | null {
  const extension = extensionOf(fileName);
  return EVIDENCE_FILE_TYPES.find((type) => type.extension === extension) ?? null;
}

/** Whether the first bytes of a file fit its declared type (`head` may be shorter for tiny files). */
export function headMatches(type: EvidenceFileType, head: Buffer): boolean {
  if (type.signatures.length === 0) return !head.includes(0);
  return type.signatures.some((signature) => head.length >= signature.length && signature.every((byte, i) => head[i] === byte));
}

export const ACCEPTED_EXTENSIONS = EVIDENCE_FILE_TYPES.map((type) => type.extension);

/**
 * File names come from users' machines: keep letters (Vietnamese included), digits and a few
 * separators; drop paths and control characters so a name is safe in a header and a listing.
 */
export function cleanFileName(raw: string): string {
  // Refused rather than stripped: a bidi override or zero-width character makes a name read as
  // another ("hoso\u202Efdp.exe" shows as "hosoexe.pdf"), and the uploader should see why.
  const problem = textProblem(raw, { maxLength: 1024, singleLine: true });
  if (problem === 'UNSAFE_CHARACTER' || problem === 'LINE_BREAK')
    throw badInput(
      `Tên tệp chứa ký tự điều khiển hoặc ký tự ẩn (${firstUnsafeCharacter(raw) ?? 'xuống dòng'}); hãy đổi tên tệp rồi tải lên lại.`,
      'The file name contains a control or invisible character; rename the file and upload it again.',
      { argument: 'fileName', reason: 'UNSAFE_CHARACTER' },
    );
  const base = raw.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = base.replace(/["<>|:*?]/g, '').trim();
  // The tail keeps the extension; a cut through a surrogate pair would leave half a character,
  // which no header or database column can carry (the download's Content-Disposition threw).
  const tail = cleaned.slice(-200);
  return (/^[\uDC00-\uDFFF]/.test(tail) ? tail.slice(1) : tail) || 'tep-dinh-kem';
}
