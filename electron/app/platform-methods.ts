// Every member of the Platform interface (platform.ts), sorted by how it crosses from the core worker to the host
// thread. The worker's Platform proxy and the host's answering side are both built from these lists, so a method
// added to Platform only needs its name here; forgetting it is a compile error (`everyMemberListed` below).
import type { Platform } from './platform';

type MethodsWhere<Test> = {
  [K in keyof Platform]-?: NonNullable<Platform[K]> extends (...args: never) => infer R
    ? [R] extends [Test]
      ? K
      : never
    : never;
}[keyof Platform];

/** Methods answered by the host thread (native dialogs): each call travels there and its result comes back. */
export const PLATFORM_CALLS = [
  'chooseSavePath',
  'chooseOpenPath',
  'chooseOpenPaths',
  'chooseFolder',
] as const satisfies readonly MethodsWhere<Promise<unknown>>[];

/** Fire-and-forget methods: the call travels to the host thread, nothing comes back (progress → `job:progress`). */
export const PLATFORM_EVENTS = ['progress'] as const satisfies readonly MethodsWhere<void>[];

/** Synchronous facts without arguments: read once on the host thread when the core starts, then served locally. */
export const PLATFORM_FACTS = ['info', 'licenses'] as const satisfies readonly Exclude<
  keyof Platform,
  MethodsWhere<Promise<unknown>> | MethodsWhere<void>
>[];

/** Plain optional properties, copied once when the core starts. */
export const PLATFORM_PROPERTIES = [
  'fontsDir',
  'saveDialogConfirmsReplace',
] as const satisfies readonly (keyof Platform)[];

/** A method that travels to the host thread and answers. */
export type PlatformCall = (typeof PLATFORM_CALLS)[number];
/** A fire-and-forget method. */
export type PlatformEvent = (typeof PLATFORM_EVENTS)[number];
/** A fact read once at start-up. */
type PlatformFact = (typeof PLATFORM_FACTS)[number];
/** The facts and properties a core worker starts with. */
export type PlatformSnapshot = { [K in PlatformFact]: ReturnType<Platform[K]> } & {
  [K in (typeof PLATFORM_PROPERTIES)[number]]?: Platform[K];
};

type Unlisted = Exclude<
  keyof Platform,
  PlatformCall | PlatformEvent | PlatformFact | (typeof PLATFORM_PROPERTIES)[number]
>;
/** Compile-time check: a Platform member missing from the lists above makes this line fail to type-check. */
export const everyMemberListed: [Unlisted] extends [never] ? true : Unlisted = true;

const has = (list: readonly string[], name: unknown): boolean =>
  typeof name === 'string' && list.includes(name);

/** True for a listed call name (never a prototype key such as `constructor`). */
export function isPlatformCall(name: unknown): name is PlatformCall {
  return has(PLATFORM_CALLS, name);
}

/** True for a listed fire-and-forget name. */
export function isPlatformEvent(name: unknown): name is PlatformEvent {
  return has(PLATFORM_EVENTS, name);
}

/** Reads the facts and properties of a host Platform, to hand to a starting core worker. */
export function snapshotPlatform(platform: Platform): PlatformSnapshot {
  const snapshot = { info: platform.info(), licenses: platform.licenses() } satisfies {
    [K in PlatformFact]: ReturnType<Platform[K]>;
  };
  return {
    ...snapshot,
    ...(platform.fontsDir === undefined ? {} : { fontsDir: platform.fontsDir }),
    ...(platform.saveDialogConfirmsReplace === undefined
      ? {}
      : { saveDialogConfirmsReplace: platform.saveDialogConfirmsReplace }),
  };
}
