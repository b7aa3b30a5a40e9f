/**
 * The demo province's criteria sets (bộ chỉ số), one per kind of unit, shaped like the sets real
 * provinces issue: the eight areas of the national method with criteria that fit the unit —
 * departments are not scored on attracting investment or disbursing public investment, wards and
 * communes are not scored on province-level policy work — 70 scored points, a 30-point survey
 * part (SIPAS counted there only, never also as a self-declared satisfaction rate), and the
 * same bonus/penalty block in every set (initiatives only as a bonus, late reports only as a
 * penalty), with stable codes other demo data builds on (DEMO_ACCOUNTABILITY_CODES).
 *
 * Points are hundredths. Every scoring method occurs in every set.
 */
import { CriteriaSection, ScoringMethod } from '../subgraphs/scoring/criteria/criteria-node.entity';
import { LEVELS, TIERS, type NodeSpec } from '../subgraphs/scoring/criteria/criteria-outline';

const S = CriteriaSection;
const M = ScoringMethod;
const perItem = (points: number) => ({ pointsPerItem: points });
const perViolation = (points: number) => ({ pointsPerViolation: points });
const yesNo = (code: string, title: string, max: number, allowNa = false): NodeSpec => ({ code, title, max, method: M.YES_NO, allowNa });
const tiers = (code: string, title: string, max: number, allowNa = false): NodeSpec => ({
  code,
  title,
  max,
  method: M.RATIO_TIERS,
  params: TIERS,
  allowNa,
});
const levels = (code: string, title: string, max: number): NodeSpec => ({ code, title, max, method: M.LEVELS, params: LEVELS });
const share = (code: string, title: string, max: number): NodeSpec => ({ code, title, max, method: M.PROPORTIONAL, params: {} });
const manual = (code: string, title: string, max: number, allowNa = false): NodeSpec => ({
  code,
  title,
  max,
  method: M.MANUAL,
  params: {},
  allowNa,
});
const deduction = (code: string, title: string, max: number, points: number): NodeSpec => ({
  code,
  title,
  max,
  method: M.DEDUCTION,
  params: perViolation(points),
});
const count = (code: string, title: string, max: number, points: number): NodeSpec => ({
  code,
  title,
  max,
  method: M.COUNT,
  params: perItem(points),
});
const survey = (code: string, title: string, max: number): NodeSpec => ({
  code,
  title,
  max,
  method: M.SURVEY,
  params: { basis: 'PERCENT' },
});
const area = (code: string, title: string, children: NodeSpec[]): NodeSpec => ({
  code,
  title,
  max: children.reduce((sum, c) => sum + c.max, 0),
  children,
});

/** Leaves of the bonus/penalty block that other demo data (accountability follow-up) refers to. */
export const DEMO_ACCOUNTABILITY_CODES = {
  /** Điểm thưởng: initiatives recognised by a competent authority (COUNT). */
  initiativeBonus: 'T.1',
  /** Điểm trừ: periodic reform reports (6-month, yearly) sent late (COUNT per report). */
  lateReportPenalty: 'D.1',
  /** Điểm trừ: violations concluded by an inspection or check (COUNT per conclusion). */
  inspectionPenalty: 'D.2',
} as const;

const BONUS_PENALTY: NodeSpec[] = [
  {
    code: 'T',
    title: 'Điểm thưởng',
    max: 300,
    section: S.BONUS,
    children: [count('T.1', 'Sáng kiến, giải pháp CCHC được cấp có thẩm quyền công nhận và áp dụng', 300, 100)],
  },
  {
    code: 'D',
    title: 'Điểm trừ',
    max: 500,
    section: S.PENALTY,
    children: [
      count('D.1', 'Số báo cáo CCHC định kỳ (6 tháng, năm) gửi chậm so với thời hạn', 200, 50),
      count('D.2', 'Số vi phạm được cơ quan thanh tra, kiểm tra kết luận trong năm', 300, 100),
    ],
  },
];

const surveyPart = (children: NodeSpec[]): NodeSpec => ({ ...area('9', 'Điều tra xã hội học', children), section: S.SURVEY });

const LEADERSHIP = 'Công tác chỉ đạo, điều hành cải cách hành chính';
const INSTITUTIONS = 'Cải cách thể chế';
const PROCEDURES = 'Cải cách thủ tục hành chính';
const ORGANISATION = 'Cải cách tổ chức bộ máy hành chính nhà nước';
const CIVIL_SERVICE = 'Cải cách chế độ công vụ';
const FINANCE = 'Cải cách tài chính công';
const DIGITAL = 'Xây dựng và phát triển chính quyền điện tử, chính quyền số';
const IMPACT = 'Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội';

