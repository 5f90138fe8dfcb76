// Who signed a verified bundle, and whether it may be imported without asking: this data folder's own key and
// keys the reviewer trusted (by confirming their fingerprint) pass; an unknown key or no signature at all needs
// the reviewer's explicit acceptance (`acceptUntrusted`), else nothing is imported and the error says why.
import type Database from 'better-sqlite3';
import { LecternError } from '../../errors.js';
import type { NotesSigner } from '../model.js';
import { ownPublicKey } from '../signing/own-key.js';
import { findTrustedKey } from '../signing/trusted-keys.js';
import type { ParsedBundle } from './bundle.js';

/** The signer of a parsed bundle as this machine sees it. */
export function signerOf(db: Database.Database, bundle: ParsedBundle): NotesSigner {
  const own = ownPublicKey(db);
  const reviewer = bundle.manifest.reviewer;
  const sig = bundle.signature;
  if (sig === null) return { status: 'unsigned', reviewer, fingerprint: null, trustedAs: null };
  if (own !== null && sig.publicRaw.equals(own))
    return { status: 'own', reviewer, fingerprint: sig.fingerprint, trustedAs: null };
  const trusted = findTrustedKey(db, sig.publicRaw);
  return trusted
    ? { status: 'trusted', reviewer, fingerprint: sig.fingerprint, trustedAs: trusted.name }
    : { status: 'untrusted', reviewer, fingerprint: sig.fingerprint, trustedAs: null };
}

/** Refuses an unsigned or untrusted bundle unless the reviewer accepted it explicitly. */
export function requireTrust(signer: NotesSigner, acceptUntrusted: boolean): void {
  if (acceptUntrusted || signer.status === 'own' || signer.status === 'trusted') return;
  const who = signer.reviewer || 'no name';
  if (signer.status === 'unsigned') {
    throw new LecternError(
      'UNTRUSTED',
      `This notes file (by "${who}") is not signed: nothing shows who made it or that it is unchanged. Nothing was imported; import it only if you accept an unverified file.`,
      `Tệp ghi chú này (của "${who}") không có chữ ký: không gì cho biết ai tạo ra nó hay nó còn nguyên vẹn. Không có gì được nhập; chỉ nhập nếu bạn chấp nhận một tệp chưa được xác minh.`,
    );
  }
  throw new LecternError(
    'UNTRUSTED',
    `This notes file is signed by "${who}" with a key you have not trusted (fingerprint ${signer.fingerprint ?? ''}). Nothing was imported; trust the key after confirming its fingerprint with its holder, or accept this file explicitly.`,
    `Tệp ghi chú này được ký bởi "${who}" bằng một khóa bạn chưa tin cậy (dấu vân tay ${signer.fingerprint ?? ''}). Không có gì được nhập; hãy tin cậy khóa sau khi xác nhận dấu vân tay với người giữ khóa, hoặc chấp nhận rõ ràng tệp này.`,
  );
}
