/**
 * The lookup session's code, loaded once when first needed (the form's first
 * use, a lookup, a `now` to check), and what was asked for meanwhile: started
 * once the code is here, with a skeleton holding the place until then. If the
 * code cannot load, the resident is told as for a failed lookup (the element
 * shows the charter's phone and email) and can try again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { inLocaleOf, type CxErrorCode } from '@cx-kit/core/element';
import { chunkFailure, lookupChunks, type Lookup } from './chunks.js';
import type { LookupSession, SessionOptions } from './lookup-session.js';
import type * as FailurePart from './views/failure.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export interface SessionControllerOptions extends SessionOptions {
  /** Which API's client to fetch alongside the session's code. */
  isCx: () => boolean;
  /** The session has just arrived. */
  onReady: (session: LookupSession) => void;
}

export class SessionController implements ReactiveController {
  session?: LookupSession;
  /** What was asked for is waiting for the code. */
  starting = false;
  /** The code did not load: offline, or a problem on our side. */
  unavailable?: CxErrorCode;
  /** The last lookup asked for (the verifier lives only here, in memory). */
  last?: Lookup;
  /** The failure view, for when the session's code cannot load (without it, the shell's last resort shows). */
  failure?: typeof FailurePart;
  private loading?: Promise<LookupSession>;
  /** Counts what was asked for, so only the latest goes on when the code arrives. */
  private asked = 0;
  private again?: () => void;

  constructor(
    private readonly host: Host,
    private readonly options: SessionControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The code is on its way (and not here yet). */
  get loadingNow(): boolean {
    return Boolean(this.loading && !this.session);
  }

  get status() {
    if (this.unavailable) return 'error';
    return this.starting ? 'pending' : (this.session?.status ?? 'initial');
  }

  /** The session (loaded once; tried again after a failure). */
  load(): Promise<LookupSession> {
    this.loading ??= lookupChunks.session().then(
      ({ LookupSession }) => {
        this.session ??= new LookupSession(this.host, this.options);
        this.options.onReady(this.session);
        this.host.requestUpdate();
        return this.session;
      },
      (error: unknown) => {
        this.loading = undefined;
        this.host.requestUpdate();
        throw error;
      },
    );
    return this.loading;
  }

  /** Fetches the code (and the API's client) ahead of need, ignoring a failure: the lookup that needs it reports it. */
  prefetch(): void {
    this.load().catch(() => undefined);
    this.prefetchClient();
    void this.options.charterComplete();
  }

  /** The API's client and the failure view, fetched alongside the session's code (not after it). */
  private prefetchClient(): void {
    void (this.options.isCx() ? lookupChunks.cx() : lookupChunks.open311()).catch(() => undefined);
    void this.loadFailure();
  }

  /** Never rejects: without the failure view, the form's last resort shows. */
  private loadFailure(): Promise<void> {
    return lookupChunks.failure().then(
      (part) => void (this.failure = part),
      () => undefined,
    );
  }

  /**
   * Starts what was asked for once the code is here: `ask` gives the lookup
   * to send, or nothing (the form has errors to show). `reference` is shown
   * if the code cannot load.
   */
  async start(reference: string, ask: (session: LookupSession) => Lookup | undefined, focus: boolean): Promise<void> {
    const mine = ++this.asked;
    this.last = { reference };
    this.again = () => void this.start(reference, ask, true);
    this.unavailable = undefined;
    this.starting = !this.session;
    this.host.requestUpdate();
    // The API's client, the failure view and what the answer needs of the charter load alongside the session's code.
    this.prefetchClient();
    void this.options.charterComplete();
    let session: LookupSession;
    try {
      session = await this.load();
    } catch (error) {
      // The failure view was fetched with the code: wait for it to arrive or fail.
      await this.loadFailure();
      if (mine !== this.asked) return;
      const failed = chunkFailure(error);
      this.starting = false;
      this.unavailable = failed.code;
      this.options.reportError(failed);
      this.host.requestUpdate();
      return this.settled(focus);
    }
    if (mine !== this.asked) return;
    this.starting = false;
    // Outside an update: messages are looked up in this widget's language explicitly.
    const lookup = inLocaleOf(this.host, () => ask(session));
    if (!lookup) return this.host.requestUpdate();
    this.last = lookup;
    await session.run(lookup);
    return this.settled(focus);
  }

  /** "Try again": what was last asked for. */
  retry(): void {
    this.again?.();
  }

  /** Back to the form: nothing asked for is still to come. */
  cancel(): void {
    this.asked++;
    this.session?.reset();
    this.starting = false;
    this.unavailable = undefined;
    this.host.requestUpdate();
  }

  private async settled(focus: boolean): Promise<void> {
    if (!focus) return;
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('#cx-result-title')?.focus();
  }
}
