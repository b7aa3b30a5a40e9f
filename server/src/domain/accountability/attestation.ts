/**
 * The head's attestation of a self-assessment (issue 10 §1): the head of the unit answers
 * personally for the figures even when an officer prepared them, so a sheet is submitted (and an
 * explanation sent) only by the head or after the head attested the very version being sent.
 *
 * An attestation names the sheet version it covers. Every write to a sheet bumps its version, so
 * "any change after attestation invalidates it" needs no bookkeeping: an attestation is valid only
 * while the sheet's version is still the attested one.
 */
import type { LocalizedText } from '../scoring';

/** The sentence the head confirms; stored with every attestation and printed on the sheet. */
export const ATTESTATION_STATEMENT = 'Tôi xác nhận số liệu tự đánh giá là trung thực, chính xác';

export const ATTESTATION_PURPOSES = ['SUBMIT', 'EXPLANATION'] as const;
export type AttestationPurpose = (typeof ATTESTATION_PURPOSES)[number];

export interface AttestationRecord {
  readonly purpose: AttestationPurpose;
  /** null while only requested by an officer. */
  readonly sheetVersion: number | null;
  readonly attestedAt: Date | null;
}

export type AttestationStatus = 'NONE' | 'REQUESTED' | 'VALID' | 'STALE';

export function attestationStatus(record: AttestationRecord | null | undefined, currentVersion: number): AttestationStatus {
  if (!record) return 'NONE';
  if (record.sheetVersion === null || record.attestedAt === null) return 'REQUESTED';
  return record.sheetVersion === currentVersion ? 'VALID' : 'STALE';
}

export interface AttestationRefusal extends LocalizedText {
  readonly reason: 'ATTESTATION_REQUIRED' | 'ATTESTATION_STALE';
}

const WHAT: Readonly<Record<AttestationPurpose, LocalizedText>> = {
  SUBMIT: { vi: 'nộp phiếu tự đánh giá', en: 'submit the self-assessment' },
  EXPLANATION: { vi: 'gửi giải trình', en: 'send the explanation' },
};

/**
 * Whether an action that needs the head's word may go ahead: the head himself may always act
 * (his action is his attestation); anyone else needs a valid attestation of this version.
 */
export function attestationRefusal(args: {
  readonly actorIsHead: boolean;
  readonly purpose: AttestationPurpose;
  readonly record: AttestationRecord | null | undefined;
  readonly currentVersion: number;
}): AttestationRefusal | null {
  if (args.actorIsHead) return null;
  const status = attestationStatus(args.record, args.currentVersion);
  if (status === 'VALID') return null;
  const what = WHAT[args.purpose];
  if (status === 'STALE')
    return {
      reason: 'ATTESTATION_STALE',
      vi: `Chưa thể ${what.vi}: phiếu đã thay đổi sau khi người đứng đầu xác nhận; cần người đứng đầu xác nhận lại.`,
      en: `Cannot ${what.en}: the sheet changed after the head attested it; the head must attest it again.`,
    };
  return {
    reason: 'ATTESTATION_REQUIRED',
    vi: `Chưa thể ${what.vi}: cần người đứng đầu đơn vị xác nhận số liệu tự đánh giá (hoặc người đứng đầu tự ${what.vi}).`,
    en: `Cannot ${what.en}: the head of the unit must attest the self-assessment first (or ${what.en} himself).`,
  };
}

/** The sheet state in which each purpose is attested. */
export const ATTESTATION_STATE: Readonly<Record<AttestationPurpose, 'DRAFT' | 'EXPLANATION_REQUESTED'>> = {
  SUBMIT: 'DRAFT',
  EXPLANATION: 'EXPLANATION_REQUESTED',
};
