import { createHash } from 'node:crypto';
import type { Writable } from 'node:stream';
import zlib from 'node:zlib';
import type { Request, Response } from 'express';

/**
 * HTTP for open data: validators (ETag, Last-Modified) and 304, Cache-Control for shared caches,
 * gzip, CORS, licence headers, and writing a body in chunks with backpressure.
 */

/** Bump when a representation changes shape, so that caches drop what they hold. */
const FORMAT_VERSION = '1';

export interface Validators {
  etag: string;
  lastModified: Date;
}

/** A strong ETag from what the representation is computed from, per content coding. */
export function validators(parts: readonly string[], lastModified: Date, gzip: boolean): Validators {
  const hash = createHash('sha256')
    .update([FORMAT_VERSION, ...parts].join('\n'))
    .digest('base64url')
    .slice(0, 32);
  return { etag: `"${hash}${gzip ? '-gzip' : ''}"`, lastModified };
}

/** RFC 9110 §13.1: If-None-Match (weak comparison) wins; else If-Modified-Since at second precision. */
export function isNotModified(req: Request, { etag, lastModified }: Validators): boolean {
  const ifNoneMatch = req.get('if-none-match');
  if (ifNoneMatch !== undefined) {
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
    return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
  }
  const ifModifiedSince = req.get('if-modified-since');
  if (ifModifiedSince !== undefined) {
    const since = Date.parse(ifModifiedSince);
    return !Number.isNaN(since) && Math.floor(lastModified.getTime() / 1000) * 1000 <= since;
  }
  return false;
}

/** Whether the client takes gzip (and prefers it to identity). */
export function acceptsGzip(req: Request): boolean {
  return req.acceptsEncodings(['gzip', 'identity']) === 'gzip';
}

export interface OpenHeaders {
  contentType: string;
  validators: Validators;
  maxAgeSeconds: number;
  /** Licence URIs of what the body holds (Link rel="license"), with the attribution as their title. */
  licences: readonly string[];
  attribution: string;
  /** Header names the representation varies on besides Accept-Encoding. */
  vary?: string[];
  filename?: string;
  changedUntil?: string;
  /** The Data Package that describes the file (Link rel="describedby"). */
  describedBy?: string;
}

/** RFC 8187 ext-value for a UTF-8 parameter, e.g. title*=UTF-8''K%C3%A4lla. */
function extValue(text: string): string {
  return `UTF-8''${encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

export function setOpenHeaders(res: Response, headers: OpenHeaders, gzip: boolean): void {
  res.setHeader('Content-Type', headers.contentType);
  res.setHeader('ETag', headers.validators.etag);
  res.setHeader('Last-Modified', headers.validators.lastModified.toUTCString());
  res.setHeader('Cache-Control', `public, max-age=${headers.maxAgeSeconds}`);
  res.setHeader('Vary', ['Accept-Encoding', ...(headers.vary ?? [])].join(', '));
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Access-Control-Expose-Headers', 'ETag, Last-Modified, Link, X-Changed-Until, Content-Disposition');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  const links = headers.licences.map((uri) => `<${uri}>; rel="license"; title*=${extValue(headers.attribution)}`);
  if (headers.describedBy) links.push(`<${headers.describedBy}>; rel="describedby"; type="application/json"`);
  if (links.length) res.setHeader('Link', links.join(', '));
  if (headers.filename) res.setHeader('Content-Disposition', `inline; filename="${headers.filename}"`);
  if (headers.changedUntil) res.setHeader('X-Changed-Until', headers.changedUntil);
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
}

/** Answers 304 with the validators and caching headers only. */
export function sendNotModified(res: Response, headers: OpenHeaders): void {
  res.status(304);
  res.setHeader('ETag', headers.validators.etag);
  res.setHeader('Last-Modified', headers.validators.lastModified.toUTCString());
  res.setHeader('Cache-Control', `public, max-age=${headers.maxAgeSeconds}`);
  res.setHeader('Vary', ['Accept-Encoding', ...(headers.vary ?? [])].join(', '));
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.end();
}

/**
 * A sink for the body: the response itself, or a gzip stream in front of it. `write` waits while
 * the client is slower than the database (backpressure), so only a few chunks are ever in memory;
 * it throws when the client has gone away.
 */
export class BodySink {
  private readonly target: Writable;
  private closed = false;

  constructor(
    private readonly res: Response,
    gzip: boolean,
  ) {
    res.once('close', () => {
      this.closed = true;
    });
    if (gzip) {
      const compressor = zlib.createGzip({ level: 6 });
      compressor.pipe(res);
      this.target = compressor;
    } else {
      this.target = res;
    }
  }

  get gone(): boolean {
    return this.closed && !this.res.writableFinished;
  }

  async write(chunk: string): Promise<void> {
    if (this.gone) throw new ClientGoneError();
    if (!this.target.write(chunk)) await this.until(this.target, 'drain');
  }

  async end(chunk?: string): Promise<void> {
    if (this.gone) throw new ClientGoneError();
    const finished = this.until(this.res, 'finish');
    this.target.end(chunk);
    await finished;
  }

  /** Resolves on `event` of `emitter`; rejects if the response closes first. Leaves no listener behind. */
  private until(emitter: Writable, event: 'drain' | 'finish'): Promise<void> {
    return new Promise((resolve, reject) => {
      const done = () => {
        cleanup();
        resolve();
      };
      const gone = () => {
        cleanup();
        if (event === 'finish' && this.res.writableFinished) resolve();
        else reject(new ClientGoneError());
      };
      const cleanup = () => {
        emitter.off(event, done);
        this.res.off('close', gone);
      };
      emitter.once(event, done);
      this.res.once('close', gone);
    });
  }
}

export class ClientGoneError extends Error {
  constructor() {
    super('the client closed the connection');
  }
}

/**
 * A cell that a spreadsheet program would run as a formula (OWASP, "CSV Injection"): it begins with
 * `=`, `+`, `-` or `@` (after any spaces, which some programs skip), or with a tab or carriage return.
 */
const FORMULA = /^(\s*[=+\-@]|[\t\r])/;
/** A plain decimal number as PostgreSQL's numeric::text writes it. */
const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF, or begins or ends with a
 * space. CSV injection, as OWASP advises: a text cell that a spreadsheet would read as a formula
 * gets a single quote in front and is always quoted, so `=1+1` is written `"'=1+1"` and shown as
 * text. In a number column (`numeric`) a plain number, negative ones included, stays as it is, so
 * that -3 remains the number -3; anything else there is treated as text. The quote is part of the
 * data a CSV parser returns (documented in the README); the JSON files carry the text unchanged.
 */
export function csvField(value: string | null, numeric = false): string {
  if (value === null) return '';
  if (numeric && NUMBER.test(value)) return value;
  if (FORMULA.test(value)) return `"'${value.replace(/"/g, '""')}"`;
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One CSV record with CRLF; `numeric` holds the indexes of the number columns. */
export function csvLine(fields: ReadonlyArray<string | null>, numeric: ReadonlySet<number> = new Set()): string {
  return `${fields.map((field, index) => csvField(field, numeric.has(index))).join(',')}\r\n`;
}
