// The demo city's year of history from before the system (往年台账): the cases and suggestions a
// council kept in spreadsheets, generated deterministically from the demo seed so every machine
// imports the same rows (and a second import adds nothing: each row has its own 编号).
import type { DemoCity } from '@shangliang/organisation';
import { createSeededRandom, type SeededRandom } from '@shangliang/organisation';

export interface DemoHistoryOptions {
  /** The first and the day after the last day of the history, YYYY-MM-DD. */
  from: string;
  to: string;
  cases: number;
  suggestions: number;
  /** Prefix of each row's 编号 (HIS-C-0001, HIS-S-0001). */
  refPrefix: string;
}

/** The year before the demo system went live: Q4 2025 to Q3 2026, so this year's quarters have history. */
export const DEMO_HISTORY: DemoHistoryOptions = { from: '2025-10-01', to: '2026-10-01', cases: 300, suggestions: 120, refPrefix: 'HIS' };

export type SheetRow = Record<string, string>;

export const CASE_HEADERS = ['编号', '标题', '类别', '社区', '提出日期', '办结日期', '结果', '处理结果', '案例', '满意度', '部门', '委员', '典型'] as const;
export const SUGGESTION_HEADERS = ['编号', '标题', '内容', '提案委员', '涉及社区', '报送对象类型', '报送对象', '报送日期', '采纳情况', '未采纳原因', '采纳单位', '答复日期', '落实情况'] as const;

interface Topic {
  category: string;
  label: string;
  problems: string[];
  department: string;
  actions: string[];
  suggestion: string;
}

/** What residents raise, by category, in the words a council's ledger uses. */
const TOPICS: Topic[] = [
  { category: 'utilities', label: '水电气暖', problems: ['楼道水管漏水', '老旧小区二次供水水压不足', '冬季暖气不热', '单元楼频繁停电', '燃气管道老化存在隐患', '雨后地下室漏水'], department: 'water', actions: ['协调水务集团更换老化管道', '联系供电公司改造线路', '会同燃气公司入户排查'], suggestion: '关于加快老旧小区供水管网改造的建议' },
  { category: 'property_management', label: '物业管理', problems: ['物业服务不到位垃圾清运不及时', '小区电梯长期故障', '物业费收支不透明', '小区门禁损坏无人修', '物业撤场后无人管理', '公共维修资金使用难'], department: 'housing', actions: ['约谈物业公司限期整改', '召开业主、物业、社区三方协商会', '推动成立业主委员会'], suggestion: '关于规范住宅小区物业服务的建议' },
  { category: 'traffic', label: '道路交通', problems: ['上下学时段校门口拥堵', '小区周边停车难', '路口缺少红绿灯', '人行道被占用', '公交站台距离过远', '道路破损坑洼积水'], department: 'transport', actions: ['协调交警部门增设信号灯', '施划临时停车泊位', '会同交通运输局调整公交线路'], suggestion: '关于缓解老城区停车难问题的建议' },
  { category: 'environment', label: '环境卫生', problems: ['河道垃圾堆积有异味', '餐饮油烟扰民', '垃圾分类设施不足', '建筑工地夜间施工噪音', '背街小巷卫生死角', '公厕管理不善'], department: 'urban_management', actions: ['组织志愿者清理并建立长效保洁机制', '督促商户安装油烟净化设备', '协调城管部门加强巡查'], suggestion: '关于推进背街小巷环境整治的建议' },
  { category: 'public_facilities', label: '公共设施', problems: ['小区健身器材损坏', '路灯不亮夜间出行不便', '缺少电动车充电桩', '社区活动室面积不足', '无障碍设施缺失', '老旧小区加装电梯难'], department: 'housing', actions: ['争取专项资金更换设施', '协调供电公司增设充电桩', '推动加装电梯协商达成一致'], suggestion: '关于加快老旧小区加装电梯的建议' },
  { category: 'elderly_care', label: '养老服务', problems: ['独居老人无人照料', '社区食堂就餐不便', '日间照料中心床位不足', '老年人就医挂号难', '适老化改造需求多'], department: 'civil_affairs', actions: ['协调民政局开设老年助餐点', '组织家庭医生签约上门服务', '链接社会组织开展探访'], suggestion: '关于完善社区居家养老服务体系的建议' },
  { category: 'neighbourhood_dispute', label: '邻里纠纷', problems: ['楼上漏水引发邻里矛盾', '宠物扰民纠纷', '占用公共楼道堆放杂物', '违规搭建影响采光', '装修噪音纠纷'], department: 'public_security', actions: ['委员上门调解促成双方和解', '邀请律师委员现场释法', '召开邻里议事会协商'], suggestion: '关于健全基层矛盾纠纷多元化解机制的建议' },
  { category: 'land_acquisition', label: '征地拆迁', problems: ['征地补偿标准争议', '拆迁安置房迟迟未交付', '历史遗留征地纠纷十余年未决', '集体土地收益分配不公'], department: 'land_resources', actions: ['召开点对点协商会厘清政策', '推动相关部门核实补偿台账', '促成分期交付安置房'], suggestion: '关于妥善化解征地拆迁历史遗留问题的建议' },
  { category: 'public_safety', label: '公共安全', problems: ['消防通道被占用', '小区监控设施不足', '电动车楼道充电隐患', '学校周边治安隐患'], department: 'public_security', actions: ['联合消防部门开展专项整治', '增设视频监控点位', '建设集中充电棚'], suggestion: '关于加强老旧小区消防安全治理的建议' },
];

