import { studioDirectoryView, type LocalityStudioRow } from './studio-directory.view';

const locality = (id: string, communities: LocalityStudioRow['communities'] = []): LocalityStudioRow => ({
  id,
  name: `${id}街道`,
  kind: 'street',
  convenerName: '李召集',
  studioAddress: '便民服务中心二楼',
  studioHours: '周一至周五 8:30–17:00',
  studioDuty: ['李召集', '王干事'],
  communities,
});
const community = (id: string) => ({ id, name: `${id}社区`, studioAddress: '社区邻里中心一楼', studioHours: '周三 9:00–11:30', studioDuty: ['吴委员'] });

describe('the two studios directory', () => {
  it('shows each convener studio with the member studios of its communities beneath it', () => {
    const view = studioDirectoryView([locality('loc-002', [community('com-02'), community('com-01')])]);
    expect(view.localities[0]).toEqual({
      id: 'loc-002',
      name: 'loc-002街道',
      kind: 'street',
      convenerStudio: { convenerName: '李召集', address: '便民服务中心二楼', hours: '周一至周五 8:30–17:00', onDuty: ['李召集', '王干事'] },
      memberStudios: [
        { communityId: 'com-01', communityName: 'com-01社区', address: '社区邻里中心一楼', hours: '周三 9:00–11:30', onDuty: ['吴委员'] },
        { communityId: 'com-02', communityName: 'com-02社区', address: '社区邻里中心一楼', hours: '周三 9:00–11:30', onDuty: ['吴委员'] },
      ],
    });
  });

  it('lists localities with member studios first, each group in id order', () => {
    const view = studioDirectoryView([locality('loc-001'), locality('loc-004', [community('com-02')]), locality('loc-003'), locality('loc-002', [community('com-01')])]);
    expect(view.localities.map((l) => l.id)).toEqual(['loc-002', 'loc-004', 'loc-001', 'loc-003']);
  });

  it('carries no phone number, even when a row has one', () => {
    const row = { ...locality('loc-001'), convenerPhone: '13800001111' } as LocalityStudioRow;
    expect(JSON.stringify(studioDirectoryView([row]))).not.toContain('13800001111');
  });
});
