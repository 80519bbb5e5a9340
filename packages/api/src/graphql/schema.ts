import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { FocusAreaResolver } from '../modules/focus-area/focus-area.resolver';
import { GoalResolver } from '../modules/goal/goal.resolver';
import { IndicatorResolver } from '../modules/indicator/indicator.resolver';
import { MeasurementResolver } from '../modules/measurement/measurement.resolver';
import { MunicipalityResolver } from '../modules/municipality/municipality.resolver';
import { SteeringDocumentResolver } from '../modules/steering-document/steering-document.resolver';
import { NodeResolver } from './node.resolver';

export const RESOLVERS = [
  NodeResolver,
  MunicipalityResolver,
  SteeringDocumentResolver,
  FocusAreaResolver,
  GoalResolver,
  IndicatorResolver,
  MeasurementResolver,
] as const;

let cached: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process. */
export function getSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: RESOLVERS,
    validate: { forbidUnknownValues: false },
  });
  return cached;
}

/** The SDL as committed in packages/api/schema.graphql: sorted, so that diffs are readable. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}
