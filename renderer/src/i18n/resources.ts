import enCommon from './locales/en/common.json';
import enErrors from './locales/en/errors.json';
import enValidation from './locales/en/validation.json';
import enSettings from './locales/en/settings.json';
import enCatalog from './locales/en/catalog.json';
import enEditor from './locales/en/editor.json';
import enImages from './locales/en/images.json';
import enChecklist from './locales/en/checklist.json';
import enPublish from './locales/en/publish.json';
import enCli from './locales/en/cli.json';
import enLaunch from './locales/en/launch.json';
import enTransfer from './locales/en/transfer.json';
import enMarkets from './locales/en/markets.json';
import enSizechart from './locales/en/sizechart.json';
import enTranslation from './locales/en/translation.json';
import zhCommon from './locales/zh-CN/common.json';
import zhErrors from './locales/zh-CN/errors.json';
import zhValidation from './locales/zh-CN/validation.json';
import zhSettings from './locales/zh-CN/settings.json';
import zhCatalog from './locales/zh-CN/catalog.json';
import zhEditor from './locales/zh-CN/editor.json';
import zhImages from './locales/zh-CN/images.json';
import zhChecklist from './locales/zh-CN/checklist.json';
import zhPublish from './locales/zh-CN/publish.json';
import zhCli from './locales/zh-CN/cli.json';
import zhLaunch from './locales/zh-CN/launch.json';
import zhTransfer from './locales/zh-CN/transfer.json';
import zhMarkets from './locales/zh-CN/markets.json';
import zhSizechart from './locales/zh-CN/sizechart.json';
import zhTranslation from './locales/zh-CN/translation.json';

export const NAMESPACES = ['common', 'errors', 'validation', 'settings', 'catalog', 'editor', 'images', 'checklist', 'publish', 'launch', 'transfer', 'markets', 'sizechart', 'translation', 'cli'] as const;

export const resources = {
  en: { common: enCommon, errors: enErrors, validation: enValidation, settings: enSettings, catalog: enCatalog, editor: enEditor, images: enImages, checklist: enChecklist, publish: enPublish, launch: enLaunch, transfer: enTransfer, markets: enMarkets, sizechart: enSizechart, translation: enTranslation, cli: enCli },
  'zh-CN': { common: zhCommon, errors: zhErrors, validation: zhValidation, settings: zhSettings, catalog: zhCatalog, editor: zhEditor, images: zhImages, checklist: zhChecklist, publish: zhPublish, launch: zhLaunch, transfer: zhTransfer, markets: zhMarkets, sizechart: zhSizechart, translation: zhTranslation, cli: zhCli },
} as const;
