// The key shapes that cross the IPC boundary, kept free of Node imports so the renderer's types can see them.

/** This reviewer's public identity. */
export interface MyKey {
  name: string;
  fingerprint: string;
  /** Raw public key, base64url. */
  publicKey: string;
}

/** A key read from a key file, not yet trusted. */
export interface PublicKeyFile {
  name: string;
  /** Raw public key, base64url. */
  publicKey: string;
  fingerprint: string;
}

/** A key file as read, before the reviewer confirms it: is it already trusted, is it my own. */
export interface KeyFilePreview extends PublicKeyFile {
  status: 'own' | 'trusted' | 'new';
}

/** One trusted key, as listed. */
export interface TrustedKey {
  fingerprint: string;
  /** The name the key file gave, kept as it was when the reviewer trusted it. */
  name: string;
  /** The raw public key, base64url. */
  publicKey: string;
  added: string;
}
