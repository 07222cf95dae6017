/**
 * The environment variable through which main tells the image workers where the bundled fonts are
 * (process.resourcesPath/fonts in the packaged app). Its own file so main can name it without
 * loading the size-chart renderer, which brings sharp.
 */
export const SIZE_CHART_FONTS_ENV = 'SHELFREADY_FONTS_DIR';
