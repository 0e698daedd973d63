export * from './staff-principal';
export * from './auth.decorators';
export * from './staff-auth.guard';
export * from './staff-sessions';
export * from './password-hash';
export * from './auth.module';
