/**
 * GeoReport v2 serves every resource as XML (required by the spec) and JSON (which we announce
 * in discovery). The JSON is the spec's "Spark" mapping of the XML: a list element becomes an
 * array of its children, so one value renders both ways.
 */
export const OPEN311_FORMATS = ['xml', 'json'] as const;
export type Open311Format = (typeof OPEN311_FORMATS)[number];

export type Open311Value = string | number | boolean | null | Open311Value[] | { [key: string]: Open311Value };

/** A response document: the XML root element and the value under it. */
export interface Open311Document {
  root: string;
  value: Open311Value;
}

/** The element name of one item of each list element the spec defines. */
const ITEM_NAMES: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  attributes: 'attribute',
  values: 'value',
  endpoints: 'endpoint',
  formats: 'format',
  errors: 'error',
};

export const CONTENT_TYPES: Record<Open311Format, string> = {
  xml: 'text/xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** The format a request asked for by its path's extension (…/services.json); XML otherwise, as the spec's default. */
export function formatOfPath(path: string): Open311Format {
  const match = /\.(json|xml)$/i.exec(path.split('?')[0]);
  return match ? (match[1].toLowerCase() as Open311Format) : 'xml';
}

export function render(document: Open311Document, format: Open311Format): string {
  if (format === 'json') return JSON.stringify(document.value);
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(document.root, document.value)}`;
}

function element(name: string, value: Open311Value): string {
  if (value === null || value === '') return `<${name}/>`;
  if (Array.isArray(value)) {
    const item = ITEM_NAMES[name] ?? 'item';
    return `<${name}>${value.map((v) => element(item, v)).join('')}</${name}>`;
  }
  if (typeof value === 'object') {
    return `<${name}>${Object.entries(value)
      .map(([k, v]) => element(k, v))
      .join('')}</${name}>`;
  }
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/** Escapes markup and drops characters XML 1.0 cannot carry at all. */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
