/** A locality row as read for the public directory: no phone numbers are selected. */
export interface LocalityStudioRow {
  id: string;
  name: string;
  kind: string;
  convenerName: string;
  studioAddress: string;
  studioHours: string;
  studioDuty: string[];
  communities: { id: string; name: string; studioAddress: string; studioHours: string; studioDuty: string[] }[];
}

/**
 * The two studios (两室) residents look up: the convener studio (召集人工作室) of each township
 * or street, with the member studios (委员工作室) of its communities beneath it. Localities
 * with member studios come first, since those are where most residents live.
 */
export function studioDirectoryView(rows: LocalityStudioRow[]) {
  const localities = rows.map((l) => ({
    id: l.id,
    name: l.name,
    kind: l.kind,
    convenerStudio: { convenerName: l.convenerName, address: l.studioAddress, hours: l.studioHours, onDuty: l.studioDuty },
    memberStudios: [...l.communities]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((c) => ({ communityId: c.id, communityName: c.name, address: c.studioAddress, hours: c.studioHours, onDuty: c.studioDuty })),
  }));
  return {
    localities: localities.sort((a, b) => Number(b.memberStudios.length > 0) - Number(a.memberStudios.length > 0) || a.id.localeCompare(b.id)),
  };
}
export type StudioDirectoryView = ReturnType<typeof studioDirectoryView>;
