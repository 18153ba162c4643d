/**
 * Every event the kit fires is a `cx-` prefixed CustomEvent that bubbles and
 * crosses shadow roots, so a host page can listen on `document`.
 */
export function emit<T>(target: EventTarget, name: `cx-${string}`, detail: T, options: { cancelable?: boolean } = {}): boolean {
  return target.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
}

/** The detail of every `cx-error` event: a stable code for code, a sentence for people. */
export interface CxErrorDetail {
  /** e.g. 'charter-invalid', 'charter-unreachable', 'network', 'timeout', 'not-found', 'bad-response'. */
  code: string;
  message: string;
  /** Problems with their paths, when the error is about data an editor wrote. */
  problems?: { path: string; message: string }[];
}
