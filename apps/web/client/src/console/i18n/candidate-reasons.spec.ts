import { consoleEn } from './console-messages.en';
import { consoleZh } from './console-messages.zh';
import { candidateReason } from './candidate-reasons';

const ZH: Record<string, string> = { property_management: '物业管理' };
const EN: Record<string, string> = { traffic: 'Roads and traffic' };
const zhCategory = (code: string) => ZH[code] ?? code;
const enCategory = (code: string) => EN[code] ?? code;

describe("the candidate ranking's reasons in the console's language", () => {
  it('puts the expertise, load and availability reasons into Chinese', () => {
    expect(candidateReason('expertise law fits property_management (+30)', consoleZh, zhCategory)).toBe('专长“法律”对口“物业管理”（+30）');
    expect(candidateReason('already on 2 item(s) (−10)', consoleZh, zhCategory)).toBe('已在办 2 件（−10）');
    expect(candidateReason('currently unavailable', consoleZh, zhCategory)).toBe('暂不接单');
    expect(candidateReason('2 past case(s) in property_management (+16)', consoleZh, zhCategory)).toBe('办结过 2 件“物业管理”（+16）');
  });

  it('keeps English readable and leaves unknown reasons as they came', () => {
    expect(candidateReason('expertise urban_planning fits traffic (+20)', consoleEn, enCategory)).toBe('expertise “Urban planning” fits “Roads and traffic” (+20)');
    expect(candidateReason('a new kind of reason', consoleZh, zhCategory)).toBe('a new kind of reason');
  });
});
