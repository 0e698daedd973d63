import type { NotificationEventKind } from '@shangliang/contracts';
import { type MessageTemplate, NOTIFICATION_TEMPLATES, type NotificationLocale } from './notification-templates';
import type { TemplateVariable } from './template-variables';

export class MissingTemplateVariableError extends Error {
  constructor(readonly kind: string, readonly variable: string) {
    super(`template ${kind}: no value for {${variable}}`);
  }
}

const PLACEHOLDER = /\{(\w+)\}/g;

/** The variables a piece of template text names. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

function fill(kind: string, text: string, values: Partial<Record<TemplateVariable, string>>): string {
  return text.replace(PLACEHOLDER, (_, name: string) => {
    const value = values[name as TemplateVariable];
    if (value === undefined) throw new MissingTemplateVariableError(kind, name);
    return value;
  });
}

export interface RenderedMessage extends MessageTemplate {
  /** The SMS template's variables, as the gateway's TemplateParam wants them. */
  smsParams: Record<string, string>;
}

export function renderTemplate(kind: NotificationEventKind, locale: NotificationLocale, values: Partial<Record<TemplateVariable, string>>): RenderedMessage {
  const template = NOTIFICATION_TEMPLATES[kind][locale];
  const smsParams = Object.fromEntries(placeholdersOf(template.sms).map((name) => [name, fill(kind, `{${name}}`, values)]));
  return { title: fill(kind, template.title, values), body: fill(kind, template.body, values), sms: fill(kind, template.sms, values), smsParams };
}
