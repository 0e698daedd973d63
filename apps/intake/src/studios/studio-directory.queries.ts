import { Injectable } from '@nestjs/common';
import { OrganisationDirectory } from '@shangliang/organisation';
import { studioDirectoryView } from './studio-directory.view';

/** Public reference data for residents, read through the organisation directory. */
@Injectable()
export class StudioDirectoryQueries {
  constructor(private readonly directory: OrganisationDirectory) {}

  async studios() {
    return studioDirectoryView(await this.directory.studios());
  }

  /** What the web form's community picker needs. */
  async communities() {
    const communities = await this.directory.communities();
    return communities.map((c) => ({ id: c.id, name: c.name, localityId: c.localityId, localityName: c.localityName }));
  }
}
