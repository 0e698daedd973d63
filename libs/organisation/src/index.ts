export * from './directory/organisation-directory';
export * from './directory/organisation-directory.module';
export * from './directory/community-scope';
export * from './balancing';
export * from './demo-city';
export * from './seed/seed-demo-organisation';
export * from './seed/demo-staff-accounts';
