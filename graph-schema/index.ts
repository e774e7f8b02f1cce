export * from './model.js';
export * from './ddl.js';
export * from './dataset.js';
export * from './inn.js';
export * from './problems.js';
export * from './rules.js';
export * from './text.js';
export * from './validate.js';
