export * from './errors';
export * from './template';
export * from './mapping';
export * from './cells';
export * from './rows-to-listings';
export * from './images';
export * from './pending-images';
export type { SheetRow } from './listing-fields';
