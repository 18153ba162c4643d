/**
 * The framework bundles the tests run against (built by
 * `node test/frameworks/build-vendor.mjs` into test/frameworks/dist/), typed
 * with just what the tests use. React publishes no types of its own and the
 * tests need no more than this.
 */
import type * as VueApi from 'vue';

export interface ReactElement {
  readonly type: unknown;
  readonly props: unknown;
}
export type ReactNode = ReactElement | string | number | null | undefined | false | ReactNode[];
export type Component<P> = (props: P) => ReactNode;

export interface ReactApi {
  createElement<P>(type: string | Component<P>, props?: (P & Record<string, unknown>) | null, ...children: ReactNode[]): ReactElement;
  useState<T>(initial: T): [T, (next: T | ((previous: T) => T)) => void];
  flushSync<T>(callback: () => T): T;
  createRoot(container: Element): { render(node: ReactNode): void; unmount(): void };
}

async function importVendor(file: string): Promise<unknown> {
  try {
    return await import(/* @vite-ignore */ `/test/frameworks/dist/${file}`);
  } catch (error) {
    throw new Error(`test/frameworks/dist/${file} could not be loaded: run \`node test/frameworks/build-vendor.mjs\` before the browser tests. (${error})`);
  }
}

/**
 * React 19, react-dom/client and flushSync (development build, for its
 * warnings). The tests do not use act(): React schedules updates as it does
 * on a real page, and the tests wait for what a user would see.
 */
export async function loadReact(): Promise<ReactApi> {
  return (await importVendor('react.js')) as ReactApi;
}

/** Vue 3's full build, with the template compiler (where `isCustomElement` applies). */
export async function loadVue(): Promise<typeof VueApi> {
  return (await importVendor('vue.js')) as typeof VueApi;
}
