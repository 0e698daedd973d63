import { failureReason } from './failure-reason';

describe('the reason a delivery failed, as logged and shown', () => {
  it('masks the e-mail addresses and phone numbers receivers quote', () => {
    expect(failureReason(new Error('Can\'t send mail - all recipients were rejected: 550 5.1.1 <head.office@housing.gov.cn>: no such user'))).toBe(
      "Can't send mail - all recipients were rejected: 550 5.1.1 <[e-mail]>: no such user",
    );
    expect(failureReason('SMS gateway answered HTTP 200 isv.MOBILE_NUMBER_ILLEGAL 13700000001 is not valid')).toBe('SMS gateway answered HTTP 200 isv.MOBILE_NUMBER_ILLEGAL [number] is not valid');
  });

  it('keeps what an admin needs to act on', () => {
    expect(failureReason(new Error('connect ECONNREFUSED 127.0.0.1:9'))).toBe('connect ECONNREFUSED 127.0.0.1:9');
    expect(failureReason(new Error('webhook answered HTTP 503'))).toBe('webhook answered HTTP 503');
  });
});
