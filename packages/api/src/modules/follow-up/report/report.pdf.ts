import path from 'node:path';
import { formatNumber } from '@inkludera/shared';
import PDFDocument from 'pdfkit';
import type { Writable } from 'node:stream';
import { assessmentsByGoal, type ReportGoal, type ReportIndicator, type ReportSexValue, type RoundReport } from './report.data';
import { ASSESSMENT_SV, GENDER_EQUAL_SV, ROUND_STATUS_SV, SEX_SV, STATUS_SV, UNIT_REPORT_STATUS_SV, periodWords } from './report.table';

/**
 * The follow-up report as a PDF made by the server with pdfkit (docs/adr/0015-report-pdf-library.md):
 * A4, a tagged PDF (structure tree with headings, paragraphs and tables with header cells, document
 * language Swedish, title shown), DejaVu Sans embedded (subset) so that å, ä, ö and every other
 * character come out right and the text can be extracted.
 */

const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const REGULAR = path.join(FONT_DIR, 'DejaVuSans.ttf');
const BOLD = path.join(FONT_DIR, 'DejaVuSans-Bold.ttf');

type Struct = ReturnType<PDFKit.PDFDocument['struct']>;

const UNIT_SUFFIX: Readonly<Record<string, string>> = { PERCENT: ' %', CURRENCY: ' kr' };

function number(value: number | null, indicator: ReportIndicator): string {
  if (value === null) return '–';
  return `${formatNumber(value, indicator.decimals, 'sv')}${UNIT_SUFFIX[indicator.unit] ?? ''}`;
}

