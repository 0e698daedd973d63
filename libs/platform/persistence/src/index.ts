export * from './database-config';
export * from './prisma-client';
export * from './prisma.module';
export * from './inbox';
export * from './tally';
export * from './capped-total';
export * from './china-days';
