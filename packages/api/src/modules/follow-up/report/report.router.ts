import { PassThrough } from 'node:stream';
import express, { type Request, type Response, type Router } from 'express';
import type { Access } from '../../../access/access';
import { csvLine } from '../../../open-data/http';
import type { Services } from '../../../services';
import { loadRoundReport, type RoundReport } from './report.data';
import { writeReportPdf } from './report.pdf';
import { NUMBER_COLUMNS, REPORT_COLUMNS, reportFileName, reportRows } from './report.table';
import { writeReportXlsx } from './report.xlsx';

/**
 * GET /reports/rounds/:id.pdf | .xlsx | .csv: the follow-up report of a reporting round, made by the
 * server (issue 13). `:id` is the round's GraphQL global id. The caller is who `authenticate` found
 * (session cookie or Bearer API key, or anonymous), and the report is read through the GraphQL schema
 * with that caller's Access (report.data.ts): so a round the caller may not read through GraphQL is
 * 404, word for word as an id that does not exist.
 */

const TYPES = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8; header=present',
} as const;
type Format = keyof typeof TYPES;

const FILE = /^([A-Za-z0-9_-]{1,200})\.(pdf|xlsx|csv)$/;

/** Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 6266, RFC 8187). */
export function contentDisposition(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

function notFound(res: Response): void {
  res.status(404).json({ errors: [{ message: 'No such report.', extensions: { code: 'NOT_FOUND' } }] });
}

async function write(format: Format, report: RoundReport, res: Response): Promise<void> {
  if (format === 'csv') {
    // UTF-8 with a byte order mark, so that spreadsheet programs read å, ä, ö right; CSV-injection-safe as open data.
    let body = `\ufeff${csvLine(REPORT_COLUMNS)}`;
    const numeric = new Set(REPORT_COLUMNS.flatMap((column, index) => (NUMBER_COLUMNS.has(column) ? [index] : [])));
    for (const row of reportRows(report))
      body += csvLine(
        REPORT_COLUMNS.map((column) => (row[column] === null ? null : String(row[column]))),
        numeric,
      );
    res.end(body);
    return;
  }
  // Built in memory first, so that a failure is a 500 and not half a file (reports are small).
  const buffer = new PassThrough();
  const chunks: Buffer[] = [];
  const ended = new Promise<void>((resolve, reject) => {
    buffer.on('data', (chunk: Buffer) => chunks.push(chunk));
    buffer.once('end', resolve);
    buffer.once('error', reject);
  });
  if (format === 'pdf') await writeReportPdf(report, buffer);
  else await writeReportXlsx(report, buffer);
  if (!buffer.writableEnded) buffer.end();
  await ended;
  res.end(Buffer.concat(chunks));
}

export function reportsRouter(options: { services: () => Services }): Router {
  const router = express.Router();
  router.get('/rounds/:file', async (req: Request, res: Response, next) => {
    try {
      const match = FILE.exec(String(req.params.file));
      if (!match) return notFound(res);
      const [, id, format] = match as unknown as [string, string, Format];
      const access = res.locals.access as Access;
      const report = await loadRoundReport(options.services(), access, id, String(res.locals.requestId ?? ''));
      if (!report) return notFound(res);
      res.setHeader('Content-Type', TYPES[format]);
      res.setHeader('Content-Disposition', contentDisposition(reportFileName(report, format)));
      // What a report holds depends on who asks: never in a shared cache.
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('Vary', 'Cookie, Authorization');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      await write(format, report, res);
    } catch (error) {
      next(error);
    }
  });
  return router;
}
