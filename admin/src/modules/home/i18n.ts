// Strings of the home page's inbox (Việc cần làm). Registered in src/i18n/index.ts.
const vi = {
  title: 'Việc cần làm',
  loading: 'Đang tải việc cần làm…',
  empty: 'Không có việc nào đang chờ bạn.',
  failed: 'Không tải được việc cần làm.',
  count: '{n} việc',
  open: 'Mở',
  today: 'Hết hạn hôm nay',
  daysLeft: 'Còn {n} ngày',
  overdue: 'Quá hạn {n} ngày',
  noDeadline: 'Không có hạn',
  kinds: {
    FILL: 'Nhập phiếu',
    SUBMIT: 'Nộp phiếu',
    EXPLAIN: 'Giải trình',
    APPRAISE: 'Thẩm định',
    APPROVE: 'Phê duyệt',
    OPEN_YEAR: 'Mở kỳ',
    FINALIZE_YEAR: 'Chốt kết quả',
    PUBLISH_YEAR: 'Công bố',
    REPORT_DUE: 'Gửi báo cáo',
    REPORT_PENALTY: 'Xử lý báo cáo chậm',
  },
};

const en: typeof vi = {
  title: 'To do',
  loading: 'Loading your tasks…',
  empty: 'Nothing is waiting for you.',
  failed: 'Could not load your tasks.',
  count: '{n} tasks',
  open: 'Open',
  today: 'Due today',
  daysLeft: '{n} days left',
  overdue: '{n} days overdue',
  noDeadline: 'No deadline',
  kinds: {
    FILL: 'Fill in',
    SUBMIT: 'Submit',
    EXPLAIN: 'Explain',
    APPRAISE: 'Appraise',
    APPROVE: 'Approve',
    OPEN_YEAR: 'Open year',
    FINALIZE_YEAR: 'Finalize',
    PUBLISH_YEAR: 'Publish',
    REPORT_DUE: 'Send report',
    REPORT_PENALTY: 'Late reports',
  },
};

export const inboxMessages = { vi: { inbox: vi }, en: { inbox: en } };
