import { registerEnumType } from 'type-graphql';

export enum Role {
  PROVINCE_ADMIN = 'PROVINCE_ADMIN',
  APPRAISER = 'APPRAISER',
  ASSESSOR_CHAIR = 'ASSESSOR_CHAIR',
  UNIT_OFFICER = 'UNIT_OFFICER',
  UNIT_HEAD = 'UNIT_HEAD',
  VIEWER = 'VIEWER',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a user may do (domain brief §1).',
  valuesConfig: {
    PROVINCE_ADMIN: { description: 'Quản trị cấp tỉnh (Sở Nội vụ – phòng CCHC)' },
    APPRAISER: { description: 'Thành viên hội đồng/tổ thẩm định của đơn vị đánh giá' },
    ASSESSOR_CHAIR: { description: 'Chủ tịch (hoặc phó chủ tịch được ủy quyền) của đơn vị đánh giá' },
    UNIT_OFFICER: { description: 'Cán bộ đơn vị được đánh giá, nhập tự đánh giá' },
    UNIT_HEAD: { description: 'Người đứng đầu đơn vị được đánh giá' },
    VIEWER: { description: 'Lãnh đạo, thanh tra: chỉ xem' },
  },
});

export const ALL_ROLES = Object.values(Role);
