import type { AttestationPurpose } from '@/graphql/generated/graphql';

/** Which attestation the sheet's step asks for: before submission, or before the explanation is sent. */
export function attestationPurposeFor(status: string): AttestationPurpose | null {
  if (status === 'DRAFT') return 'SUBMIT';
  if (status === 'EXPLANATION_REQUESTED') return 'EXPLANATION';
  return null;
}