const annualPlan = (code: string, split: [number, number]): NodeSpec =>
  area(code, 'Kế hoạch cải cách hành chính năm', [
    yesNo(`${code}.1`, 'Ban hành kế hoạch CCHC năm đúng thời hạn', split[0]),
    tiers(`${code}.2`, 'Tỷ lệ nhiệm vụ trong kế hoạch CCHC được hoàn thành', split[1]),
  ]);

/** Sở, ban, ngành (and province-level boards): policy advice and their own procedures, no territory. */
export const DEPARTMENT_CRITERIA: NodeSpec[] = [
  area('1', LEADERSHIP, [
    annualPlan('1.1', [100, 100]),
    levels('1.2', 'Chất lượng báo cáo CCHC định kỳ (đủ nội dung, số liệu chính xác)', 200),
    tiers('1.3', 'Tỷ lệ đơn vị trực thuộc được kiểm tra công tác CCHC', 150, true),
    count('1.4', 'Số hoạt động tuyên truyền CCHC', 150, 50),
    tiers('1.5', 'Tỷ lệ nhiệm vụ UBND tỉnh giao được hoàn thành đúng hạn', 200),
    manual('1.6', 'Trách nhiệm của người đứng đầu trong chỉ đạo, điều hành CCHC', 200),
  ]),
  area('2', INSTITUTIONS, [
    tiers('2.1', 'Tỷ lệ văn bản quy phạm pháp luật được tham mưu ban hành đúng kế hoạch', 250),
    yesNo('2.2', 'Rà soát, hệ thống hóa văn bản quy phạm pháp luật thuộc lĩnh vực quản lý', 150),
    levels('2.3', 'Tổ chức thi hành pháp luật trong ngành, lĩnh vực', 200),
    deduction('2.4', 'Văn bản tham mưu bị cơ quan có thẩm quyền kết luận trái pháp luật', 200, 50),
  ]),
  area('3', PROCEDURES, [
    tiers('3.1', 'Công bố, công khai thủ tục hành chính thuộc thẩm quyền đúng quy định', 200),
    yesNo('3.2', 'Rà soát, đề xuất đơn giản hóa thủ tục hành chính', 150),
    tiers('3.3', 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn', 300),
    deduction('3.4', 'Hồ sơ trễ hạn không có văn bản xin lỗi người dân, tổ chức', 150, 25),
    share('3.5', 'Tỷ lệ phản ánh, kiến nghị về quy định hành chính được xử lý đúng hạn', 200),
    share('3.6', 'Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa', 200),
  ]),
  area('4', ORGANISATION, [
    yesNo('4.1', 'Sắp xếp, kiện toàn tổ chức bộ máy theo quy định', 200),
    yesNo('4.2', 'Thực hiện đúng số lượng biên chế được giao', 200),
    levels('4.3', 'Thực hiện phân cấp, ủy quyền trong ngành, lĩnh vực', 150),
    manual('4.4', 'Kiểm tra tổ chức, hoạt động của đơn vị sự nghiệp trực thuộc', 150, true),
  ]),
  area('5', CIVIL_SERVICE, [
    yesNo('5.1', 'Cơ cấu công chức theo vị trí việc làm được phê duyệt', 200),
    deduction('5.2', 'Tuyển dụng, bổ nhiệm sai quy định', 200, 50),
    levels('5.3', 'Đánh giá, xếp loại công chức, viên chức đúng quy định', 150),
    tiers('5.4', 'Tỷ lệ công chức được đào tạo, bồi dưỡng theo kế hoạch', 150),
    deduction('5.5', 'Công chức, viên chức bị xử lý kỷ luật', 100, 100),
  ]),
  area('6', FINANCE, [
    share('6.1', 'Tỷ lệ thực hiện dự toán ngân sách được giao', 200),
    yesNo('6.2', 'Thực hiện cơ chế tự chủ của đơn vị sự nghiệp công lập trực thuộc', 150, true),
    share('6.3', 'Tỷ lệ kiến nghị kiểm toán, thanh tra tài chính được thực hiện', 150),
    yesNo('6.4', 'Quản lý, sử dụng tài sản công đúng quy định', 100),
  ]),
  area('7', DIGITAL, [
    levels('7.1', 'Ứng dụng nền tảng số trong chỉ đạo, điều hành (quản lý văn bản, họp trực tuyến)', 200),
    share('7.2', 'Tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình', 300),
    share('7.3', 'Tỷ lệ hồ sơ có thanh toán trực tuyến', 150),
    tiers('7.4', 'Tỷ lệ văn bản điện tử có chữ ký số', 200),
    manual('7.5', 'Bảo đảm an toàn thông tin mạng', 150),
  ]),
  area('8', IMPACT, [
    tiers('8.1', 'Tỷ lệ chỉ tiêu phát triển kinh tế - xã hội thuộc ngành, lĩnh vực đạt và vượt', 300),
    levels('8.2', 'Chất lượng tham mưu chính sách phát triển ngành, lĩnh vực', 250),
    share('8.3', 'Mức rút ngắn thời gian giải quyết thủ tục hành chính so với quy định', 250),
  ]),
  surveyPart([
    survey('9.1', 'Đánh giá của đại biểu HĐND tỉnh, lãnh đạo các cơ quan', 1000),
    survey('9.2', 'Đánh giá của cán bộ, công chức', 600),
    survey('9.3', 'Sự hài lòng của người dân, tổ chức (SIPAS)', 1000),
    survey('9.4', 'Đánh giá của doanh nghiệp về sở, ngành (DDCI)', 400),
  ]),
  ...BONUS_PENALTY,
];

/** Huyện, thị xã, thành phố thuộc tỉnh (three-level years): a territory with communes below it. */
export const DISTRICT_CRITERIA: NodeSpec[] = [
  area('1', LEADERSHIP, [
    annualPlan('1.1', [100, 100]),
    levels('1.2', 'Chất lượng báo cáo CCHC định kỳ (đủ nội dung, số liệu chính xác)', 150),
    tiers('1.3', 'Tỷ lệ phòng chuyên môn và UBND cấp xã được kiểm tra công tác CCHC', 200),
    count('1.4', 'Số hoạt động tuyên truyền CCHC', 150, 50),
    tiers('1.5', 'Tỷ lệ nhiệm vụ UBND tỉnh giao được hoàn thành đúng hạn', 150),
    manual('1.6', 'Trách nhiệm của người đứng đầu trong chỉ đạo, điều hành CCHC', 150),
  ]),
  area('2', INSTITUTIONS, [
    tiers('2.1', 'Tỷ lệ văn bản quy phạm pháp luật của HĐND, UBND cấp huyện ban hành đúng kế hoạch', 200),
    yesNo('2.2', 'Rà soát, hệ thống hóa văn bản quy phạm pháp luật', 100),
    share('2.3', 'Tỷ lệ văn bản trái pháp luật của cấp xã được xử lý sau kiểm tra', 150),
    levels('2.4', 'Tổ chức thi hành pháp luật trên địa bàn', 150),
  ]),
  area('3', PROCEDURES, [
    tiers('3.1', 'Công bố, công khai thủ tục hành chính đúng quy định', 200),
    tiers('3.2', 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn', 300),
    levels('3.3', 'Hoạt động của Bộ phận một cửa cấp huyện', 200),
    deduction('3.4', 'Hồ sơ trễ hạn không có văn bản xin lỗi người dân, tổ chức', 150, 25),
    share('3.5', 'Tỷ lệ phản ánh, kiến nghị về quy định hành chính được xử lý đúng hạn', 150),
    share('3.6', 'Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa', 200),
  ]),
  area('4', ORGANISATION, [
    yesNo('4.1', 'Sắp xếp, kiện toàn các phòng chuyên môn theo quy định', 150),
    yesNo('4.2', 'Thực hiện đúng số lượng biên chế được giao', 150),
    yesNo('4.3', 'Sắp xếp thôn, tổ dân phố và đơn vị hành chính cấp xã theo quy định', 150),
    levels('4.4', 'Thực hiện phân cấp, ủy quyền', 150),
  ]),
  area('5', CIVIL_SERVICE, [
    yesNo('5.1', 'Cơ cấu công chức theo vị trí việc làm được phê duyệt', 150),
    deduction('5.2', 'Tuyển dụng, bổ nhiệm sai quy định', 150, 50),
    levels('5.3', 'Đánh giá, xếp loại công chức, viên chức đúng quy định', 150),
    tiers('5.4', 'Tỷ lệ công chức được đào tạo, bồi dưỡng theo kế hoạch', 150),
    tiers('5.5', 'Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn', 100),
    deduction('5.6', 'Cán bộ, công chức bị xử lý kỷ luật', 100, 100),
  ]),
  area('6', FINANCE, [
    tiers('6.1', 'Tỷ lệ thu ngân sách nhà nước trên địa bàn so với dự toán', 250),
    tiers('6.2', 'Tỷ lệ giải ngân vốn đầu tư công', 250),
    yesNo('6.3', 'Thực hiện cơ chế tự chủ của đơn vị sự nghiệp công lập trực thuộc', 150, true),
    share('6.4', 'Tỷ lệ kiến nghị kiểm toán, thanh tra tài chính được thực hiện', 150),
  ]),
  area('7', DIGITAL, [
    levels('7.1', 'Hạ tầng, nền tảng số phục vụ chỉ đạo, điều hành', 200),
    share('7.2', 'Tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình', 300),
    share('7.3', 'Tỷ lệ hồ sơ có thanh toán trực tuyến', 200),
    tiers('7.4', 'Tỷ lệ văn bản điện tử có chữ ký số', 150),
    manual('7.5', 'Bảo đảm an toàn thông tin mạng', 150),
  ]),
  area('8', IMPACT, [
    levels('8.1', 'Thu hút đầu tư, phát triển doanh nghiệp trên địa bàn', 300),
    tiers('8.2', 'Tỷ lệ chỉ tiêu phát triển kinh tế - xã hội đạt và vượt', 400),
    levels('8.3', 'Thực hiện chính sách an sinh xã hội, giảm nghèo', 300),
  ]),
  surveyPart([
    survey('9.1', 'Đánh giá của đại biểu HĐND tỉnh, lãnh đạo các cơ quan', 1000),
    survey('9.2', 'Đánh giá của cán bộ, công chức', 800),
    survey('9.3', 'Sự hài lòng của người dân, tổ chức (SIPAS)', 1200),
  ]),
  ...BONUS_PENALTY,
];

/** Xã, phường, thị trấn of a three-level year, appraised by their district. */
export const COMMUNE_CRITERIA_THREE_LEVEL: NodeSpec[] = [
  area('1', LEADERSHIP, [
    yesNo('1.1', 'Ban hành kế hoạch CCHC năm đúng thời hạn', 200),
    tiers('1.2', 'Tỷ lệ nhiệm vụ trong kế hoạch CCHC được hoàn thành', 250),
    levels('1.3', 'Chất lượng báo cáo CCHC định kỳ (đủ nội dung, số liệu chính xác)', 150),
    count('1.4', 'Số hoạt động tuyên truyền CCHC (hội nghị, tin bài trên đài truyền thanh)', 200, 50),
    manual('1.5', 'Trách nhiệm của Chủ tịch UBND cấp xã trong chỉ đạo, điều hành CCHC', 200),
  ]),
  area('2', INSTITUTIONS, [
    yesNo('2.1', 'Ban hành văn bản quy phạm pháp luật đúng thẩm quyền, trình tự', 200),
    levels('2.2', 'Tổ chức thi hành pháp luật, hòa giải ở cơ sở', 150),
    share('2.3', 'Tỷ lệ văn bản của UBND cấp xã được rà soát, xử lý theo quy định', 150),
  ]),
  area('3', PROCEDURES, [
    tiers('3.1', 'Niêm yết, công khai thủ tục hành chính tại Bộ phận một cửa', 250),
    tiers('3.2', 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn', 400),
    levels('3.3', 'Hoạt động của Bộ phận tiếp nhận và trả kết quả (một cửa) cấp xã', 300),
    deduction('3.4', 'Hồ sơ trễ hạn không có văn bản xin lỗi người dân, tổ chức', 200, 25),
    share('3.5', 'Tỷ lệ hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa', 250),
    share('3.6', 'Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn', 200),
  ]),
  area('4', ORGANISATION, [
    yesNo('4.1', 'Bố trí cán bộ, công chức cấp xã đúng số lượng quy định', 300),
    levels('4.2', 'Thực hiện quy chế làm việc, phân công nhiệm vụ', 300),
  ]),
  area('5', CIVIL_SERVICE, [
    tiers('5.1', 'Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn', 300),
    tiers('5.2', 'Tỷ lệ cán bộ, công chức được bồi dưỡng theo kế hoạch', 200),
    levels('5.3', 'Đánh giá, xếp loại cán bộ, công chức đúng quy định', 200),
    deduction('5.4', 'Cán bộ, công chức bị xử lý kỷ luật', 200, 100),
  ]),
  area('6', FINANCE, [
    tiers('6.1', 'Tỷ lệ thu ngân sách xã so với dự toán', 300),
    yesNo('6.2', 'Công khai dự toán, quyết toán ngân sách xã', 200),
    levels('6.3', 'Quản lý tài sản công, quỹ đất công ích đúng quy định', 200),
  ]),
  area('7', DIGITAL, [
    tiers('7.1', 'Tỷ lệ văn bản điện tử có chữ ký số', 250),
    share('7.2', 'Tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình', 300),
    share('7.3', 'Tỷ lệ hồ sơ có thanh toán trực tuyến', 200),
    levels('7.4', 'Cập nhật cơ sở dữ liệu hộ tịch, dân cư', 250),
  ]),
  area('8', IMPACT, [
    tiers('8.1', 'Tỷ lệ chỉ tiêu phát triển kinh tế - xã hội của xã đạt và vượt', 300),
    levels('8.2', 'Giải quyết khiếu nại, tố cáo tại cơ sở', 200),
    manual('8.3', 'Bảo đảm an ninh, trật tự an toàn xã hội ở cơ sở', 200),
  ]),
  surveyPart([
    survey('9.1', 'Đánh giá của lãnh đạo UBND cấp huyện', 1000),
    survey('9.2', 'Đánh giá của cán bộ, công chức cấp xã', 500),
    survey('9.3', 'Sự hài lòng của người dân, tổ chức (SIPAS)', 1500),
  ]),
  ...BONUS_PENALTY,
];

/**
 * Xã, phường, đặc khu of a two-level year (from 1 July 2025), appraised by the province: scores
 * running the new model — the commune public-administration service centre, the one-stop shop
 * without administrative boundaries, digital records — and settling in after the merger.
 */
export const COMMUNE_CRITERIA_TWO_LEVEL: NodeSpec[] = [
  area('1', LEADERSHIP, [
    yesNo('1.1', 'Ban hành kế hoạch CCHC năm đúng thời hạn', 150),
    tiers('1.2', 'Tỷ lệ nhiệm vụ trong kế hoạch CCHC được hoàn thành', 200),
    levels('1.3', 'Chất lượng báo cáo CCHC định kỳ (đủ nội dung, số liệu chính xác)', 150),
    count('1.4', 'Số hoạt động tuyên truyền CCHC', 150, 50),
    levels('1.5', 'Ban hành quy chế làm việc, phân công nhiệm vụ vận hành chính quyền địa phương hai cấp', 150),
    manual('1.6', 'Trách nhiệm của Chủ tịch UBND cấp xã trong chỉ đạo, điều hành CCHC', 200),
  ]),
  area('2', INSTITUTIONS, [
    yesNo('2.1', 'Ban hành văn bản quy phạm pháp luật thuộc thẩm quyền được phân quyền, phân cấp đúng quy định', 200),
    share('2.2', 'Tỷ lệ văn bản của các xã trước sắp xếp được rà soát, sửa đổi, thay thế', 150),
    levels('2.3', 'Tổ chức thi hành pháp luật, hòa giải ở cơ sở', 150),
  ]),
  area('3', PROCEDURES, [
    area('3.1', 'Trung tâm phục vụ hành chính công cấp xã', [
      yesNo('3.1.1', 'Thành lập, bố trí trụ sở, trang thiết bị của Trung tâm theo quy định', 200),
      levels('3.1.2', 'Bố trí công chức làm việc tại Trung tâm đủ số lượng, đúng vị trí việc làm', 200),
      yesNo('3.1.3', 'Tiếp nhận hồ sơ không phụ thuộc địa giới hành chính', 200),
    ]),
    tiers('3.2', 'Công khai thủ tục hành chính tại Trung tâm và trên Cổng dịch vụ công', 200),
    tiers('3.3', 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn', 300),
    deduction('3.4', 'Hồ sơ trễ hạn không có văn bản xin lỗi người dân, tổ chức', 150, 25),
    area('3.5', 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', [
      share('3.5.1', 'Tỷ lệ hồ sơ được số hóa khi tiếp nhận', 200),
      share('3.5.2', 'Tỷ lệ kết quả giải quyết được số hóa, lưu trữ điện tử', 150),
    ]),
    share('3.6', 'Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn', 200),
  ]),
  area('4', ORGANISATION, [
    yesNo('4.1', 'Kiện toàn các phòng chuyên môn và đơn vị sự nghiệp của UBND xã theo quy định', 200),
    levels('4.2', 'Bố trí cán bộ, công chức sau sắp xếp theo vị trí việc làm', 200),
    levels('4.3', 'Thực hiện nhiệm vụ được phân quyền, phân cấp từ cấp tỉnh và cấp huyện trước đây', 200),
  ]),
  area('5', CIVIL_SERVICE, [
    tiers('5.1', 'Tỷ lệ cán bộ, công chức đạt chuẩn theo vị trí việc làm', 250),
    tiers('5.2', 'Tỷ lệ cán bộ, công chức được bồi dưỡng nghiệp vụ vận hành chính quyền hai cấp', 200),
    levels('5.3', 'Đánh giá, xếp loại cán bộ, công chức đúng quy định', 150),
    deduction('5.4', 'Cán bộ, công chức bị xử lý kỷ luật', 200, 100),
  ]),
  area('6', FINANCE, [
    tiers('6.1', 'Tỷ lệ thu ngân sách xã so với dự toán', 200),
    share('6.2', 'Tỷ lệ thực hiện dự toán chi thường xuyên', 200),
    yesNo('6.3', 'Tiếp nhận, bàn giao và quản lý tài sản công sau sắp xếp đúng quy định', 200),
  ]),
  area('7', DIGITAL, [
    levels('7.1', 'Hạ tầng, thiết bị số của Trung tâm, kết nối Hệ thống thông tin giải quyết TTHC của tỉnh', 200),
    share('7.2', 'Tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình', 300),
    share('7.3', 'Tỷ lệ hồ sơ có thanh toán trực tuyến', 200),
    tiers('7.4', 'Tỷ lệ văn bản điện tử có chữ ký số', 150),
    manual('7.5', 'Bảo đảm an toàn thông tin mạng', 150),
  ]),
  area('8', IMPACT, [
    tiers('8.1', 'Tỷ lệ chỉ tiêu phát triển kinh tế - xã hội của xã đạt và vượt', 300),
    levels('8.2', 'Giải quyết khiếu nại, tố cáo tại cơ sở', 200),
    manual('8.3', 'Ổn định đời sống, an ninh trật tự sau sắp xếp đơn vị hành chính', 200),
  ]),
  surveyPart([
    survey('9.1', 'Đánh giá của đại biểu HĐND, lãnh đạo các cơ quan cấp tỉnh', 800),
    survey('9.2', 'Đánh giá của cán bộ, công chức cấp xã', 700),
    survey('9.3', 'Sự hài lòng của người dân, tổ chức tại Trung tâm phục vụ hành chính công (SIPAS)', 1500),
  ]),
  ...BONUS_PENALTY,
];

/**
 * Xã, phường, thị trấn of a large province (three-level years), in the detail real provinces issue
 * for a thousand communes: the same eight areas split into sub-areas (the one-stop shop, digital
 * records, discipline of the civil service, digital government) down to 82 leaves — the size
 * issue 9 measured. Not given to a demo group; what `pnpm bench` and the size tests score.
 */
export const LARGE_PROVINCE_COMMUNE_CRITERIA: NodeSpec[] = [
  area('1', LEADERSHIP, [
    annualPlan('1.1', [100, 100]),
    area('1.2', 'Báo cáo cải cách hành chính', [
      levels('1.2.1', 'Chất lượng báo cáo CCHC định kỳ (đủ nội dung, số liệu chính xác)', 100),
      yesNo('1.2.2', 'Gửi đủ các báo cáo CCHC theo yêu cầu của UBND cấp huyện', 50),
    ]),
    tiers('1.3', 'Tỷ lệ thôn, tổ dân phố được hướng dẫn, kiểm tra công tác CCHC', 100),
    area('1.4', 'Tuyên truyền cải cách hành chính', [
      count('1.4.1', 'Số hoạt động tuyên truyền CCHC', 100, 50),
      yesNo('1.4.2', 'Tuyên truyền CCHC trên hệ thống truyền thanh cơ sở', 50),
    ]),
    tiers('1.5', 'Tỷ lệ nhiệm vụ UBND cấp huyện giao được hoàn thành đúng hạn', 150),
    manual('1.6', 'Trách nhiệm của Chủ tịch UBND cấp xã trong chỉ đạo, điều hành CCHC', 150),
    levels('1.7', 'Tổ chức đối thoại của Chủ tịch UBND cấp xã với người dân', 50),
  ]),
  area('2', INSTITUTIONS, [
    tiers('2.1', 'Tỷ lệ nghị quyết, quyết định của HĐND, UBND cấp xã ban hành đúng trình tự, thủ tục', 150),
    yesNo('2.2', 'Tự kiểm tra, rà soát văn bản do HĐND, UBND cấp xã ban hành', 100),
    share('2.3', 'Tỷ lệ văn bản trái pháp luật được xử lý sau kiểm tra, rà soát', 100),
    area('2.4', 'Tổ chức thi hành pháp luật', [
      levels('2.4.1', 'Phổ biến, giáo dục pháp luật tại cơ sở', 100),
      tiers('2.4.2', 'Tỷ lệ vụ việc hòa giải ở cơ sở thành công', 100),
      yesNo('2.4.3', 'Đạt chuẩn tiếp cận pháp luật', 100),
    ]),
    deduction('2.5', 'Văn bản của UBND cấp xã bị cơ quan có thẩm quyền kết luận trái pháp luật', 50, 25),
  ]),
  area('3', PROCEDURES, [
    area('3.1', 'Công bố, công khai thủ tục hành chính', [
      yesNo('3.1.1', 'Niêm yết công khai thủ tục hành chính tại Bộ phận một cửa cấp xã', 100),
      tiers('3.1.2', 'Tỷ lệ thủ tục hành chính được công khai đầy đủ trên Cổng dịch vụ công', 100),
    ]),
    area('3.2', 'Hoạt động của Bộ phận một cửa cấp xã', [
      yesNo('3.2.1', 'Bố trí trụ sở, trang thiết bị của Bộ phận một cửa theo quy định', 100),
      levels('3.2.2', 'Bố trí công chức tại Bộ phận một cửa đúng quy định', 100),
      yesNo('3.2.3', 'Tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích', 50),
    ]),
    area('3.3', 'Kết quả giải quyết thủ tục hành chính', [
      tiers('3.3.1', 'Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn', 150),
      tiers('3.3.2', 'Tỷ lệ hồ sơ chứng thực, hộ tịch giải quyết đúng hạn', 100),
      deduction('3.3.3', 'Hồ sơ trễ hạn không có văn bản xin lỗi người dân, tổ chức', 100, 25),
      deduction('3.3.4', 'Yêu cầu thành phần hồ sơ ngoài quy định', 50, 25),
    ]),
    area('3.4', 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', [
      share('3.4.1', 'Tỷ lệ hồ sơ được số hóa khi tiếp nhận', 100),
      share('3.4.2', 'Tỷ lệ kết quả giải quyết được số hóa, lưu trữ điện tử', 100),
      share('3.4.3', 'Tỷ lệ kết quả số hóa được khai thác, sử dụng lại', 50),
    ]),
    share('3.5', 'Tỷ lệ phản ánh, kiến nghị về quy định hành chính được xử lý đúng hạn', 100),
    yesNo('3.6', 'Công khai kết quả giải quyết hồ sơ trên Cổng dịch vụ công', 50),
  ]),
  area('4', ORGANISATION, [
    yesNo('4.1', 'Thực hiện quy chế làm việc của UBND cấp xã', 100),
    yesNo('4.2', 'Bố trí số lượng cán bộ, công chức cấp xã đúng quy định', 50),
    yesNo('4.3', 'Sắp xếp thôn, tổ dân phố theo quy định', 100),
    levels('4.4', 'Thực hiện nhiệm vụ được UBND cấp huyện phân cấp, ủy quyền', 150),
    manual('4.5', 'Quản lý người hoạt động không chuyên trách ở cấp xã, thôn, tổ dân phố', 100, true),
    levels('4.6', 'Thực hiện quy chế dân chủ ở cơ sở', 100),
    yesNo('4.7', 'Kiện toàn tổ công tác CCHC của UBND cấp xã', 50),
    levels('4.8', 'Thực hiện công tác văn thư, lưu trữ đúng quy định', 50),
  ]),
  area('5', CIVIL_SERVICE, [
    area('5.1', 'Vị trí việc làm và cơ cấu cán bộ, công chức', [
      yesNo('5.1.1', 'Xây dựng vị trí việc làm của cán bộ, công chức cấp xã', 100),
      tiers('5.1.2', 'Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn theo vị trí việc làm', 150),
    ]),
    area('5.2', 'Tuyển dụng, sử dụng và quản lý cán bộ, công chức', [
      deduction('5.2.1', 'Tuyển dụng, bố trí công chức cấp xã sai quy định', 100, 50),
      levels('5.2.2', 'Đánh giá, xếp loại cán bộ, công chức đúng quy định', 100),
      yesNo('5.2.3', 'Thực hiện chế độ, chính sách đối với cán bộ, công chức', 50),
    ]),
    area('5.3', 'Đào tạo, bồi dưỡng', [
      tiers('5.3.1', 'Tỷ lệ cán bộ, công chức được bồi dưỡng theo kế hoạch', 100),
      tiers('5.3.2', 'Tỷ lệ công chức được bồi dưỡng kỹ năng số', 50),
    ]),
    area('5.4', 'Kỷ luật, kỷ cương hành chính', [
      deduction('5.4.1', 'Cán bộ, công chức bị xử lý kỷ luật', 100, 100),
      levels('5.4.2', 'Chấp hành giờ giấc, văn hóa công vụ', 100),
      deduction('5.4.3', 'Phản ánh về thái độ, tác phong của cán bộ, công chức được xác minh đúng', 50, 25),
    ]),
  ]),
  area('6', FINANCE, [
    tiers('6.1', 'Tỷ lệ thu ngân sách xã so với dự toán', 150),
    share('6.2', 'Tỷ lệ thực hiện dự toán chi thường xuyên', 100),
    yesNo('6.3', 'Công khai ngân sách xã theo quy định', 100),
    yesNo('6.4', 'Quản lý, sử dụng tài sản công đúng quy định', 100),
    share('6.5', 'Tỷ lệ kiến nghị kiểm toán, thanh tra tài chính được thực hiện', 100),
    yesNo('6.6', 'Quản lý quỹ đất công ích, hoa lợi công sản đúng quy định', 100, true),
    deduction('6.7', 'Sai phạm về quản lý tài chính, ngân sách được kết luận', 50, 25),
  ]),
  area('7', DIGITAL, [
    area('7.1', 'Hạ tầng và nền tảng số', [
      levels('7.1.1', 'Hạ tầng, thiết bị số phục vụ Bộ phận một cửa và điều hành', 100),
      yesNo('7.1.2', 'Sử dụng hệ thống quản lý văn bản và điều hành liên thông', 100),
      tiers('7.1.3', 'Tỷ lệ văn bản điện tử có chữ ký số', 100),
    ]),
    area('7.2', 'Dịch vụ công trực tuyến', [
      share('7.2.1', 'Tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình', 150),
      share('7.2.2', 'Tỷ lệ hồ sơ có thanh toán trực tuyến', 100),
      share('7.2.3', 'Tỷ lệ hồ sơ trực tuyến được hỗ trợ nộp tại Bộ phận một cửa', 50),
    ]),
    area('7.3', 'Dữ liệu số', [
      levels('7.3.1', 'Cập nhật cơ sở dữ liệu hộ tịch, dân cư', 100),
      tiers('7.3.2', 'Tỷ lệ hồ sơ khai thác dữ liệu từ Cơ sở dữ liệu quốc gia về dân cư', 100),
    ]),
    manual('7.4', 'Bảo đảm an toàn thông tin mạng', 100),
    count('7.5', 'Số tổ công nghệ số cộng đồng hoạt động hiệu quả', 100, 25),
  ]),
  area('8', IMPACT, [
    tiers('8.1', 'Tỷ lệ chỉ tiêu phát triển kinh tế - xã hội của xã đạt và vượt', 200),
    levels('8.2', 'Giải quyết khiếu nại, tố cáo tại cơ sở', 150),
    manual('8.3', 'Bảo đảm an ninh, trật tự an toàn xã hội ở cơ sở', 100),
    tiers('8.4', 'Tỷ lệ giảm hộ nghèo so với kế hoạch', 100),
    yesNo('8.5', 'Duy trì đạt chuẩn nông thôn mới hoặc đô thị văn minh', 100),
    share('8.6', 'Tỷ lệ người dân tham gia bảo hiểm y tế', 50),
    tiers('8.7', 'Tỷ lệ rác thải sinh hoạt được thu gom, xử lý', 50),
    levels('8.8', 'Môi trường kinh doanh thuận lợi cho hộ kinh doanh trên địa bàn', 50),
  ]),
  surveyPart([
    survey('9.1', 'Đánh giá của đại biểu HĐND, lãnh đạo UBND cấp huyện', 700),
    survey('9.2', 'Đánh giá của cán bộ, công chức cấp xã', 400),
    survey('9.3', 'Sự hài lòng của người dân, tổ chức (SIPAS)', 1200),
    survey('9.4', 'Sự hài lòng của người dân về dịch vụ y tế, giáo dục công trên địa bàn', 400),
    survey('9.5', 'Đánh giá của doanh nghiệp, hộ kinh doanh trên địa bàn', 300),
  ]),
  ...BONUS_PENALTY,
];

/** The set a demo year gives each default group. */
export function demoCriteriaFor(model: 'THREE_LEVEL' | 'TWO_LEVEL', groupCode: string): NodeSpec[] {
  if (groupCode === 'DEPARTMENTS') return DEPARTMENT_CRITERIA;
  if (groupCode === 'DISTRICTS') return DISTRICT_CRITERIA;
  return model === 'THREE_LEVEL' ? COMMUNE_CRITERIA_THREE_LEVEL : COMMUNE_CRITERIA_TWO_LEVEL;
}

/** The fullest demo set (districts: every method, N/A leaves, 45 leaves): what the bench's real-data sections score. */
export const DEMO_CRITERIA = DISTRICT_CRITERIA;
