/*
 * Codes for what can go wrong in a spreadsheet import. Each is an i18n key (the `import.` prefix
 * names the namespace) and is part of the documented template (resources/import-template.md), so
 * they are stable: add new ones, never rename.
 */

/** Problems with one cell or row; the listing the row belongs to is not imported. */
export const ROW_ERROR_CODES = [
  'import.missingSpu',
  'import.missingTitle',
  'import.badPrice',
  'import.badStock',
  'import.badBarcode',
  'import.badCurrency',
  'import.badStatus',
  'import.conflict',
  'import.duplicateSku',
  'import.duplicateVariant',
  'import.missingOption',
  'import.tooManyOptions',
  'import.unknownLocale',
] as const;
export type RowErrorCode = (typeof ROW_ERROR_CODES)[number];

/** Problems with the file as a whole; nothing is imported. */
export const SHEET_PROBLEM_CODES = ['import.unreadable', 'import.empty', 'import.tooLarge', 'import.noHeader', 'import.imagesUnreadable'] as const;
export type SheetProblemCode = (typeof SHEET_PROBLEM_CODES)[number];

export interface RowError {
  /** 1-based row number as the spreadsheet app shows it (the header is row 1 in the template). */
  row: number;
  /** The header text of the offending column, as written in the file. */
  column: string;
  code: RowErrorCode;
  /** Placeholders for the message; always carries `spu` when the row belongs to a listing. */
  params: Record<string, string | number>;
}
