/**
 * Problem categories. Deadlines are configured per category (see DeadlinePolicy); the codes
 * double as Open311 service codes.
 */
export const PROBLEM_CATEGORIES = [
  'environment',
  'property_management',
  'traffic',
  'utilities',
  'public_facilities',
  'elderly_care',
  'neighbourhood_dispute',
  'land_acquisition',
  'public_safety',
  'other',
] as const;
export type ProblemCategory = (typeof PROBLEM_CATEGORIES)[number];

export const CATEGORY_LABELS: Record<ProblemCategory, { zh: string; en: string }> = {
  environment: { zh: '环境卫生', en: 'Environment and sanitation' },
  property_management: { zh: '物业管理', en: 'Property management' },
  traffic: { zh: '道路交通', en: 'Roads and traffic' },
  utilities: { zh: '水电气暖', en: 'Water, power, gas and heating' },
  public_facilities: { zh: '公共设施', en: 'Public facilities' },
  elderly_care: { zh: '养老服务', en: 'Elderly care' },
  neighbourhood_dispute: { zh: '邻里纠纷', en: 'Neighbourhood disputes' },
  land_acquisition: { zh: '征地拆迁', en: 'Land acquisition and demolition' },
  public_safety: { zh: '公共安全', en: 'Public safety' },
  other: { zh: '其他', en: 'Other' },
};

export const URGENCIES = ['emergency', 'urgent', 'normal'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const PROBLEM_SOURCES = ['web', 'hotline', 'open311', 'studio', 'member_visit'] as const;
export type ProblemSource = (typeof PROBLEM_SOURCES)[number];
