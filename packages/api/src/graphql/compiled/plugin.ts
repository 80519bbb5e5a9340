import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { getVariableValues, Kind, OperationTypeNode, type FragmentDefinitionNode } from 'graphql';
import type { Logger } from 'pino';
import { isDatabaseUnavailableError } from '../../database/availability';
import { readerFor } from '../../database/read-routing';
import type { Context } from '../context';
import { CompiledReadCache } from './cache';
import { compileRead, type Who } from './compile';
import { NotCompiled, type TypeModel } from './model';
import { CompiledStatements } from './statements';

/** Named prepared statements per connection, at most (PgBouncer's max_prepared_statements must be at least this). */
export const MAX_PREPARED = 100;

/**
 * Answers the queries that the model knows (model.ts) with ONE SQL statement (compile.ts) instead
 * of the resolvers: after parsing, validation, the input guard and the query limits have run
 * (responseForOperation comes after didResolveOperation), and before execution; only root fields
 * whose access rule is public compile. Whatever is not compiled, or whose compiled answer would
 * need an error of the resolvers (a null in a non-null place), is executed as before; so is every
 * mutation and every caller that may not read.
 */
export function compiledReadsPlugin(options: {
  /** The model (model.ts), once the database is open; undefined while starting and when COMPILED_READS=false. */
  model: () => Readonly<Record<string, TypeModel>> | undefined;
  preparedStatements: boolean;
  logger: Logger;
}): ApolloServerPlugin<Context> {
  const compiled = new CompiledReadCache();
  const statements = new CompiledStatements({ enabled: options.preparedStatements, maxNames: MAX_PREPARED, threshold: 2 });
  return {
    async requestDidStart() {
      const model = options.model();
      if (!model) return;
      return {
        async responseForOperation(request) {
          const { contextValue: ctx, operation, document, schema } = request;
          // The public, platform operators (every row, nothing suppressed), and staff and API keys with
          // READ of a municipality (its rows, and others' public ones); a key without READ reads nothing.
          const { actor } = ctx.access;
          const reader: Who | null =
            actor.kind === 'anonymous'
              ? 'public'
              : actor.kind === 'operator'
                ? 'all'
                : ctx.access.mayRead && ctx.access.municipalityId
                  ? { member: ctx.access.municipalityId }
                  : null;
          // No operation (an unknown operation name, say): execution answers with its error.
          if (!reader || operation?.operation !== OperationTypeNode.QUERY) return null;
          const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.request.variables ?? {});
          if (coerced.errors) return null;
          const read = compiled.read(document, operation, reader, coerced.coerced, () => {
            const fragments: Record<string, FragmentDefinitionNode> = {};
            for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
            try {
              return compileRead(schema, operation, fragments, coerced.coerced, model, ctx.services, reader);
            } catch (error) {
              // NotCompiled, or an argument the resolvers will refuse with their own error.
              if (!(error instanceof NotCompiled)) options.logger.debug({ err: error }, 'compiled read: left to the resolvers');
              return null;
            }
          });
          if (!read) return null;
          let body: string | undefined;
          try {
            const rows = await statements.query<{ body: string }>(readerFor(ctx.access.dataSource), read.sql, read.parameters);
            body = rows[0]?.body;
          } catch (error) {
            // The resolvers answer with the error a client should see (DATABASE_UNAVAILABLE, say). A
            // statement that fails while the database is there is a fault of the compiler: said loudly.
            if (isDatabaseUnavailableError(error)) options.logger.debug({ err: error }, 'compiled read failed: the database is away');
            else options.logger.error({ err: error, sql: read.sql }, 'compiled read failed: answered by the resolvers instead');
            return null;
          }
          if (body === undefined) return null;
          const data = JSON.parse(body) as Record<string, unknown>;
          if (!read.check(data)) return null;
          return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data } } };
        },
      };
    },
  };
}
