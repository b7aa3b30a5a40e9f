import { DateTimeResolver } from 'graphql-scalars';
import type { BuildSchemaOptions } from 'type-graphql';

/** Options every subgraph builds its schema with. */
export const COMMON_SCHEMA_OPTIONS: Pick<BuildSchemaOptions, 'scalarsMap' | 'validate' | 'emitSchemaFile'> = {
  scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
  validate: false,
  emitSchemaFile: false,
};
