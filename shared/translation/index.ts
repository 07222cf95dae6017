export * from './fields';
export * from './hash';
export * from './outdated';
export * from './glossary';
export * from './xliff';
export * from './review';
