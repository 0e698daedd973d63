export * from './load-config';
export * from './production-secrets';
export * from './infrastructure-env';
export * from './deadline-policy';
export * from './messaging-env';
