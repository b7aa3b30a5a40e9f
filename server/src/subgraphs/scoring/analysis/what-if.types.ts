import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ClassificationInfo } from '../results/results.types';

@ObjectType('WhatIfLeaf', { simpleResolvers: true })
export class WhatIfLeaf {
  @Field() code: string;
  @Field() title: string;
}

@ObjectType('WhatIfLeafChange', { simpleResolvers: true, description: 'Tiêu chí có trong cả hai bộ nhưng đổi điểm tối đa hoặc cách chấm.' })
export class WhatIfLeafChange {
  @Field() code: string;
  @Field() title: string;
  @Field(() => Float) oldMax: number;
  @Field(() => Float) newMax: number;
  @Field(() => String, { nullable: true }) oldMethod: string | null;
  @Field(() => String, { nullable: true }) newMethod: string | null;
}

@ObjectType('WhatIfRow', { simpleResolvers: true, description: 'Một đơn vị: kết quả hiện tại và kết quả nếu chấm theo bộ dự thảo.' })
export class WhatIfRow {
  @Field(() => ID) unitId: string;
  @Field() unitName: string;
  @Field(() => Float, { nullable: true }) index: number | null;
  @Field(() => Int, { nullable: true }) rank: number | null;
  @Field(() => ClassificationInfo, { nullable: true }) classification: ClassificationInfo | null;
  @Field(() => Float, { nullable: true }) simulatedIndex: number | null;
  @Field(() => Int, { nullable: true }) simulatedRank: number | null;
  @Field(() => ClassificationInfo, { nullable: true }) simulatedClassification: ClassificationInfo | null;
  @Field(() => Float, { nullable: true, description: 'Chỉ số thử − chỉ số hiện tại (điểm %).' }) indexDelta: number | null;
  @Field(() => Int, { nullable: true, description: 'Số bậc tăng (dương) hoặc giảm (âm).' }) rankDelta: number | null;
}

@ObjectType('WhatIfSummary', { simpleResolvers: true })
export class WhatIfSummary {
  @Field(() => Int) unitCount: number;
  @Field(() => Float, { nullable: true }) averageIndex: number | null;
  @Field(() => Float, { nullable: true }) simulatedAverageIndex: number | null;
  @Field(() => Int) movedUp: number;
  @Field(() => Int) movedDown: number;
  @Field(() => Int, { description: 'Số đơn vị đổi xếp loại.' }) classificationChanged: number;
}

@ObjectType('WhatIfResult', {
  simpleResolvers: true,
  description: 'Thử trọng số: chấm lại phiếu của năm này theo bộ chỉ số dự thảo, chỉ trong bộ nhớ (không ghi kết quả, không ghi nhật ký).',
})
export class WhatIfResult {
  @Field(() => Int) year: number;
  @Field(() => Int) draftYear: number;
  @Field() groupName: string;
  @Field() draftGroupName: string;
  @Field(() => [WhatIfLeaf], { description: 'Tiêu chí của năm này không có trong bộ dự thảo (điểm bị bỏ).' }) removed: WhatIfLeaf[];
  @Field(() => [WhatIfLeaf], { description: 'Tiêu chí mới của bộ dự thảo (chưa có điểm, tính 0).' }) added: WhatIfLeaf[];
  @Field(() => [WhatIfLeafChange]) changed: WhatIfLeafChange[];
  @Field(() => WhatIfSummary) summary: WhatIfSummary;
  @Field(() => [WhatIfRow], { description: 'Theo thứ hạng thử.' }) rows: WhatIfRow[];
}
