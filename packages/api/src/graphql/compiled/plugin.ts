import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestContextResponseForOperation, type GraphQLResponse } from '@apollo/server';
import { getVariableValues, Kind, OperationTypeNode, type FragmentDefinitionNode } from 'graphql';
import type { Logger } from 'pino';
import { sameSessionActor, type SessionActor } from '../../access/session-hints';
import { isDatabaseUnavailableError } from '../../database/availability';
import { actorOfSessionRow, sessionActorSql, type SessionActorRow } from '../../modules/account/account.service';
import { readerFor } from '../../database/read-routing';
import type { Context } from '../context';
import { CompiledReadCache } from './cache';
import { compileRead, type CompiledRead, type Who } from './compile';
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
 * mutation and every caller that may not read. A caller taken from a session hint (ADR 0019) is
 * checked in the same statement: the answer is sent only when the session still names that caller;
 * otherwise the caller is settled to what it names now and the read runs again as that one.
 */
export function compiledReadsPlugin(options: {
  /** The model (model.ts), once the database is open; undefined while starting and when COMPILED_READS=false. */
  model: () => Readonly<Record<string, TypeModel>> | undefined;
  preparedStatements: boolean;
  logger: Logger;
}): ApolloServerPlugin<Context> {
  // Each read with its session-checking variant, made once with it (the text is also the prepared statement's key).
  const compiled = new CompiledReadCache<CompiledRead & { withSession: string }>();
  const statements = new CompiledStatements({ enabled: options.preparedStatements, maxNames: MAX_PREPARED, threshold: 2 });
  /** The compiled answer to the request's operation, or null for the resolvers. */
  const answer = async (request: GraphQLRequestContextResponseForOperation<Context>, model: Readonly<Record<string, TypeModel>>): Promise<GraphQLResponse | null> => {
    const { contextValue: ctx, operation, document, schema } = request;
    // The public, platform operators (every row, nothing suppressed), and staff and API keys with
    // READ of a municipality (its rows, and others' public ones); a key without READ reads nothing.
    const { actor } = ctx.access;
    const reader: Who | null =
      actor.kind === 'anonymous' ? 'public' : actor.kind === 'operator' ? 'all' : ctx.access.mayRead && ctx.access.municipalityId ? { member: ctx.access.municipalityId } : null;
    // No operation (an unknown operation name, say): execution answers with its error.
    if (!reader || operation?.operation !== OperationTypeNode.QUERY) return null;
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.request.variables ?? {});
    if (coerced.errors) return null;
    const read = compiled.read(document, operation, reader, coerced.coerced, () => {
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const definition of document.definitions) if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
      try {
        const read = compileRead(schema, operation, fragments, coerced.coerced, model, ctx.services, reader);
        return { ...read, withSession: withSession(read.sql, read.parameters.length + 1) };
      } catch (error) {
        // NotCompiled, or an argument the resolvers will refuse with their own error.
        if (!(error instanceof NotCompiled)) options.logger.debug({ err: error }, 'compiled read: left to the resolvers');
        return null;
      }
    });
    if (!read) return null;
    // A caller from a session hint: the session is looked up in the same statement, in the read's snapshot.
    const session = ctx.access.unconfirmedSession;
    let row: { body: string; session?: SessionActorRow | null } | undefined;
    try {
      [row] = session
        ? await statements.query<{ body: string; session: SessionActorRow | null }>(readerFor(ctx.access.dataSource), read.withSession, [...read.parameters, session.tokenHash])
        : await statements.query<{ body: string }>(readerFor(ctx.access.dataSource), read.sql, read.parameters);
    } catch (error) {
      // The resolvers answer with the error a client should see (DATABASE_UNAVAILABLE, say). A
      // statement that fails while the database is there is a fault of the compiler: said loudly.
      if (isDatabaseUnavailableError(error)) options.logger.debug({ err: error }, 'compiled read failed: the database is away');
      else options.logger.error({ err: error, sql: read.sql }, 'compiled read failed: answered by the resolvers instead');
      return null;
    }
    if (session) {
      const found = actorOfSessionRow(row?.session);
      const hinted = actor as SessionActor;
      ctx.access.settle(found);
      // The session names another caller now, or none: read again as that one.
      if (!sameSessionActor(found, hinted)) return answer(request, model);
    }
    if (row?.body === undefined) return null;
    const data = JSON.parse(row.body) as Record<string, unknown>;
    if (!read.check(data)) return null;
    return { http: { status: undefined, headers: new HeaderMap() }, body: { kind: 'single', singleResult: { data } } };
  };

  return {
    async requestDidStart() {
      const model = options.model();
      if (!model) return;
      return { responseForOperation: (request) => answer(request, model) };
    },
  };
}

/**
 * A compiled statement (`WITH <levels> SELECT json_build_object(…)::text AS body`, compile.ts) that
 * also returns the session of the token hash in parameter `hash` as the column `session`.
 */
function withSession(sql: string, hash: number): string {
  if (!sql.startsWith('WITH ') || !sql.endsWith(' AS body')) throw new Error('withSession: not a compiled statement');
  return `WITH _session AS MATERIALIZED (${sessionActorSql(`$${hash}`)}),\n${sql.slice('WITH '.length)}, (SELECT row_to_json(_session) FROM _session) AS session`;
}
