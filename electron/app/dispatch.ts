// The one gate every IPC or loopback-host call passes: channel check, size limit, zod validation, error mapping.
// Main and the test host both call it, so the renderer meets the same rules in Electron and in Chromium tests.
import { contract, isChannel } from '../shared/contract';
import type { Channel, RequestOf, ResponseOf } from '../shared/contract';
import type { IpcResult } from '../shared/envelope';
import { fail, ok } from '../shared/envelope';
import type { MessageLanguage } from '../core/errors';
import { markValidated } from '../core/annotations/schemas';
import { explainFailure, unexpectedFailure } from '../core/failure-messages';

/** One handler per channel, taking the validated request. */
type Handler<C extends Channel> = (request: RequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C>;

/** The full handler table; a missing or mistyped handler is a compile error. */
export type Handlers = { [C in Channel]: Handler<C> };

/** What dispatch reports for the local log: the channel and outcome, never the payload (it may hold notes). */
export interface DispatchLogEntry {
  channel: string;
  code: string | null;
  /** For INTERNAL failures only: the error's name and stack, to diagnose bugs. Never sent to the renderer. */
  detail?: string;
}

/** Options for dispatch; `log` receives one entry per failed call, `language` picks the message's language. */
interface DispatchOptions {
  log?: (entry: DispatchLogEntry) => void;
  language?: () => MessageLanguage;
}

/** Serialised length of a request, or null when it cannot be serialised (cycles, BigInt). */
function serialisedLength(payload: unknown): number | null {
  try {
    return (JSON.stringify(payload) as string | undefined)?.length ?? 0;
  } catch {
    return null;
  }
}

/** Turns zod issues into one short line naming the fields, e.g. "docId: a document id such as …". */
function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues
    .slice(0, 3)
    .map((issue) =>
      issue.path.length ? `${issue.path.map(String).join('.')}: ${issue.message}` : issue.message,
    )
    .join('; ');
}

/** Validates and runs one call; always resolves to an envelope, never throws, never leaks a stack. */
export async function dispatch(
  handlers: Handlers,
  channel: string,
  payload: unknown,
  options: DispatchOptions = {},
): Promise<IpcResult<unknown>> {
  const report = (result: IpcResult<unknown>, detail?: string): IpcResult<unknown> => {
    if (!result.ok) options.log?.({ channel, code: result.error.code, ...(detail ? { detail } : {}) });
    return result;
  };
  if (!isChannel(channel)) return report(fail('FORBIDDEN', `Unknown channel "${channel.slice(0, 64)}".`));
  const entry = contract[channel];
  const size = serialisedLength(payload);
  if (size === null) return report(fail('INVALID_INPUT', `The request to ${channel} is not plain data.`));
  if (size > entry.maxChars) {
    return report(
      fail('TOO_LARGE', `The request to ${channel} is too large (${size} > ${entry.maxChars} characters).`),
    );
  }
  const parsed = entry.request.safeParse(payload);
  if (!parsed.success) {
    return report(
      fail('INVALID_INPUT', `Invalid request to ${channel}: ${describeIssues(parsed.error.issues)}`),
    );
  }
  // The core's own schemas (notes, tags) need not run again inside the service: one validation per call.
  markValidated(parsed.data, entry.request);
  try {
    const handler = handlers[channel] as (request: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (error) {
    const language = options.language?.() ?? 'en';
    const explained = explainFailure(error);
    // A SQLite or filesystem failure is logged with its raw code too, so the log still tells what the disk said.
    const raw = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error);
    if (explained !== null) {
      return report(
        fail(explained.code, explained.messageIn(language), explained.languageIn(language)),
        explained === error ? undefined : raw,
      );
    }
    const unexpected = unexpectedFailure(channel);
    return report(fail('INTERNAL', unexpected.messageIn(language), unexpected.languageIn(language)), raw);
  }
}

/** Calls a handler directly with a typed request (tests and in-process callers); still validates. */
export async function call<C extends Channel>(
  handlers: Handlers,
  channel: C,
  request: unknown,
): Promise<IpcResult<ResponseOf<C>>> {
  return (await dispatch(handlers, channel, request)) as IpcResult<ResponseOf<C>>;
}

/** Calls the core by channel name, answering with the envelope: in-thread here, or through the core worker. */
export type CoreInvoke = (channel: string, payload: unknown) => Promise<IpcResult<unknown>>;

/** The in-thread invoke over a handler table (tests and benchmarks; hosts run the core in a worker). */
export function invokerFor(handlers: Handlers, options: DispatchOptions = {}): CoreInvoke {
  return (channel, payload) => dispatch(handlers, channel, payload, options);
}
