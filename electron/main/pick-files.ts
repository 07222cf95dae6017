import type { BrowserWindow, Dialog, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { IMAGE_EXTENSIONS } from '../../shared/images/naming';

/** The dialog options for choosing images: several files, image extensions only. */
export function imageDialogOptions(language: string | null): OpenDialogOptions {
  // The filter label is the one OS-facing string main owns; main has no i18n of its own.
  return {
    properties: ['openFile', 'multiSelections'],
    filters: [{ name: language === 'zh-CN' ? '图片' : 'Images', extensions: [...IMAGE_EXTENSIONS] }],
  };
}

/** The OS dialog for choosing one folder (the watched designer folder); null when cancelled. */
export async function pickFolder(dialog: Pick<Dialog, 'showOpenDialog'>, parent: BrowserWindow | null): Promise<string | null> {
  const options: OpenDialogOptions = { properties: ['openDirectory', 'createDirectory'] };
  const result = parent === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(parent, options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** The OS open dialog for images (Electron's `dialog` passed in by index.ts); [] when cancelled. */
export async function pickImageFiles(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  parent: BrowserWindow | null,
  language: string | null,
): Promise<string[]> {
  const options = imageDialogOptions(language);
  const result = parent === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(parent, options);
  return result.canceled ? [] : result.filePaths;
}

/** The OS open dialog for one listing spreadsheet (sheets:preview); null when cancelled. */
export async function pickSheetFile(
  dialog: Pick<Dialog, 'showOpenDialog'>,
  parent: BrowserWindow | null,
  language: string | null,
): Promise<string | null> {
  const options: OpenDialogOptions = {
    properties: ['openFile'],
    filters: [{ name: language === 'zh-CN' ? '表格' : 'Spreadsheets', extensions: ['csv', 'xlsx', 'txt'] }],
  };
  const result = parent === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(parent, options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

const xliffFilter = (language: string | null) => ({ name: language === 'zh-CN' ? 'XLIFF 翻译文件' : 'XLIFF translation files', extensions: ['xlf', 'xliff'] });

/** The OS open dialog for one XLIFF file a translator sent back; null when cancelled. */
export async function pickXliffOpenFile(dialog: Pick<Dialog, 'showOpenDialog'>, parent: BrowserWindow | null, language: string | null): Promise<string | null> {
  const options: OpenDialogOptions = { properties: ['openFile'], filters: [xliffFilter(language)] };
  const result = parent === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(parent, options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

/** The OS save dialog for an XLIFF file, suggesting `fileName`; null when cancelled. */
export async function pickXliffSaveFile(dialog: Pick<Dialog, 'showSaveDialog'>, parent: BrowserWindow | null, language: string | null, fileName: string): Promise<string | null> {
  const options: SaveDialogOptions = { defaultPath: fileName, filters: [xliffFilter(language)] };
  const result = parent === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(parent, options);
  return result.canceled ? null : (result.filePath ?? null);
}
