import Papa from 'papaparse';
import { copyToHtml } from '../../../shared/publish/copy-html';

/*
 * CSV the way Excel and the importers read it: UTF-8 with a BOM (without it Excel on Windows
 * reads the file as the ANSI code page and Chinese turns to mojibake), CRLF line ends, RFC 4180
 * quoting (only where needed: commas, quotes, line breaks) done by papaparse. Text cells that
 * start with = + - @ get a leading ' (escapeFormulae), so a title like "=HYPERLINK(…)" cannot run
 * as a formula when the merchant opens the file in Excel (CSV injection).
 */

export type CsvCell = string | number;

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): Uint8Array {
  const text = Papa.unparse({ fields: [...header], data: rows.map((r) => [...r]) }, { newline: '\r\n', quotes: false, header: true, escapeFormulae: true });
  return new TextEncoder().encode(`\uFEFF${text}\r\n`);
}


/**
 * Description paragraphs + bullets as HTML (Shopify and WooCommerce "Description"): the same
 * markup the connectors send (paragraphs at blank lines, `<br>` inside one), so a product reads
 * the same whether it was pushed or imported from a package.
 */
export function descriptionHtml(description: string, bullets: readonly string[], sizeChartHtml = ''): string {
  return copyToHtml(description.replace(/\r\n?/g, '\n'), bullets) + sizeChartHtml;
}
