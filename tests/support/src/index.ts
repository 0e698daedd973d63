export * from './test-environment';
export * from './eventually';
export * from './api-client';
export * from './app-processes';
export * from './temporal-client';
export * from './staff.fixture';
export * from './throwaway-redis';
