import { beforeEach, describe, expect, it } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { ref } from 'vue';
import { gql } from '@apollo/client/core';
import { GraphQLError } from 'graphql';
import { createAppI18n, i18n } from '@/i18n';
import { describeGraphQLError, describeNetworkError } from '@/graphql/errors';
import { createErrorLink } from '@/apollo';
import { useToastStore } from '@/stores/toast';
import { useSessionStore } from '@/stores/session';
import { createMockClient } from './mock-apollo';

const viT = (k: string) => createAppI18n('vi').global.t(k);
const enT = (k: string) => createAppI18n('en').global.t(k);

describe('error code → message', () => {
  it.each([
    ['BAD_USER_INPUT', 'Dữ liệu chưa hợp lệ', 'Invalid input'],
    ['UNAUTHENTICATED', 'Cần đăng nhập lại', 'Please sign in again'],
    ['FORBIDDEN', 'Không có quyền thực hiện', 'Not allowed'],
    ['NOT_FOUND', 'Không tìm thấy', 'Not found'],
    ['CONFLICT', 'Xung đột dữ liệu', 'Conflict'],
  ])('%s gets a translated title and keeps the server message', (code, vi, en) => {
    const err = { message: 'Mã đơn vị đã tồn tại', extensions: { code } };
    expect(describeGraphQLError(err, viT)).toEqual({ code, title: vi, message: 'Mã đơn vị đã tồn tại' });
    expect(describeGraphQLError(err, enT).title).toBe(en);
  });

  it('unknown codes and masked internal errors fall back to a generic translated text', () => {
    const d = describeGraphQLError({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }, viT);
    expect(d.code).toBe('UNKNOWN');
    expect(d.title).toBe('Đã xảy ra lỗi');
    expect(d.message).toBe('Máy chủ gặp sự cố. Vui lòng thử lại sau.');
    expect(describeGraphQLError({ message: '', extensions: { code: 'FORBIDDEN' } }, viT).message).toBe(
      'Tài khoản của bạn không được phép thực hiện thao tác này.',
    );
  });

  it('network errors and HTTP 401', () => {
    expect(describeNetworkError(viT).title).toBe('Mất kết nối máy chủ');
    expect(describeNetworkError(viT, 401).code).toBe('UNAUTHENTICATED');
  });
});

describe('Apollo error link', () => {
  const Query = gql`
    query Probe {
      me {
        id
      }
    }
  `;
  let replaced: unknown[];
  const router = {
    currentRoute: ref({ name: 'orgUnit', fullPath: '/org-units/42' }),
    replace: (to: unknown) => {
      replaced.push(to);
      return Promise.resolve();
    },
  };

  beforeEach(() => {
    setActivePinia(createPinia());
    i18n.global.locale.value = 'vi';
    replaced = [];
  });

  function clientReturning(code: string, message: string) {
    return createMockClient({ Probe: () => ({ errors: [new GraphQLError(message, { extensions: { code } })] }) }, [
      createErrorLink(router as never),
    ]).client;
  }

  it('shows a toast with the translated title and the server message', async () => {
    await expect(clientReturning('CONFLICT', 'Tên đăng nhập đã tồn tại').query({ query: Query })).rejects.toThrow();
    const toast = useToastStore().toasts[0];
    expect(toast).toMatchObject({ kind: 'error', title: 'Xung đột dữ liệu', message: 'Tên đăng nhập đã tồn tại', code: 'CONFLICT' });
    expect(replaced).toEqual([]);
  });

  it('on UNAUTHENTICATED ends the session and goes to the sign-in page with a redirect back', async () => {
    const session = useSessionStore();
    session.start({
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      user: {
        id: '1',
        username: 'admin.qn',
        fullName: 'A',
        roles: ['PROVINCE_ADMIN'],
        unit: { id: 'p', name: 'Tỉnh Quảng Ninh', kind: 'PROVINCE' },
      },
    });
    await expect(clientReturning('UNAUTHENTICATED', 'Token hết hạn').query({ query: Query })).rejects.toThrow();
    expect(session.user).toBeNull();
    expect(session.endReason).toBe('unauthenticated');
    expect(replaced).toEqual([{ name: 'login', query: { redirect: '/org-units/42' } }]);
    // Explained on the sign-in page, not in a toast over the page being left.
    expect(useToastStore().toasts).toHaveLength(0);
  });

  it('a revoked session (signed out elsewhere, disabled) keeps the server explanation for the sign-in page', async () => {
    const session = useSessionStore();
    session.start({
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      user: { id: '1', username: 'a', fullName: 'A', roles: ['VIEWER'], unit: { id: 'p', name: 'Tỉnh', kind: 'PROVINCE' } },
    });
    const client = createMockClient(
      {
        Probe: () => ({
          errors: [new GraphQLError('Phiên đăng nhập đã kết thúc', { extensions: { code: 'UNAUTHENTICATED', reason: 'SESSION_REVOKED' } })],
        }),
      },
      [createErrorLink(router as never)],
    ).client;
    await expect(client.query({ query: Query })).rejects.toThrow();
    expect(session.endReason).toBe('revoked');
    expect(session.endMessage).toBe('Phiên đăng nhập đã kết thúc');
  });

  it('quiet operations handle their errors themselves (no toast)', async () => {
    await expect(clientReturning('UNAUTHENTICATED', 'Sai mật khẩu').query({ query: Query, context: { quiet: true } })).rejects.toThrow();
    expect(useToastStore().toasts).toHaveLength(0);
  });
});
