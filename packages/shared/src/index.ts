export * from './codes';
export * from './period';
export * from './format';
