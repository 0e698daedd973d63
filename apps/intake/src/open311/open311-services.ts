import { CATEGORY_LABELS, PROBLEM_CATEGORIES, type ProblemCategory, URGENCIES, type Urgency } from '@shangliang/contracts';
import type { Open311Value } from './open311-format';

/**
 * Our problem categories are the Open311 services (service_code = category code). Every service
 * has metadata: the urgency attribute is required, and the community attribute places a request
 * that comes without lat/long.
 */
const GROUPS: Record<ProblemCategory, string> = {
  environment: '城市管理 Urban services',
  utilities: '城市管理 Urban services',
  public_facilities: '城市管理 Urban services',
  traffic: '城市管理 Urban services',
  property_management: '社区生活 Community life',
  elderly_care: '社区生活 Community life',
  neighbourhood_dispute: '社区生活 Community life',
  land_acquisition: '征地拆迁 Land and housing',
  public_safety: '公共安全 Public safety',
  other: '其他 Other',
};

const KEYWORDS: Record<ProblemCategory, string> = {
  environment: '垃圾, 卫生, 绿化, 噪音, garbage, litter, sanitation, noise, greenery',
  property_management: '物业, 电梯, 停车, 维修基金, property, lift, parking, maintenance',
  traffic: '道路, 交通, 红绿灯, 坑洼, road, traffic, pothole, signals',
  utilities: '停水, 停电, 燃气, 供暖, water, power, gas, heating',
  public_facilities: '路灯, 健身器材, 公厕, street light, fitness equipment, public toilet',
  elderly_care: '养老, 助餐, 日间照料, elderly, meals, day care',
  neighbourhood_dispute: '邻里, 纠纷, 占道, neighbours, dispute',
  land_acquisition: '征地, 拆迁, 补偿, land acquisition, demolition, compensation',
  public_safety: '安全, 消防, 隐患, safety, fire, hazard',
  other: '其他, other',
};

const DESCRIPTIONS: Record<ProblemCategory, { zh: string; en: string }> = {
  environment: { zh: '小区及周边的环境卫生、绿化、噪音等问题', en: 'Cleanliness, greenery and noise in and around the neighbourhood' },
  property_management: { zh: '物业服务、电梯、停车、维修资金等问题', en: 'Property services, lifts, parking and maintenance funds' },
  traffic: { zh: '道路破损、交通秩序、出行不便等问题', en: 'Damaged roads, traffic order and getting around' },
  utilities: { zh: '供水、供电、燃气、供暖等问题', en: 'Water, electricity, gas and heating supply' },
  public_facilities: { zh: '路灯、健身器材、公厕等公共设施问题', en: 'Street lights, fitness equipment, public toilets and other facilities' },
  elderly_care: { zh: '社区养老、助餐、日间照料等问题', en: 'Community elderly care, meals and day care' },
  neighbourhood_dispute: { zh: '涉及公共利益的邻里纠纷', en: 'Neighbourhood disputes that affect the community' },
  land_acquisition: { zh: '征地拆迁、补偿安置等问题', en: 'Land acquisition, demolition, compensation and resettlement' },
  public_safety: { zh: '消防、治安等公共安全隐患', en: 'Fire, security and other public safety hazards' },
  other: { zh: '其他社区公共事务', en: 'Other community matters' },
};

export const URGENCY_LABELS: Record<Urgency, string> = {
  emergency: '紧急（危及安全） Emergency — a danger to people or property',
  urgent: '较急 Urgent — affects daily life now',
  normal: '一般 Normal',
};

export const URGENCY_ATTRIBUTE = 'urgency';
export const COMMUNITY_ATTRIBUTE = 'community_id';

export function isServiceCode(code: string): code is ProblemCategory {
  return (PROBLEM_CATEGORIES as readonly string[]).includes(code);
}

export function serviceName(code: ProblemCategory): string {
  return `${CATEGORY_LABELS[code].zh} ${CATEGORY_LABELS[code].en}`;
}

export function serviceList(): Open311Value {
  return PROBLEM_CATEGORIES.map((code) => ({
    service_code: code,
    service_name: serviceName(code),
    description: `${DESCRIPTIONS[code].zh} / ${DESCRIPTIONS[code].en}`,
    metadata: true,
    type: 'realtime',
    keywords: KEYWORDS[code],
    group: GROUPS[code],
  }));
}

export function serviceDefinition(code: ProblemCategory): Open311Value {
  return {
    service_code: code,
    attributes: [
      {
        variable: true,
        code: URGENCY_ATTRIBUTE,
        datatype: 'singlevaluelist',
        required: true,
        datatype_description: '选择一项 Choose one',
        order: 1,
        description: '紧急程度 How urgent is it?',
        values: URGENCIES.map((u) => ({ key: u, name: URGENCY_LABELS[u] })),
      },
      {
        variable: true,
        code: COMMUNITY_ATTRIBUTE,
        datatype: 'string',
        required: false,
        datatype_description: '社区编号，如 com-01；未提供经纬度时必填 Community id such as com-01; required when lat/long are not given',
        order: 2,
        description: '问题所在社区 The community where the problem is',
      },
    ],
  };
}
