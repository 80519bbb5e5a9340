import 'reflect-metadata';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { applyAccessRules } from '../access/enforce';
import { MODULE_RESOLVERS } from '../modules/resolvers';
import { NodeResolver } from './node.resolver';

export const RESOLVERS = [NodeResolver, ...MODULE_RESOLVERS] as const;

let cached: Promise<GraphQLSchema> | undefined;

/** The executable schema, built once per process, with the access rules applied (access/enforce.ts). */
export function getSchema(): Promise<GraphQLSchema> {
  cached ??= buildSchema({
    resolvers: RESOLVERS,
    // skipMissingProperties would let null through to NOT NULL columns; optional fields say so explicitly.
    validate: { forbidUnknownValues: false, skipMissingProperties: false, stopAtFirstError: true },
  }).then(applyAccessRules);
  return cached;
}

/** The SDL as committed in packages/api/schema.graphql: sorted, so that diffs are readable. */
export async function printedSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await getSchema()))}\n`;
}
