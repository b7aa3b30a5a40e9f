import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { OrgContext } from '../org-context';
import { importUnits } from './unit-import.service';
import { ImportReport, ImportUnitsInput } from './unit-import.types';

@Resolver()
export class UnitImportResolver {
  @Mutation(() => ImportReport, {
    description:
      'Nhập đơn vị hành chính thực của tỉnh mình (PROVINCE_ADMIN); nhập lại không thay đổi gì. Adds standard departments and predecessor links.',
  })
  async importUnits(@Ctx() ctx: OrgContext, @Arg('input', () => ImportUnitsInput) input: ImportUnitsInput): Promise<ImportReport> {
    const { dataset, provinceCode, created, unchanged, updated, linked, unmatched, ambiguous } = await importUnits(ctx, input);
    return { dataset, provinceCode, created, unchanged, updated, linked, unmatched, ambiguous };
  }
}
