/**
 * Evidence files travel over plain HTTP (POST /files through the gateway, session cookie + CSRF header),
 * because GraphQL multipart does not pass the gateway. XHR rather than fetch: it reports
 * upload progress. Size and type are checked before sending so the user gets the Vietnamese
 * message at once; the server checks again (signature, size) and its message wins.
 */
import { sessionHeaders } from '@/modules/auth/session-api';

export interface UploadedEvidenceFile {
  id: string;
  fileName: string;
  size: number;
  sha256: string;
  contentType: string;
}

/** The server's default limit (UPLOAD_MAX_BYTES = 20 MB). */
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Extensions the server accepts (evidence/file-types.ts). */
export const ALLOWED_EXTENSIONS = [
  'pdf',
  'doc',
  'docx',
  'xls',
  'xlsx',
  'ppt',
  'pptx',
  'odt',
  'ods',
  'jpg',
  'jpeg',
  'png',
  'zip',
  'rar',
  '7z',
  'txt',
  'csv',
] as const;

export const ACCEPT_ATTRIBUTE = ALLOWED_EXTENSIONS.map((e) => `.${e}`).join(',');

export type UploadCheck = { ok: true } | { ok: false; reason: 'TOO_LARGE' | 'BAD_TYPE' };

export function checkUpload(file: { name: string; size: number }, maxBytes = MAX_UPLOAD_BYTES): UploadCheck {
  const ext = file.name.includes('.') ? file.name.split('.').pop()!.toLowerCase() : '';
  if (!(ALLOWED_EXTENSIONS as readonly string[]).includes(ext)) return { ok: false, reason: 'BAD_TYPE' };
  if (file.size > maxBytes) return { ok: false, reason: 'TOO_LARGE' };
  return { ok: true };
}

export function formatBytes(bytes: number, locale: 'vi' | 'en' = 'vi'): string {
  const nf = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: 1 });
  if (bytes >= 1024 * 1024) return `${nf.format(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${nf.format(bytes / 1024)} KB`;
  return `${nf.format(bytes)} B`;
}

export class UploadError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

export function uploadEvidence(
  file: File,
  options: { locale: string; onProgress?: (percent: number) => void },
): Promise<UploadedEvidenceFile> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/files');
    // Same origin: the session cookie goes along; the CSRF header proves the admin sent it.
    for (const [name, value] of Object.entries(sessionHeaders())) xhr.setRequestHeader(name, value);
    xhr.setRequestHeader('Accept-Language', options.locale);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) options.onProgress?.(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new UploadError('', 'NETWORK'));
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status >= 200 && xhr.status < 300 && body && typeof body === 'object' && 'id' in body) {
        resolve(body as UploadedEvidenceFile);
        return;
      }
      const err = (body as { errors?: { message?: string; extensions?: { code?: string; reason?: string } }[] } | null)?.errors?.[0];
      reject(new UploadError(err?.message ?? '', err?.extensions?.reason ?? err?.extensions?.code ?? String(xhr.status)));
    };
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

/** Downloads a file with the session's CSRF header (a plain link would not carry it). */
export async function downloadEvidence(id: string, fileName: string): Promise<void> {
  const res = await fetch(`/files/${encodeURIComponent(id)}`, { credentials: 'same-origin', headers: sessionHeaders() });
  if (!res.ok) throw new UploadError('', String(res.status));
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
