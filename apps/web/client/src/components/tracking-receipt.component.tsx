import type { TrackingReceipt as Receipt } from '../api/intake-api.types';
import { useI18n } from '../i18n/i18n';
import { Link } from './link.component';

export type PhotoOutcome = 'none' | 'uploaded' | 'failed';

/** The tracking code, shown large: it is the resident's only key to their problem. */
export function TrackingReceipt({ receipt, joined, photo, onAnother }: { receipt: Receipt; joined: boolean; photo: PhotoOutcome; onAnother: () => void }) {
  const { t } = useI18n();
  return (
    <section class="receipt" aria-labelledby="receipt-heading">
      <h2 id="receipt-heading" tabIndex={-1}>
        {joined ? t.receipt.joined : t.receipt.submitted}
      </h2>
      <p class="receipt__label">{t.receipt.codeLabel}</p>
      <p class="receipt__code" data-testid="tracking-code">
        {receipt.trackingCode}
      </p>
      <p>{t.receipt.keepCode}</p>
      <p class="receipt__reference">
        {t.receipt.reference}: {receipt.reference}
      </p>
      {photo === 'uploaded' && <p class="notice">{t.receipt.photoUploaded}</p>}
      {photo === 'failed' && (
        <p class="notice notice--error" role="alert">
          {t.receipt.photoFailed}
        </p>
      )}
      <div class="actions">
        <Link href={`/track/${encodeURIComponent(receipt.trackingCode)}`} class="button">
          {t.receipt.viewProgress}
        </Link>
        <button type="button" class="button button--secondary" onClick={onAnother}>
          {t.receipt.another}
        </button>
      </div>
    </section>
  );
}
