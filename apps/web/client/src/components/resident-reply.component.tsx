import { useState } from 'preact/hooks';
import { intakeApi } from '../api/intake-api';
import { useI18n } from '../i18n/i18n';

/**
 * Staff wait for the resident's answer (the stage's deadline is stopped): show what they asked
 * and let the resident answer here, which starts the clock again.
 */
export function ResidentReply({ trackingCode, reason, onReplied }: { trackingCode: string; reason: string | null; onReplied: () => void }) {
  const { t } = useI18n();
  const [message, setMessage] = useState('');
  const [state, setState] = useState<'idle' | 'sending' | 'failed'>('idle');

  const send = async (event: Event) => {
    event.preventDefault();
    setState('sending');
    try {
      await intakeApi.reply(trackingCode, message);
      onReplied();
    } catch {
      setState('failed');
    }
  };

  return (
    <form class="notice resident-reply" data-testid="resident-reply" onSubmit={(e) => void send(e)}>
      <h2>{t.track.awaiting}</h2>
      {reason && <p data-testid="awaiting-reason">{reason}</p>}
      <label>
        {t.track.replyLabel}
        <textarea required maxLength={2000} value={message} onInput={(e) => setMessage((e.target as HTMLTextAreaElement).value)} />
      </label>
      <button class="button" type="submit" disabled={state === 'sending' || !message.trim()}>
        {t.track.reply}
      </button>
      {state === 'failed' && <p role="alert">{t.track.replyFailed}</p>}
    </form>
  );
}
