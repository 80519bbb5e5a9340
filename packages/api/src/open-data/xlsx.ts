import ExcelJS from 'exceljs';
import type { Response } from 'express';
import { VALUE_COLUMNS, type ValueRow } from './open-data.service';
import { VALUES_TABLE_SCHEMA } from './schema';

/**
 * A value file as an Excel workbook (xlsx) for spreadsheet users, written with exceljs' streaming
 * writer straight into the response: sheet "Värden" with the same columns as the CSV (codes and
 * periods as text, value as a number), and sheet "Om data" with licence, attribution, the Data
 * Package and what each column means. Text cells are stored as text, which a spreadsheet never
 * runs as a formula, so no quote is put in front of `=1+1` here (unlike in CSV).
 */
export interface XlsxInput {
  rows: () => AsyncGenerator<ValueRow[]>;
  licence: string;
  attribution: string;
  dataPackage: string;
  changedUntil: string;
}

export async function writeXlsx(res: Response, input: XlsxInput): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: res, useSharedStrings: false, useStyles: true });
  workbook.creator = 'Inkludera';
  const sheet = workbook.addWorksheet('Värden', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = VALUE_COLUMNS.map((name) => ({ header: name, key: name, width: name === 'footnote' ? 40 : name === 'indicator_name' ? 36 : 16 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for await (const rows of input.rows()) {
    for (const row of rows) {
      sheet
        .addRow(VALUE_COLUMNS.map((column) => (column === 'value' || column === 'progress_target' ? (row[column] === null ? null : Number(row[column])) : row[column])))
        .commit();
    }
  }
  sheet.commit();
  const about = workbook.addWorksheet('Om data');
  about.columns = [
    { header: 'Fält / Field', key: 'name', width: 22 },
    { header: 'Beskrivning / Description', key: 'description', width: 100 },
  ];
  about.getRow(1).font = { bold: true };
  for (const [name, description] of [
    ['Licens / Licence', input.licence],
    ['Källa / Attribution', input.attribution],
    ['Tabellschema / Table Schema', input.dataPackage],
    ['Ändrat till / Changed until', input.changedUntil],
    ...VALUES_TABLE_SCHEMA.fields.map((field) => [field.name, `${field.title}. ${field.description}`]),
  ] as Array<[string, string]>) {
    about.addRow({ name, description }).commit();
  }
  about.commit();
  await workbook.commit();
}
