/* The launch-bundle format: what a bundle is (format), its path rules, parsing and its problem codes. */
export * from './format';
export * from './parse';
export * from './paths';
export * from './problems';
