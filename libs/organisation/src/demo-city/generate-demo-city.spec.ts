import { haversineKm } from '../balancing';
import { EXPERTISE_TAGS } from './demo-city.types';
import { DEFAULT_DEMO_SEED, generateDemoCity } from './generate-demo-city';

describe('generateDemoCity', () => {
  const city = generateDemoCity();
  const memberById = new Map(city.members.map((member) => [member.id, member]));

  describe('size', () => {
    it('has 103 localities, 18 communities, 226 members and 18 member groups', () => {
      expect(city.localities).toHaveLength(103);
      expect(city.communities).toHaveLength(18);
      expect(city.members).toHaveLength(226);
      expect(city.memberGroups).toHaveLength(18);
    });

    it('has 10 special committees, 4 vice-chairs and 15 departments', () => {
      expect(city.specialCommittees).toHaveLength(10);
      expect(city.viceChairs).toHaveLength(4);
      expect(city.departments).toHaveLength(15);
    });

    it('has at least one standing member per group', () => {
      expect(city.members.filter((member) => member.standing).length).toBeGreaterThanOrEqual(18);
    });
  });

  describe('determinism', () => {
    it('returns deep-equal data for the same seed', () => {
      expect(generateDemoCity(DEFAULT_DEMO_SEED)).toEqual(city);
      expect(generateDemoCity('another seed')).toEqual(generateDemoCity('another seed'));
    });

    it('returns different data for a different seed', () => {
      const other = generateDemoCity('another seed');
      expect(other.members.map((member) => member.name)).not.toEqual(city.members.map((member) => member.name));
      expect(other.communities.map((community) => community.lat)).not.toEqual(city.communities.map((community) => community.lat));
    });
  });

  describe('ids', () => {
    it('uses stable, unique ids in the documented formats', () => {
      const expectIds = (ids: string[], pattern: RegExp): void => {
        expect(new Set(ids).size).toBe(ids.length);
        ids.forEach((id) => expect(id).toMatch(pattern));
      };
      expectIds(city.localities.map((x) => x.id), /^loc-\d{3}$/);
      expectIds(city.communities.map((x) => x.id), /^com-\d{2}$/);
      expectIds(city.members.map((x) => x.id), /^mem-\d{3}$/);
      expectIds(city.memberGroups.map((x) => x.id), /^grp-\d{2}$/);
      expectIds(city.specialCommittees.map((x) => x.id), /^cmt-\d{2}$/);
      expectIds(city.viceChairs.map((x) => x.id), /^vc-\d$/);
      expectIds(city.departments.map((x) => x.id), /^dept-[a-z_]+$/);
      expect(city.departments.map((x) => x.id)).toContain('dept-housing');
    });

    it('gives every person a unique name and an 11-digit mobile number', () => {
      const people = [
        ...city.members,
        ...city.localities.map((locality) => locality.convener),
        ...city.viceChairs,
        ...city.departments.map((department) => department.contact),
      ];
      expect(new Set(people.map((person) => person.name)).size).toBe(people.length);
      people.forEach((person) => expect(person.phone).toMatch(/^1[3-9]\d{9}$/));
    });
  });

  describe('localities', () => {
    it('has about 40 streets and 63 townships with unique Chinese names', () => {
      const streets = city.localities.filter((locality) => locality.kind === 'street');
      expect(streets).toHaveLength(40);
      streets.forEach((street) => expect(street.name).toMatch(/街道$/));
      city.localities.filter((l) => l.kind === 'township').forEach((township) => expect(township.name).toMatch(/[乡镇]$/));
      expect(new Set(city.localities.map((locality) => locality.name)).size).toBe(103);
    });

    it('applies the cadence rule: streets every 2 months, townships every quarter', () => {
      city.localities.forEach((locality) => {
        expect(locality.cadenceMonths).toBe(locality.kind === 'street' ? 2 : 3);
        expect(locality.cadenceDays).toBe(locality.kind === 'street' ? 61 : 92);
      });
    });

    it('gives every locality a convener and a convener studio the convener is on duty in', () => {
      city.localities.forEach((locality) => {
        expect(locality.convener.name).not.toBe('');
        expect(locality.convenerStudio.address).toContain(locality.name);
        expect(locality.convenerStudio.openingHours).not.toBe('');
        expect(locality.convenerStudio.dutyRoster).toContain(locality.convener.name);
      });
    });
  });

  describe('communities', () => {
    const localityById = new Map(city.localities.map((locality) => [locality.id, locality]));

    it('places communities in existing localities, mostly streets', () => {
      const kinds = city.communities.map((community) => localityById.get(community.localityId)?.kind);
      expect(kinds.every((kind) => kind !== undefined)).toBe(true);
      expect(kinds.filter((kind) => kind === 'street').length).toBeGreaterThan(9);
    });

    it('spreads communities over about 15 km around lat 30.0, lng 120.5', () => {
      const centre = { lat: 30.0, lng: 120.5 };
      city.communities.forEach((community) => expect(haversineKm(centre, community)).toBeLessThan(12));
      const gaps = city.communities.flatMap((a, i) => city.communities.slice(i + 1).map((b) => haversineKm(a, b)));
      expect(Math.max(...gaps)).toBeGreaterThan(10);
      expect(Math.min(...gaps)).toBeGreaterThan(1);
    });

    it('gives every community a member studio staffed by members of its own group', () => {
      city.communities.forEach((community) => {
        const group = city.memberGroups.find((candidate) => candidate.id === community.memberGroupId);
        const groupNames = group?.memberIds.map((id) => memberById.get(id)?.name) ?? [];
        expect(community.name).toMatch(/社区$/);
        expect(community.memberStudio.dutyRoster.length).toBeGreaterThan(0);
        community.memberStudio.dutyRoster.forEach((name) => expect(groupNames).toContain(name));
      });
    });
  });

  describe('members', () => {
    it('gives every member 1–3 distinct expertise tags from the fixed list', () => {
      city.members.forEach((member) => {
        expect(member.expertise.length).toBeGreaterThanOrEqual(1);
        expect(member.expertise.length).toBeLessThanOrEqual(3);
        expect(new Set(member.expertise).size).toBe(member.expertise.length);
        member.expertise.forEach((tag) => expect(EXPERTISE_TAGS).toContain(tag));
      });
    });

    it('lists weekdays only for available members', () => {
      city.members.forEach((member) => {
        expect(member.availableWeekdays.length > 0).toBe(member.available);
        member.availableWeekdays.forEach((day) => expect(day >= 1 && day <= 7).toBe(true));
      });
    });

    it('houses most members within a few kilometres of their group community', () => {
      const communityOf = new Map(city.memberGroups.map((group) => [group.id, city.communities.find((c) => c.id === group.communityId)]));
      const distances = city.members.map((member) => {
        const community = communityOf.get(member.groupId);
        return community ? haversineKm(member, community) : Number.POSITIVE_INFINITY;
      });
      expect(distances.filter((km) => km < 3).length / distances.length).toBeGreaterThan(0.8);
    });
  });

  describe('member groups', () => {
    it('has one group per community with 12 or 13 members: ten of 13 and eight of 12', () => {
      expect(new Set(city.memberGroups.map((group) => group.communityId)).size).toBe(18);
      const sizes = city.memberGroups.map((group) => group.memberIds.length);
      sizes.forEach((size) => expect([12, 13]).toContain(size));
      expect(sizes.filter((size) => size === 13)).toHaveLength(10);
    });

    it('puts every member in exactly one group, matching the member record', () => {
      const listed = city.memberGroups.flatMap((group) => group.memberIds.map((id) => ({ id, groupId: group.id })));
      expect(listed).toHaveLength(226);
      expect(new Set(listed.map((entry) => entry.id)).size).toBe(226);
      listed.forEach(({ id, groupId }) => expect(memberById.get(id)?.groupId).toBe(groupId));
    });

    it('has exactly one leader per group, a standing member of that group', () => {
      city.memberGroups.forEach((group) => {
        const leader = memberById.get(group.leaderMemberId);
        expect(leader?.standing).toBe(true);
        expect(leader?.groupId).toBe(group.id);
        expect(group.memberIds).toContain(group.leaderMemberId);
      });
      expect(new Set(city.memberGroups.map((group) => group.leaderMemberId)).size).toBe(18);
    });

    it('has a standing member in every group for other seeds too', () => {
      for (const seed of ['a', 'b', 'c']) {
        const other = generateDemoCity(seed);
        const standingGroups = new Set(other.members.filter((member) => member.standing).map((member) => member.groupId));
        expect(standingGroups.size).toBe(18);
      }
    });
  });

  describe('chain of responsibility', () => {
    it('links every special committee to 1–2 groups and every group to exactly one committee', () => {
      city.specialCommittees.forEach((committee) => {
        expect(committee.memberGroupIds.length).toBeGreaterThanOrEqual(1);
        expect(committee.memberGroupIds.length).toBeLessThanOrEqual(2);
      });
      city.memberGroups.forEach((group) => {
        const linking = city.specialCommittees.filter((committee) => committee.memberGroupIds.includes(group.id));
        expect(linking.map((committee) => committee.id)).toEqual([group.specialCommitteeId]);
      });
    });

    it('links every committee to the one vice-chair that lists it', () => {
      city.specialCommittees.forEach((committee) => {
        const listing = city.viceChairs.filter((vc) => vc.specialCommitteeIds.includes(committee.id));
        expect(listing.map((vc) => vc.id)).toEqual([committee.viceChairId]);
      });
      city.viceChairs.forEach((vc) => expect(vc.specialCommitteeIds.length).toBeGreaterThanOrEqual(2));
    });
  });

  describe('departments', () => {
    it('gives each department a short code, a Chinese name and a contact', () => {
      city.departments.forEach((department) => {
        expect(department.id).toBe(`dept-${department.code}`);
        expect(department.name).toMatch(/[\u4e00-\u9fff]/);
        expect(department.contact.name).not.toBe('');
      });
      expect(city.departments.map((d) => d.code)).toEqual(
        expect.arrayContaining(['housing', 'urban_management', 'transport', 'water', 'power_supply', 'civil_affairs', 'land_resources']),
      );
    });
  });

  it('belongs to a city-level council', () => {
    expect(city.council.level).toBe('city');
    expect(city.seed).toBe(DEFAULT_DEMO_SEED);
  });
});
