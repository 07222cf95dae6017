export * from './ids';
export * from './listing';
export * from './factory';
export * from './variants';
export * from './gtin';
export * from './money';
export * from './validate';
export * from './settings';
