import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import express from 'express';
import { Kind, OperationTypeNode, parse, type DocumentNode } from 'graphql';
import { assertUtf8Body } from '../graphql/input-guard';
import { ApiKeyScope, StaffRole, type Actor } from '../access/actor';

/** Mutations whose request bodies may exceed the ordinary limit (bulk uploads). */
export const BULK_MUTATIONS: ReadonlySet<string> = new Set(['upsertMeasurements']);

export interface BodyLimits {
  /** Largest body of an ordinary request, in bytes. */
  maxBytes: number;
  /** Largest body of a request whose one operation is a bulk mutation, in bytes. */
  maxBulkBytes: number;
  /** Whether this caller may send bodies up to `maxBulkBytes` (runs after authentication); everyone else gets `maxBytes`. */
  mayUseBulkLimit: (req: Request, res: Response) => boolean;
}

/**
 * Who may send a bulk body: callers who may write measurements — an operator, a staff user who is
 * EDITOR or ADMIN, an API key with WRITE_MEASUREMENTS. Anyone else is refused at the ordinary
 * limit before more is read, so an anonymous caller cannot make the server parse megabytes.
 */
export function mayWriteMeasurements(actor: Actor): boolean {
  switch (actor.kind) {
    case 'operator':
      return true;
    case 'user':
      return actor.role === StaffRole.EDITOR || actor.role === StaffRole.ADMIN;
    case 'key':
      return actor.scopes.includes(ApiKeyScope.WRITE_MEASUREMENTS);
    default:
      return false;
  }
}

type WithLength = { bodyBytes?: number };

/** Whether the document holds one operation, a mutation, that selects only bulk mutation fields. */
export function isBulkMutation(document: DocumentNode): boolean {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1 || document.definitions.length !== 1) return false;
  const [operation] = operations;
  if (operation?.kind !== Kind.OPERATION_DEFINITION || operation.operation !== OperationTypeNode.MUTATION) return false;
  const fields = operation.selectionSet.selections;
  return fields.length > 0 && fields.every((field) => field.kind === Kind.FIELD && BULK_MUTATIONS.has(field.name.value));
}

function tooLarge(limit: number): { errors: Array<{ message: string; extensions: { code: string } }> } {
  return {
    errors: [{ message: `The request body is larger than ${Math.round(limit / 1024)} kB.`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }],
  };
}

/**
 * JSON bodies for /graphql: for callers who may write measurements up to `maxBulkBytes` are read,
 * but a body over `maxBytes` is refused (413) unless its one operation is a bulk mutation such as
 * upsertMeasurements; for everyone else reading stops at `maxBytes` (413). Nothing reaches
 * GraphQL (or the database) when a body is refused.
 */
export function graphqlBody(limits: BodyLimits): RequestHandler[] {
  const verify = (req: unknown, _res: unknown, buffer: Buffer, encoding: string) => {
    (req as WithLength).bodyBytes = buffer.length;
    assertUtf8Body(buffer, encoding);
  };
  const ordinary = express.json({ limit: limits.maxBytes, verify });
  const bulkCapable = express.json({ limit: Math.max(limits.maxBytes, limits.maxBulkBytes), verify });
  const json: RequestHandler = (req, res, next) => (limits.mayUseBulkLimit(req, res) ? bulkCapable : ordinary)(req, res, next);
  const check: RequestHandler = (req, res, next) => {
    const bytes = (req as WithLength).bodyBytes ?? 0;
    if (bytes <= limits.maxBytes) return next();
    const query: unknown = (req.body as { query?: unknown } | undefined)?.query;
    let bulk = false;
    if (typeof query === 'string') {
      try {
        bulk = isBulkMutation(parse(query, { noLocation: true }));
      } catch {
        bulk = false; // a syntax error is not a bulk mutation; the size answers first
      }
    }
    if (bulk && bytes <= limits.maxBulkBytes) return next();
    res.status(413).json(tooLarge(bulk ? limits.maxBulkBytes : limits.maxBytes));
  };
  return [json, check];
}

/** Answers body-parser's errors (too large, malformed JSON) as GraphQL-shaped JSON, without a stack. */
export const bodyErrorHandler: ErrorRequestHandler = (error: { status?: number; type?: string; limit?: number }, _req, res, next) => {
  if (res.headersSent || typeof error.status !== 'number' || error.status < 400 || error.status >= 500) return next(error);
  if (error.type === 'entity.too.large') {
    res.status(413).json(tooLarge(error.limit ?? 0));
    return;
  }
  const message = error.type === 'entity.parse.failed' ? 'The request body is not valid JSON.' : 'The request body could not be read.';
  res.status(error.status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
};
