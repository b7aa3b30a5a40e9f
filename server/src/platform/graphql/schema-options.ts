import { DateTimeResolver } from 'graphql-scalars';
import type { BuildSchemaOptions } from 'type-graphql';
import { translateErrors } from '../errors/graphql-errors';

/** Options every subgraph builds its schema with. */
export const COMMON_SCHEMA_OPTIONS: Pick<BuildSchemaOptions, 'scalarsMap' | 'globalMiddlewares' | 'validate' | 'emitSchemaFile'> = {
  scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
  globalMiddlewares: [translateErrors],
  validate: false,
  emitSchemaFile: false,
};
