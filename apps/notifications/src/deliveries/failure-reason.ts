/**
 * A failure's reason as it may be logged and shown to admins: SMTP servers and gateways quote
 * the address they refused ("550 <head@dept.gov.cn>", "invalid mobile 13700000001"), and
 * contact data never goes into logs, so addresses and numbers are masked and the text bounded.
 */
export function failureReason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[e-mail]')
    .replace(/\+?\d[\d -]{6,}\d/g, '[number]')
    .slice(0, 1000);
}
