export * from './currency';
export * from './market';
export * from './rates';
export * from './rounding';
export * from './prices';
export * from './requirements';