const OUTCOMES: [string, number][] = [['已解决', 0.65], ['已解释', 0.2], ['已转办', 0.15]];
const SATISFACTION: [string, number][] = [['满意', 0.62], ['基本满意', 0.25], ['不满意', 0.08], ['', 0.05]];
const ADOPTION: [string, number][] = [['已采纳', 0.56], ['部分采纳', 0.14], ['未采纳', 0.2], ['待答复', 0.1]];
const NOT_ADOPTED_REASONS = ['涉及跨部门职责，需纳入下一年度计划统筹考虑', '资金来源暂未落实', '与现行政策规定不一致', '已有同类项目在实施中'];
const TARGETS: [string, string][] = [['职能部门', ''], ['政府', '市人民政府'], ['党委', '中共市委'], ['区政府', '城区人民政府']];

function weighted(rng: SeededRandom, options: [string, number][]): string {
  let roll = rng.next();
  for (const [value, weight] of options) {
    if ((roll -= weight) < 0) return value;
  }
  return options[options.length - 1][0];
}

function dayPlus(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The cases and suggestions of the demo city's history, rows keyed by the Chinese column headers. */
export function generateDemoHistory(city: DemoCity, options: DemoHistoryOptions = DEMO_HISTORY): { cases: SheetRow[]; suggestions: SheetRow[] } {
  const rng = createSeededRandom(`${city.seed}|history|${options.refPrefix}|${options.from}`);
  const span = daysBetween(options.from, options.to);
  const departmentName = (code: string) => city.departments.find((d) => d.code === code)?.name ?? city.departments[0].name;
  const groupOf = (communityId: string) => {
    const group = city.memberGroups.find((g) => g.communityId === communityId);
    if (!group) throw new Error(`demo community ${communityId} has no member group`);
    return group;
  };

  const cases: SheetRow[] = [];
  for (let i = 1; i <= options.cases; i++) {
    const topic = rng.pick(TOPICS);
    const community = rng.pick(city.communities);
    const problem = rng.pick(topic.problems);
    const action = rng.pick(topic.actions);
    const settledOffset = rng.int(10, span - 1);
    const settled = dayPlus(options.from, settledOffset);
    const submitted = dayPlus(settled, -rng.int(5, Math.min(60, settledOffset)));
    const outcome = weighted(rng, OUTCOMES);
    const team = rng.sample(groupOf(community.id).memberIds, rng.int(2, 3));
    const outcomeNote =
      outcome === '已解决' ? `${action}，问题已解决，居民反映良好。` : outcome === '已解释' ? `经协商暂不具备解决条件，已向居民解释说明并达成共识，纳入后续计划。` : `已转${departmentName(topic.department)}办理，并跟踪督办。`;
    cases.push({
      编号: `${options.refPrefix}-C-${String(i).padStart(4, '0')}`,
      标题: `${community.name}${problem}`,
      类别: topic.label,
      社区: community.name,
      提出日期: submitted,
      办结日期: settled,
      结果: outcome,
      处理结果: outcomeNote,
      案例: `居民反映${community.name}${problem}。委员小组接单后实地走访，${action}。${outcomeNote}`,
      满意度: weighted(rng, SATISFACTION),
      部门: outcome === '已转办' || rng.chance(0.4) ? departmentName(topic.department) : '',
      委员: team.join('；'),
      典型: rng.chance(0.08) ? '是' : '否',
    });
  }

  const suggestions: SheetRow[] = [];
  for (let i = 1; i <= options.suggestions; i++) {
    const topic = rng.pick(TOPICS);
    const communities = rng.sample(city.communities, rng.int(1, 3));
    const submitted = dayPlus(options.from, rng.int(0, span - 30));
    const adoption = weighted(rng, ADOPTION);
    const [kind, body] = rng.pick(TARGETS);
    const target = kind === '职能部门' ? departmentName(topic.department) : body;
    const decided = adoption === '待答复' ? '' : dayPlus(submitted, rng.int(10, 29));
    const proposers = rng.sample(groupOf(communities[0].id).memberIds, rng.int(1, 3));
    suggestions.push({
      编号: `${options.refPrefix}-S-${String(i).padStart(4, '0')}`,
      标题: `${topic.suggestion}（${communities.map((c) => c.name).join('、')}）`,
      内容: `针对${communities.map((c) => c.name).join('、')}居民反映的${rng.pick(topic.problems)}等问题，建议${rng.pick(topic.actions)}，建立长效机制，明确责任部门和完成时限。`,
      提案委员: proposers.join('；'),
      涉及社区: communities.map((c) => c.name).join('；'),
      报送对象类型: kind,
      报送对象: target,
      报送日期: submitted,
      采纳情况: adoption,
      未采纳原因: adoption === '未采纳' ? rng.pick(NOT_ADOPTED_REASONS) : '',
      采纳单位: adoption === '已采纳' || adoption === '部分采纳' ? target : '',
      答复日期: decided,
      落实情况: adoption === '已采纳' || adoption === '部分采纳' ? `${target}已将建议纳入年度工作计划，${rng.pick(topic.actions)}。` : '',
    });
  }
  return { cases, suggestions };
}