export function writeReportPdf(report: RoundReport, out: Writable): Promise<void> {
  const title = `Uppföljning av ${report.steeringDocument.title}, ${periodWords(report.period)}`;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    pdfVersion: '1.7',
    tagged: true,
    lang: 'sv-SE',
    displayTitle: true,
    bufferPages: false,
    info: { Title: title, Author: report.steeringDocument.municipality.name, Subject: 'Uppföljningsrapport', Creator: 'Inkludera' },
  } as PDFKit.PDFDocumentOptions);
  const done = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('error', reject);
    doc.once('error', reject);
  });
  doc.pipe(out);
  doc.registerFont('regular', REGULAR);
  doc.registerFont('bold', BOLD);

  const root = doc.struct('Document');
  doc.addStructure(root);

  const text = (parent: Struct, type: string, content: string, options: { font?: 'regular' | 'bold'; size?: number; gap?: number } = {}) => {
    doc
      .font(options.font ?? 'regular')
      .fontSize(options.size ?? 10)
      .text(content, { structParent: parent, structType: type } as PDFKit.Mixins.TextOptions);
    if (options.gap) doc.moveDown(options.gap);
  };
  const heading = (level: 1 | 2 | 3 | 4, content: string) => {
    if (doc.y > doc.page.height - 140) doc.addPage();
    doc.moveDown(level === 1 ? 0 : 0.6);
    text(root, `H${level}`, content, { font: 'bold', size: ({ 1: 18, 2: 14, 3: 11.5, 4: 10 } as const)[level], gap: 0.3 });
  };
  const paragraph = (content: string) => text(root, 'P', content, { gap: 0.3 });
  const table = (rows: string[][]) => {
    if (doc.y > doc.page.height - 120) doc.addPage();
    doc.font('regular').fontSize(8.5);
    const [header, ...body] = rows;
    (doc as unknown as { table(options: object): void }).table({
      structParent: root,
      columnStyles: [120, '*', 55, '*', 55, '*'],
      data: [
        (header ?? []).map((cell) => ({ text: cell, type: 'TH', scope: 'column', font: { src: 'bold' } })),
        ...body.map((row) => row.map((cell, index) => (index === 0 ? { text: cell, type: 'TH', scope: 'row' } : { text: cell }))),
      ],
    });
    doc.font('regular').fontSize(10).moveDown(0.5);
  };

  const municipality = report.steeringDocument.municipality.name;
  heading(1, title);
  const status =
    report.status === 'APPROVED' && report.approvedAt
      ? `Godkänd ${report.approvedAt.slice(0, 10)}`
      : `${ROUND_STATUS_SV[report.status] ?? report.status}, sista dag för redovisning ${report.deadline} (ej slutligt godkänd)`;
  paragraph(`${municipality}. Period: ${periodWords(report.period)} (${report.period}). Status: ${status}.`);
  if (report.revision > 1) paragraph(`Revision ${report.revision}: rättelse av en tidigare godkänd uppföljning. Skäl: ${report.revisionReason ?? '–'}`);

  const assessments = assessmentsByGoal(report);
  const goalSection = (goal: ReportGoal, sub: boolean) => {
    heading(sub ? 4 : 3, sub ? `Delmål: ${goal.title}` : goal.title);
    const owner = goal.ownerUnit ? `Ansvarig: ${goal.ownerUnit.name}. ` : '';
    paragraph(`${owner}Status: ${STATUS_SV[goal.progress.status] ?? goal.progress.status}.`);
    const assessment = assessments.get(goal.id);
    paragraph(
      assessment
        ? `Bedömning (${assessment.unit}): ${ASSESSMENT_SV[assessment.assessment] ?? assessment.assessment}. ${assessment.comment}`
        : 'Bedömning: ingen bedömning i omgången.',
    );
    for (const indicator of goal.indicators) {
      heading(4, `Indikator: ${indicator.nameSv}`);
      const p = indicator.progress;
      const sexes: Array<[string, ReportSexValue | null]> = [
        ['WOMEN', p.women],
        ['MEN', p.men],
        ['TOTAL', p.total],
      ];
      table([
        ['Kön', 'Värde', 'Period', 'Målvärde', 'Målperiod', 'Status'],
        ...sexes
          .filter((entry): entry is [string, ReportSexValue] => entry[1] !== null)
          .map(([sex, v]) => [
            SEX_SV[sex] as string,
            `${number(v.value, indicator)}${v.preliminary ? ' (preliminärt)' : ''}`,
            v.valuePeriod ?? '–',
            number(v.target, indicator),
            v.targetPeriod ?? '–',
            STATUS_SV[v.status] ?? v.status,
          ]),
      ]);
      if (indicator.dividedBySex) paragraph(`Jämställd måluppfyllelse: ${GENDER_EQUAL_SV[p.genderEqual] ?? p.genderEqual}.`);
    }
    if (goal.activities.length) {
      paragraph(
        `Aktiviteter: ${goal.activities
          .map((activity) => (activity.partners.length ? `${activity.title} (med ${activity.partners.map((partner) => partner.name).join(', ')})` : activity.title))
          .join('; ')}.`,
      );
    }
  };

  for (const area of report.steeringDocument.focusAreas) {
    heading(2, `Fokusområde: ${area.nameSv}`);
    if (!area.goals.length) paragraph('Inga mål.');
    for (const goal of area.goals) {
      goalSection(goal, false);
      for (const child of goal.children ?? []) goalSection(child, true);
    }
  }

  heading(2, 'Enheternas redovisning');
  if (!report.unitReports.length) paragraph('Inga enheter redovisar i omgången.');
  for (const unit of report.unitReports) {
    heading(3, unit.organisationUnit.name);
    paragraph(`Status: ${UNIT_REPORT_STATUS_SV[unit.status] ?? unit.status}.`);
    heading(4, 'Analys');
    paragraph(unit.analysis?.trim() || '–');
    heading(4, 'Jämställdhetsanalys: skillnader mellan kvinnor och män');
    paragraph(unit.genderAnalysis?.trim() || '–');
    heading(4, 'Aktiviteter med samverkansparter');
    paragraph(unit.activitiesWithPartners?.trim() || '–');
  }
  root.end();
  doc.end();
  return done;
}
