export * from './domain-error';
export * from './api-exception.filter';
export * from './logging';
export * from './bootstrap-service';
export * from './health.controller';
export * from './client-address';
export * from './client-address.provider';
