// Fixed word lists the demo city draws from. Everything here is fictional; any resemblance to a
// real place or person is chance.

export const CITY_NAME = '清溪市';

/** A plausible mid-size city centre in the Yangtze delta. */
export const CITY_CENTRE = { lat: 30.0, lng: 120.5 } as const;

// Common surnames first and twice, so they turn up about as often as they do in real rosters.
const COMMON_SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const OTHER_SURNAMES =
  '郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯史陶黎贺顾毛郝龚邵钱严武戴莫孔汤';
export const SURNAMES: readonly string[] = [...COMMON_SURNAMES, ...COMMON_SURNAMES, ...OTHER_SURNAMES];

export const GIVEN_NAME_CHARACTERS: readonly string[] = [
  ...'建国华明军伟芳丽敏静强磊洋艳勇杰娟涛超秀英霞平刚桂兰志红玉春燕海波斌宇浩凯鹏晨欣怡婷雪琳颖佳俊文博慧晓峰亮辉德福永庆云龙飞振兴嘉宁涵雨萍琴晶',
];

export const PLACE_HEADS: readonly string[] = [...'东西南北新长安永和平福兴龙凤金桃柳梅青白丰宁华云石双临枫翠清广鹤竹'];
export const PLACE_TAILS: readonly string[] = [...'湖山江桥塘溪浦坊岭港湾亭埠林泉阳门浜岙渡墩堰'];

export const COMMUNITY_HEADS: readonly string[] = [...'春秋翠锦紫银玉朝晓文明康乐怡嘉和景书'];
export const COMMUNITY_TAILS: readonly string[] = [...'苑园庭里湾坊府居晖城'];

export const ROAD_NAMES: readonly string[] = [
  '人民路',
  '解放路',
  '中山路',
  '建设路',
  '文化路',
  '新华路',
  '和平路',
  '胜利路',
  '复兴路',
  '环城北路',
  '环城南路',
  '湖滨路',
  '滨江路',
  '迎宾大道',
  '府前街',
  '青年路',
  '光明路',
  '幸福路',
  '振兴路',
  '学府路',
];

export const STREET_STUDIO_VENUES: readonly string[] = ['便民服务中心二楼', '党群服务中心三楼', '街道办事处一楼东侧', '新时代文明实践站'];
export const TOWNSHIP_STUDIO_VENUES: readonly string[] = ['镇政府大院内', '乡镇便民服务中心二楼', '文化礼堂一楼', '党群服务中心'];
export const COMMUNITY_STUDIO_VENUES: readonly string[] = ['社区党群服务中心二楼', '社区邻里中心一楼', '社区居委会会议室', '社区文化家园'];

export const STREET_STUDIO_HOURS: readonly string[] = ['周一至周五 8:30–17:00', '周一至周五 9:00–17:30', '周一至周六 8:30–12:00'];
export const TOWNSHIP_STUDIO_HOURS: readonly string[] = ['周一、周三、周五 8:30–16:30', '周二、周四 8:30–17:00', '逢集日 8:00–12:00；周三 14:00–17:00'];
export const COMMUNITY_STUDIO_HOURS: readonly string[] = [
  '周二、周四 14:00–17:00；周六 9:00–11:30',
  '每周三 9:00–11:30、14:00–17:00',
  '周一至周五 9:00–11:00',
  '周四 18:30–20:30；周六 9:00–12:00',
];

export const MOBILE_PREFIXES: readonly string[] = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '156',
  '157', '158', '159', '176', '177', '180', '181', '182', '183', '186', '187', '188', '189', '199',
];

/** 专委会, in the order the ids are given out. */
export const SPECIAL_COMMITTEE_NAMES: readonly string[] = [
  '提案委员会',
  '经济委员会',
  '农业和农村委员会',
  '人口资源环境委员会',
  '教科卫体委员会',
  '社会和法制委员会',
  '民族宗教和港澳台侨委员会',
  '文化文史和学习委员会',
  '城乡建设委员会',
  '社会事务委员会',
];

/** 职能部门 that consultations most often refer problems to. */
export const DEPARTMENTS: readonly { code: string; name: string }[] = [
  { code: 'housing', name: '住房和城乡建设局' },
  { code: 'urban_management', name: '综合行政执法局（城市管理局）' },
  { code: 'transport', name: '交通运输局' },
  { code: 'water', name: '水务集团' },
  { code: 'power_supply', name: '供电公司' },
  { code: 'gas', name: '燃气公司' },
  { code: 'civil_affairs', name: '民政局' },
  { code: 'land_resources', name: '自然资源和规划局' },
  { code: 'ecology_environment', name: '生态环境局' },
  { code: 'public_security', name: '公安局' },
  { code: 'health', name: '卫生健康局' },
  { code: 'education', name: '教育局' },
  { code: 'market_regulation', name: '市场监督管理局' },
  { code: 'human_resources', name: '人力资源和社会保障局' },
  { code: 'agriculture_rural', name: '农业农村局' },
];
