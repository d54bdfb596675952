/**
 * Every runtime message between extension parts, typed in one place. Each entry names its request
 * and response and brings a shape check: a listener only sees requests that come from this
 * extension (content scripts and extension pages) and that pass the check, so nothing a web page
 * can reach drives Amends. To add a message: add it to ProtocolMap and give it a validator.
 */
import { browser, type Browser } from 'wxt/browser';
import { CATEGORY_IDS, type AnalyzeOptions, type CategoryId, type Finding } from './analyzer/types';

export interface ProtocolMap {
  /** Content script → background: find the moves in a draft. */
  analyze: { request: AnalyzeRequest; response: AnalyzeResponse };
  /** Content script's loader → background: a field got focus in this frame; load the rest of Amends there. */
  activate: { request: ActivateRequest; response: ActivateResponse };
}

export type ActivateRequest = Record<string, never>;

export interface ActivateResponse {
  injected: boolean;
}

export interface AnalyzeRequest {
  text: string;
  options: Pick<AnalyzeOptions, 'minConfidence' | 'categories' | 'disabledRules'>;
}

export interface AnalyzeResponse {
  findings: Finding[];
}

export type MessageType = keyof ProtocolMap;
export type RequestOf<K extends MessageType> = ProtocolMap[K]['request'];
export type ResponseOf<K extends MessageType> = ProtocolMap[K]['response'];

/** What goes over the wire: the type tag plus its request. */
export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  data: RequestOf<K>;
}

/** What comes back: the response, or why there is none. */
export type Reply<K extends MessageType> = { ok: true; data: ResponseOf<K> } | { ok: false; error: string };

/** Longest draft a content script may send; it checks at most this much anyway. */
export const MAX_MESSAGE_TEXT = 200_000;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isCategory = (v: unknown): v is CategoryId => typeof v === 'string' && (CATEGORY_IDS as readonly string[]).includes(v);

/** One shape check per message; the listener drops anything that fails it. */
export const requestValidators: { [K in MessageType]: (data: unknown) => data is RequestOf<K> } = {
  analyze(data): data is AnalyzeRequest {
    if (!isRecord(data) || typeof data.text !== 'string' || data.text.length > MAX_MESSAGE_TEXT) return false;
    const options = data.options;
    if (!isRecord(options)) return false;
    if (options.minConfidence !== undefined && (typeof options.minConfidence !== 'number' || !Number.isFinite(options.minConfidence))) return false;
    if (options.categories !== undefined && !(Array.isArray(options.categories) && options.categories.every(isCategory))) return false;
    return options.disabledRules === undefined || isStringArray(options.disabledRules);
  },
  activate(data): data is ActivateRequest {
    return isRecord(data) && Object.keys(data).length === 0;
  },
};

/** Checks a finding coming back from the background against the text it was computed for. */
export function isFindingFor(text: string, value: unknown): value is Finding {
  if (!isRecord(value)) return false;
  const { start, end, step } = value;
  return (
    isCategory(value.category) &&
    typeof start === 'number' && typeof end === 'number' && Number.isInteger(start) && Number.isInteger(end) &&
    start >= 0 && start < end && end <= text.length &&
    typeof step === 'number' && step >= 1 && step <= 6 &&
    typeof value.rule === 'string' && typeof value.message === 'string' &&
    (value.rewrite === undefined || typeof value.rewrite === 'string') &&
    typeof value.confidence === 'number'
  );
}

export function isEnvelope(value: unknown): value is Envelope {
  return isRecord(value) && typeof value.type === 'string' && Object.hasOwn(requestValidators, value.type) && 'data' in value;
}

/** Sends a typed message to the background and resolves with its response (rejects on its error). */
export async function sendMessage<K extends MessageType>(type: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { type, data };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined;
  if (!reply) throw new Error(`No answer to "${type}"`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

type Handler<K extends MessageType> = (data: RequestOf<K>, sender: Browser.runtime.MessageSender) => ResponseOf<K> | Promise<ResponseOf<K>>;
const handlers: { [K in MessageType]?: Handler<K> } = {};
let listening = false;

/** Whether a message really comes from this extension (its content scripts or its pages). */
export function isOwnSender(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

/** Handles one message type (in the background). Returns a function that stops handling it. */
export function onMessage<K extends MessageType>(type: K, handler: Handler<K>): () => void {
  (handlers as Record<K, Handler<K>>)[type] = handler;
  if (!listening) {
    listening = true;
    browser.runtime.onMessage.addListener(dispatch);
  }
  return () => {
    delete handlers[type];
  };
}

/** The single runtime listener: validates, then answers through sendResponse (works in Chrome and Firefox). */
function dispatch(message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void): true | undefined {
  if (!isOwnSender(sender) || !isEnvelope(message)) return undefined;
  const handler = handlers[message.type] as Handler<MessageType> | undefined;
  if (!handler || !requestValidators[message.type](message.data)) return undefined;
  Promise.resolve()
    .then(() => handler(message.data, sender))
    .then(
      (data) => sendResponse({ ok: true, data } satisfies Reply<MessageType>),
      (error: unknown) => sendResponse({ ok: false, error: error instanceof Error ? error.message : String(error) } satisfies Reply<MessageType>),
    );
  return true;
}
