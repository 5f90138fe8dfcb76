// The notes-exchange slice of the handler table that signing added: preview a bundle (who signed it, trusted or
// not) before `annotations:import` takes it by preview id, and the reviewer's keys (show, export, read a
// colleague's key file, trust it once its fingerprint is confirmed, list, remove).
import { randomUUID } from 'node:crypto';
import { basename } from 'node:path';
import { readBundleFile } from '../core/annotations/exchange/bundle';
import type { AnnotationService } from '../core/annotations/service';
import { readKeyFile } from '../core/annotations/signing/key-file';
import type { PublicKeyFile } from '../core/annotations/signing/key-types';
import { SigningKeys } from '../core/annotations/signing/signing-keys';
import { LecternError } from '../core/errors';
import { writeTextFile } from '../core/export/text-file';
import type { Handlers } from './dispatch';
import type { Platform } from './platform';

/** The channels this slice serves. */
type ExchangeChannels =
  | 'annotations:importPreview'
  | 'keys:mine'
  | 'keys:export'
  | 'keys:read'
  | 'keys:trust'
  | 'keys:list'
  | 'keys:remove';

const BUNDLE_FILTERS = [{ name: 'Lectern notes', extensions: ['json'] }];
const KEY_FILTERS = [{ name: 'Lectern public key', extensions: ['json'] }];

/** The one bundle previewed and the one key file read, kept in the core until imported or trusted. */
export class ExchangeSession {
  private bundle: { id: string; text: string } | null = null;
  /** The key file last read by `keys:read`. */
  keyFile: PublicKeyFile | null = null;

  /** Keeps a previewed bundle's text (the bytes verified are the bytes imported); returns its id. */
  keep(text: string): string {
    this.bundle = { id: randomUUID(), text };
    return this.bundle.id;
  }

  /** The text of a previewed bundle; an unknown id (another preview since, or none) is refused plainly. */
  take(previewId: string): string {
    if (this.bundle?.id !== previewId) {
      throw new LecternError(
        'NOT_FOUND',
        'That notes preview is no longer open; choose the file again.',
        'Bản xem trước ghi chú này không còn mở; hãy chọn lại tệp.',
      );
    }
    return this.bundle.text;
  }

  /** Forgets a bundle once imported. */
  forget(previewId: string): void {
    if (this.bundle?.id === previewId) this.bundle = null;
  }
}

/** Builds the slice; `session` is shared with the table's `annotations:import`. */
export function exchangeHandlers(
  annotations: AnnotationService,
  keys: SigningKeys,
  platform: Platform,
  session: ExchangeSession,
): Pick<Handlers, ExchangeChannels> {
  return {
    'annotations:importPreview': async () => {
      const path = await platform.chooseOpenPath({ title: 'Import notes', filters: BUNDLE_FILTERS });
      if (path === null) return null;
      const text = readBundleFile(path);
      const preview = annotations.previewNotes(text);
      return { ...preview, previewId: session.keep(text), fileName: basename(path) };
    },
    'keys:mine': () => keys.mine(),
    'keys:export': async ({ replace }) => {
      const outPath = await platform.chooseSavePath({
        title: 'Export my public key',
        defaultName: 'my-key.lectern-key.json',
        filters: KEY_FILTERS,
      });
      if (outPath === null) return null;
      writeTextFile(outPath, keys.exportMine(), { replace: replace === true });
      return { outPath, fingerprint: keys.mine().fingerprint };
    },
    'keys:read': async () => {
      const path = await platform.chooseOpenPath({ title: 'Trust a colleague’s key', filters: KEY_FILTERS });
      if (path === null) return null;
      const file = readKeyFile(path);
      session.keyFile = file;
      return keys.preview(file);
    },
    'keys:trust': ({ fingerprint }) => {
      const file = session.keyFile;
      if (file === null) {
        throw new LecternError(
          'NOT_FOUND',
          'No key file is open; choose the colleague’s key file first.',
          'Chưa mở tệp khóa nào; hãy chọn tệp khóa của đồng nghiệp trước.',
        );
      }
      const trusted = keys.trust(file, fingerprint);
      session.keyFile = null;
      return trusted;
    },
    'keys:list': () => keys.list(),
    'keys:remove': ({ fingerprint }) => keys.remove(fingerprint),
  };
}

/** The keys of the services' user.sqlite. */
export const signingKeysOf = (db: ConstructorParameters<typeof SigningKeys>[0]): SigningKeys =>
  new SigningKeys(db);
