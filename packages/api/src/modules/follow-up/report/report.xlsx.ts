import ExcelJS from 'exceljs';
import type { Writable } from 'node:stream';
import type { RoundReport } from './report.data';
import { NUMBER_COLUMNS, REPORT_COLUMNS, UNIT_COLUMNS, periodWords, reportRows, unitRows } from './report.table';

/**
 * The report's numbers as an xlsx workbook, with exceljs' streaming writer as the open-data files
 * (open-data/xlsx.ts): sheet "Indikatorer" with the CSV's columns (values and targets as numbers),
 * sheet "Enheternas redovisning" with each unit's analysis, gender analysis and activities. Text cells
 * are text, which a spreadsheet never runs as a formula.
 */
export async function writeReportXlsx(report: RoundReport, out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  workbook.creator = 'Inkludera';
  workbook.title = `Uppföljning av ${report.steeringDocument.title}, ${periodWords(report.period)}`;
  const sheet = workbook.addWorksheet('Indikatorer', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = REPORT_COLUMNS.map((name) => ({ header: name, key: name, width: name === 'Kommentar' || name === 'Mål' || name === 'Indikator' ? 40 : 16 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for (const row of reportRows(report)) {
    sheet.addRow(REPORT_COLUMNS.map((column) => (NUMBER_COLUMNS.has(column) ? (row[column] === null ? null : Number(row[column])) : row[column]))).commit();
  }
  sheet.commit();
  const units = workbook.addWorksheet('Enheternas redovisning');
  units.columns = UNIT_COLUMNS.map((name) => ({ header: name, key: name, width: name === 'Enhet' || name === 'Status' ? 24 : 60 }));
  units.getRow(1).font = { bold: true };
  units.getRow(1).commit();
  for (const row of unitRows(report)) units.addRow(UNIT_COLUMNS.map((column) => row[column])).commit();
  units.commit();
  await workbook.commit();
}
