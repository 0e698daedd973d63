import { useEffect, useState } from 'preact/hooks';
import { intakeApi } from '../../api/intake-api';
import type { Community } from '../../api/intake-api.types';

let communities: Promise<Community[]> | null = null;

/** The city's communities (intake's public list), loaded once per page for names and filters. */
export function useCommunities(): Community[] {
  const [list, setList] = useState<Community[]>([]);
  useEffect(() => {
    communities ??= intakeApi.communities().catch((error: unknown) => {
      communities = null;
      throw error;
    });
    let current = true;
    communities.then(
      (found) => current && setList(found),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, []);
  return list;
}

/** A community's name, or its id until the list has loaded. */
export function useCommunityName(): (id: string) => string {
  const list = useCommunities();
  return (id) => list.find((c) => c.id === id)?.name ?? id;
}
