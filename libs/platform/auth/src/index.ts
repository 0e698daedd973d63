export * from './staff-principal';
export * from './auth.decorators';
export * from './staff-auth.guard';
export * from './password-hash';
export * from './auth.module';
