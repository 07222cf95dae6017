/* XLIFF 2.0 exchange with translators: one import path for callers, split into files by concern. */
export { exportXliff, canExportListing, type XliffExportOptions } from './xliff-export';
export { importXliff, applyXliffImport, type XliffImport, type XliffImportExpect } from './xliff-import';
export { XLIFF_NS, SHELFREADY_NS, XLIFF_PROBLEM_CODES, type XliffProblem, type XliffProblemCode, type XliffFieldUpdate, type XliffUpdates } from './xliff-format';
