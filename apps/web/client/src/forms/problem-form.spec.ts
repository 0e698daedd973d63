import { zh } from '../i18n/messages.zh';
import { contactOf, emptyForm, formFieldOf, type ProblemForm, toNewProblem, validateProblemForm } from './problem-form';

const filled: ProblemForm = { ...emptyForm, category: 'public_facilities', communityId: 'com-01', title: '路灯不亮', description: '5号楼前的路灯坏了三个星期' };

describe('the problem form', () => {
  it('accepts a complete form without contact details', () => {
    expect(validateProblemForm(filled, zh)).toEqual({});
    expect(toNewProblem(filled)).toEqual({ category: 'public_facilities', communityId: 'com-01', title: '路灯不亮', description: '5号楼前的路灯坏了三个星期', address: undefined, contact: undefined });
  });

  it('names every missing or too short field', () => {
    expect(Object.keys(validateProblemForm({ ...emptyForm, title: '灯', description: '坏了' }, zh)).sort()).toEqual(['category', 'communityId', 'description', 'title']);
  });

  it('asks for a phone number only with consent to a call-back', () => {
    expect(validateProblemForm({ ...filled, consent: true, phone: '' }, zh).phone).toBe(zh.raise.errors.phone);
    expect(validateProblemForm({ ...filled, consent: false, phone: 'abc' }, zh).phone).toBeUndefined();
  });

  it('sends contact details only when the resident agreed to be called back', () => {
    expect(contactOf({ ...filled, consent: false, phone: '13912345678', name: '王' })).toBeUndefined();
    expect(contactOf({ ...filled, consent: true, phone: ' 139 1234 5678 ', name: '' })).toEqual({ phone: '139 1234 5678', name: undefined, consentToCallback: true });
    expect(contactOf({ ...filled, consent: true, texts: true, phone: '13912345678', name: '' }, 'en')).toEqual({
      phone: '13912345678',
      name: undefined,
      consentToCallback: true,
      consentToTexts: true,
      locale: 'en',
    });
  });

  it("maps intake's field paths onto the form's inputs", () => {
    expect(formFieldOf('contact.phone')).toBe('phone');
    expect(formFieldOf('communityId')).toBe('communityId');
    expect(formFieldOf('(body)')).toBeNull();
  });
});
