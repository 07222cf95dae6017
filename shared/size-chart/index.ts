/** Size charts: templates per category, unit and shoe-size conversion, and per-channel outputs. */
export * from './measurements';
export * from './templates';
export * from './length';
export * from './shoe-sizes';
export * from './shoe-chart';
export * from './labels';
export * from './validate';
export * from './output';
export * from './html';
export * from './from-template';
export * from './image-size';
export * from './channel-output';
