import { randomUUID } from 'node:crypto';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import type { DataSource } from 'typeorm';
import type { SignedInActor } from '../../../platform/auth/request-context';
import { AppError, badInput } from '../../../platform/errors/app-error';
import { FileTooLargeError, type FileStorage } from './file-storage';
import { EvidenceFileEntity } from './evidence-file.entity';
import { quotaExceeded, quotaUse } from './upload-limits';
import { quotaProblem, quotaYearOf, type QuotaUse } from '../../../domain/scoring/evidence-rules';
import { megabytes } from '../../../domain/scoring/import-limits';
import { ACCEPTED_EXTENSIONS, SIGNATURE_BYTES, cleanFileName, fileTypeFor, headMatches, type EvidenceFileType } from './file-types';

/** Why an upload was refused; the HTTP layer maps it to 413 / 415. */
export type UploadRefusal = 'FILE_TOO_LARGE' | 'UNSUPPORTED_FILE_TYPE';

export function fileTooLarge(maxBytes: number): AppError {
  return badInput(
    `Tệp quá lớn: dung lượng tối đa cho phép là ${megabytes(maxBytes)} MB.`,
    `The file is too large: at most ${megabytes(maxBytes, 'en')} MB is allowed.`,
    { reason: 'FILE_TOO_LARGE' satisfies UploadRefusal, maxBytes },
  );
}

export function unsupportedType(fileName: string, detail: 'EXTENSION' | 'CONTENT'): AppError {
  const accepted = ACCEPTED_EXTENSIONS.join(', ');
  return detail === 'EXTENSION'
    ? badInput(
        `Không chấp nhận loại tệp "${fileName}". Các loại được phép: ${accepted}.`,
        `File type of "${fileName}" is not accepted. Allowed: ${accepted}.`,
        { reason: 'UNSUPPORTED_FILE_TYPE' satisfies UploadRefusal, accepted: ACCEPTED_EXTENSIONS },
      )
    : badInput(
        `Nội dung tệp "${fileName}" không đúng với phần mở rộng của tệp.`,
        `The content of "${fileName}" does not match its extension.`,
        { reason: 'UNSUPPORTED_FILE_TYPE' satisfies UploadRefusal, accepted: ACCEPTED_EXTENSIONS },
      );
}

/** Holds back the first bytes until the signature can be checked, then passes everything on. */
class SignatureCheck extends Transform {
  private head: Buffer[] = [];
  private headLength = 0;
  private checked = false;

  constructor(
    private readonly type: EvidenceFileType,
    private readonly fileName: string,
  ) {
    super();
  }

  private verify(): Error | null {
    this.checked = true;
    const head = Buffer.concat(this.head);
    this.head = [];
    if (!headMatches(this.type, head.subarray(0, SIGNATURE_BYTES))) return unsupportedType(this.fileName, 'CONTENT');
    this.push(head);
    return null;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.checked) {
      // Text types are checked for NUL bytes throughout, binary ones by their signature only.
      if (this.type.signatures.length === 0 && chunk.includes(0)) return callback(unsupportedType(this.fileName, 'CONTENT'));
      return callback(null, chunk);
    }
    this.head.push(chunk);
    this.headLength += chunk.length;
    if (this.headLength < SIGNATURE_BYTES) return callback();
    callback(this.verify());
  }

  override _flush(callback: TransformCallback): void {
    if (!this.checked) {
      if (this.headLength === 0) return callback(badInput('Tệp rỗng.', 'The file is empty.'));
      return callback(this.verify());
    }
    callback();
  }
}

export interface UploadDeps {
  /** Per unit and quota year; checked again once the file is stored (its real size). */
  quota?: QuotaUse;
  db: DataSource;
  storage: FileStorage;
  maxBytes: number;
}

export interface UploadedFile {
  id: string;
  fileName: string;
  size: number;
  sha256: string;
  contentType: string;
}

/**
 * Streams one upload into storage: the type is decided by the extension and confirmed by the
 * first bytes, the size is enforced while streaming, the checksum computed on the way.
 */
export async function storeUpload(deps: UploadDeps, actor: SignedInActor, rawName: string, content: Readable): Promise<UploadedFile> {
  const fileName = cleanFileName(rawName);
  const type = fileTypeFor(fileName);
  if (!type) throw unsupportedType(fileName, 'EXTENSION');
  const id = randomUUID();
  let stored;
  try {
    const checked = new SignatureCheck(type, fileName);
    // pipe() does not forward errors: an aborted upload must fail the write, not hang it.
    content.once('error', (error) => checked.destroy(error));
    // The signature may fail before storage attaches its pipeline; the stream keeps the error
    // (stream.errored) and the pipeline rejects with it, so nothing is lost by this listener.
    checked.on('error', () => undefined);
    stored = await deps.storage.put(id, content.pipe(checked), { maxBytes: deps.maxBytes });
  } catch (error) {
    if (error instanceof FileTooLargeError) throw fileTooLarge(deps.maxBytes);
    throw error;
  }
  try {
    await deps.db.getRepository(EvidenceFileEntity).insert({
      id,
      fileName,
      contentType: type.contentType,
      size: stored.size,
      sha256: stored.sha256,
      uploadedBy: actor.userId,
      uploaderUnitId: actor.unitId,
      sheetId: null,
    });
  } catch (error) {
    await deps.storage.delete(id);
    throw error;
  }
  if (deps.quota) {
    // Parallel uploads each passed the early check: the stored total decides, and the file that
    // carried the unit past its quota is taken back.
    const now = new Date();
    const used = await quotaUse(deps.db, actor.unitId, now);
    if (used.files > deps.quota.files || used.bytes > deps.quota.bytes) {
      await deps.db.getRepository(EvidenceFileEntity).delete({ id });
      await deps.storage.delete(id);
      const before = { files: used.files - 1, bytes: used.bytes - stored.size };
      throw quotaExceeded(quotaProblem(before, stored.size, deps.quota) ?? 'BYTES', before, deps.quota, quotaYearOf(now));
    }
  }
  return { id, fileName, size: stored.size, sha256: stored.sha256, contentType: type.contentType };
}
