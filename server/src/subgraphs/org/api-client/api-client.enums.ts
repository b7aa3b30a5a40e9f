import { registerEnumType } from 'type-graphql';
import { ApiScope } from '../../../platform/auth/tokens';

registerEnumType(ApiScope, {
  name: 'ApiScope',
  description: 'Phạm vi của khóa API (what an external app may read).',
  valuesConfig: {
    PUBLISHED_RESULTS: {
      description: 'Đọc kết quả Chỉ số CCHC đã công bố (publishedResults, OrgUnit.assessment / indexHistory of published years).',
    },
  },
});
