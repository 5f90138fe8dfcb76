// The reviewer's keys as every host uses them (app handlers, CLI): show and export my public key, read a
// colleague's key file (showing its fingerprint, trusting nothing), trust it only with the fingerprint the
// reviewer confirmed, list and remove trusted keys.
import type Database from 'better-sqlite3';
import { LecternError } from '../../errors.js';
import { getReviewerName } from '../../userdb/settings.js';
import { buildKeyFile } from './key-file.js';
import type { KeyFilePreview, MyKey, PublicKeyFile, TrustedKey } from './key-types.js';
import { ownSigningKey } from './own-key.js';
import { normalizeFingerprint, publicKeyFromBase64url } from './public-key.js';
import { addTrustedKey, findTrustedKey, listTrustedKeys, removeTrustedKey } from './trusted-keys.js';

export type { KeyFilePreview, MyKey, PublicKeyFile, TrustedKey };

/** Key operations over one user.sqlite. */
export class SigningKeys {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => string = () => new Date().toISOString(),
  ) {}

  /** My name and fingerprint (the key is made now if this data folder has none yet). */
  mine(): MyKey {
    const own = ownSigningKey(this.db, this.now);
    return {
      name: getReviewerName(this.db),
      fingerprint: own.fingerprint,
      publicKey: own.publicRaw.toString('base64url'),
    };
  }

  /** The text of my public key file, to hand to colleagues. */
  exportMine(): string {
    const me = this.mine();
    return buildKeyFile(Buffer.from(me.publicKey, 'base64url'), me.name);
  }

  /** How a key file relates to this machine; trusts nothing. */
  preview(file: PublicKeyFile): KeyFilePreview {
    const { raw } = publicKeyFromBase64url(file.publicKey);
    if (raw.equals(ownSigningKey(this.db, this.now).publicRaw)) return { ...file, status: 'own' };
    return { ...file, status: findTrustedKey(this.db, raw) ? 'trusted' : 'new' };
  }

  /**
   * Trusts a key file's key once the reviewer typed (or confirmed) the fingerprint they checked with its holder;
   * a fingerprint that is not this key's trusts nothing and says so.
   */
  trust(file: PublicKeyFile, confirmedFingerprint: string): TrustedKey {
    const preview = this.preview(file);
    if (normalizeFingerprint(confirmedFingerprint) !== file.fingerprint) {
      throw new LecternError(
        'INVALID_INPUT',
        `The fingerprint you confirmed (${confirmedFingerprint}) is not this key's (${file.fingerprint}). Nothing was trusted.`,
        `Dấu vân tay bạn xác nhận (${confirmedFingerprint}) không phải của khóa này (${file.fingerprint}). Không có khóa nào được tin cậy.`,
      );
    }
    if (preview.status === 'own') {
      throw new LecternError(
        'INVALID_INPUT',
        'This is your own key: bundles you export are already recognised as yours. Nothing was trusted.',
        'Đây là khóa của chính bạn: các tệp bạn xuất đã được nhận là của bạn. Không có khóa nào được tin cậy.',
      );
    }
    return addTrustedKey(this.db, publicKeyFromBase64url(file.publicKey).raw, file.name, this.now());
  }

  /** Every trusted key. */
  list(): TrustedKey[] {
    return listTrustedKeys(this.db);
  }

  /** Stops trusting the key with that fingerprint. */
  remove(fingerprint: string): TrustedKey {
    return removeTrustedKey(this.db, fingerprint);
  }
}
