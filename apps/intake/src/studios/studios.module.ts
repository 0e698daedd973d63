import { Module } from '@nestjs/common';
import { StudioDirectoryQueries } from './studio-directory.queries';
import { StudiosController } from './studios.controller';

/** The public directory of the two studios (两室) and of communities. */
@Module({ controllers: [StudiosController], providers: [StudioDirectoryQueries] })
export class StudiosModule {}
