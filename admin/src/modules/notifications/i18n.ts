// Strings of the notification bell (top bar). Registered in src/i18n/index.ts.
const vi = {
  bell: 'Thông báo',
  // The count stays outside brackets: the name must contain the badge's visible text (WCAG 2.5.3, label in name), and
  // name matching drops bracketed words.
  bellUnread: 'Thông báo: {n} chưa đọc',
  title: 'Thông báo',
  empty: 'Chưa có thông báo nào.',
  loading: 'Đang tải thông báo…',
  failed: 'Không tải được thông báo.',
  markAll: 'Đánh dấu tất cả đã đọc',
  more: 'Xem thêm',
  unread: 'Chưa đọc',
  close: 'Đóng',
};

const en: typeof vi = {
  bell: 'Notifications',
  bellUnread: 'Notifications: {n} unread',
  title: 'Notifications',
  empty: 'No notifications yet.',
  loading: 'Loading notifications…',
  failed: 'Could not load notifications.',
  markAll: 'Mark all as read',
  more: 'Show more',
  unread: 'Unread',
  close: 'Close',
};

export const notificationMessages = { vi: { notifications: vi }, en: { notifications: en } };
