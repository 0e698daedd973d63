/** How many call-backs may reach nobody before the follow-up ends as "not reached" (未联系上). */
export class FollowUpPolicy {
  constructor(readonly callBackAttempts: number) {}

  /** The workflow's event for a round's end: the first round keeps the id it always had. */
  static recordedEventId(problemId: string, round: number): string {
    return round === 0 ? `${problemId}.follow-up` : `${problemId}.follow-up.${round}`;
  }
}
