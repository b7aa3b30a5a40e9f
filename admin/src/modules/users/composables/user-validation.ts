import type { Role } from '@/graphql/generated/graphql';
import type { Errors } from '@/modules/org-units/composables/org-validation';

export const MIN_PASSWORD = 8;
const USERNAME = /^[a-z0-9._-]{3,64}$/;

export interface UserForm {
  username: string;
  fullName: string;
  /** Optional: where notifications are copied by e-mail. */
  email?: string;
  unitId: string | null;
  roles: readonly Role[];
  password: string;
  passwordConfirm: string;
}

export function validateUser(f: UserForm, mode: 'create' | 'edit'): Errors {
  const e: Errors = {};
  if (mode === 'create') {
    if (!f.username.trim()) e.username = { key: 'users.validation.usernameRequired' };
    else if (!USERNAME.test(f.username.trim())) e.username = { key: 'users.validation.usernamePattern' };
    Object.assign(e, validatePassword(f.password, f.passwordConfirm));
  }
  if (!f.fullName.trim()) e.fullName = { key: 'users.validation.fullNameRequired' };
  const email = f.email?.trim() ?? '';
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) e.email = { key: 'users.validation.emailPattern' };
  if (!f.unitId) e.unitId = { key: 'users.validation.unitRequired' };
  if (f.roles.length === 0) e.roles = { key: 'users.validation.rolesRequired' };
  return e;
}

export function validatePassword(password: string, confirm: string): Errors {
  const e: Errors = {};
  if (password.length < MIN_PASSWORD) e.password = { key: 'users.validation.passwordMin', params: { n: MIN_PASSWORD } };
  else if (password !== confirm) e.passwordConfirm = { key: 'users.validation.passwordMismatch' };
  return e;
}
