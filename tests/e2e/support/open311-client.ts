import { testEnvironment } from '@shangliang/testing';

export interface Open311Response {
  status: number;
  contentType: string;
  text: string;
  /** Parsed JSON for .json paths; undefined for XML. */
  json: any;
  headers: Headers;
}

const base = () => `${testEnvironment.url('intake')}/open311/v2`;

export async function open311Get(path: string): Promise<Open311Response> {
  return read(await fetch(`${base()}/${path}`), path);
}

/** Form-encoded, as the spec sends a service request. */
export async function open311Post(path: string, fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Open311Response> {
  const res = await fetch(`${base()}/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
  return read(res, path);
}

async function read(res: Response, path: string): Promise<Open311Response> {
  const text = await res.text();
  const isJson = /\.json(\?|$)/.test(path);
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', text, json: isJson ? JSON.parse(text) : undefined, headers: res.headers };
}

/** The text of every <name>…</name> element in an XML document, in order. */
export function xmlValues(xml: string, name: string): string[] {
  return [...xml.matchAll(new RegExp(`<${name}>([^<]*)</${name}>`, 'g'))].map((m) => m[1]);
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';
