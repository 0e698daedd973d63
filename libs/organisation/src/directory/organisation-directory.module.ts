import { Global, Module } from '@nestjs/common';
import { STAFF_SESSIONS } from '@shangliang/auth';
import { CommunityScope } from './community-scope';
import { OrganisationDirectory } from './organisation-directory';

/** The directory for every service; it also answers the auth guard's session look-ups. */
@Global()
@Module({
  providers: [OrganisationDirectory, CommunityScope, { provide: STAFF_SESSIONS, useExisting: OrganisationDirectory }],
  exports: [OrganisationDirectory, CommunityScope, STAFF_SESSIONS],
})
export class OrganisationDirectoryModule {}
