/// <reference types="node" />
import { createHmac, timingSafeEqual } from 'node:crypto';
import { inflateSync } from 'node:zlib';
import { FollowDbError } from './db-error';

/**
 * Tencent's public codes for bad REST credentials (REST API public error codes and account
 * error codes of Tencent Cloud Chat; the README's protocol table lists each choice).
 */
export const CredentialErrorCode = {
  /** 60002: HTTP parse error, check the URL (kit's choice for a bad `random` / `contenttype`). */
  BadUrl: 60002,
  /** 60004: account or signature error in the request URL (a missing `identifier` / `usersig`). */
  MissingAccountOrSig: 60004,
  /** 60010: the request needs App admin permission (`identifier` is not an admin). */
  AdminRequired: 60010,
  /** 60012: REST calls need an SDKAppID in the URL. */
  MissingSdkAppID: 60012,
  /** 70001: the UserSig has expired. */
  UserSigExpired: 70001,
  /** 70003: the UserSig could not be parsed. */
  UserSigUnparsable: 70003,
  /** 70009: the UserSig's signature does not verify (made with another key). */
  UserSigInvalid: 70009,
  /** 70013: the request's identifier is not the one the UserSig was made for. */
  IdentifierMismatch: 70013,
  /** 70014: the request's SDKAppID is not the one the UserSig was made for. */
  SdkAppIDMismatch: 70014,
  /** 70020: the SDKAppID does not exist. */
  UnknownSdkAppID: 70020,
} as const;

/** Options of {@link strictCredentials}. */
export interface StrictCredentialsOptions {
  /** The one SDKAppID the mock knows. */
  sdkAppID: number;
  /** The mock's own secret key: UserSigs are verified with it. */
  secretKey: string;
  /** Admin accounts. Default: `['administrator']`. */
  admins?: string[];
  /** Clock in milliseconds, for expiry. Default: `Date.now`. */
  now?: () => number;
}

interface SigDoc {
  'TLS.identifier': string;
  'TLS.sdkappid': number;
  'TLS.time': number;
  'TLS.expire': number;
  'TLS.sig': string;
  'TLS.userbuf'?: string;
}

function refuse(code: number, info: string): never {
  throw new FollowDbError(code, info);
}

/** Tencent's UserSig: zlib-deflated JSON in base64 with `*`, `-`, `_` for `+`, `/`, `=`. */
function decodeUserSig(userSig: string): SigDoc {
  try {
    const base64 = userSig.replace(/\*/g, '+').replace(/-/g, '/').replace(/_/g, '=');
    const doc = JSON.parse(inflateSync(Buffer.from(base64, 'base64')).toString('utf8'));
    const fields = ['TLS.identifier', 'TLS.sig'] as const;
    const numbers = ['TLS.sdkappid', 'TLS.time', 'TLS.expire'] as const;
    if (
      fields.every((f) => typeof doc[f] === 'string') &&
      numbers.every((f) => Number.isFinite(doc[f]))
    ) {
      return doc as SigDoc;
    }
  } catch {
    // Falls through to the same refusal as a doc with missing fields.
  }
  return refuse(CredentialErrorCode.UserSigUnparsable, 'The UserSig could not be parsed');
}

/** The HMAC-SHA256 of TLS sig API v2, over the fields in its fixed order. */
function expectedSignature(doc: SigDoc, secretKey: string): string {
  let content = `TLS.identifier:${doc['TLS.identifier']}\nTLS.sdkappid:${doc['TLS.sdkappid']}\n`;
  content += `TLS.time:${doc['TLS.time']}\nTLS.expire:${doc['TLS.expire']}\n`;
  if (doc['TLS.userbuf'] !== undefined) content += `TLS.userbuf:${doc['TLS.userbuf']}\n`;
  return createHmac('sha256', secretKey).update(content).digest('base64');
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * A `checkCredentials` for `createFollowHandlers` that checks what Tencent checks: the
 * SDKAppID, the admin identifier and its UserSig, verified with the mock's own secret.
 * Messages never repeat the UserSig.
 */
export function strictCredentials(options: StrictCredentialsOptions): (url: URL) => void {
  const { sdkAppID, secretKey, admins = ['administrator'], now = Date.now } = options;
  return (url) => {
    const query = url.searchParams;
    const appID = query.get('sdkappid');
    if (!appID) refuse(CredentialErrorCode.MissingSdkAppID, 'REST calls need sdkappid in the URL');
    if (appID !== String(sdkAppID)) {
      refuse(CredentialErrorCode.UnknownSdkAppID, `SDKAppID ${appID} does not exist`);
    }
    const identifier = query.get('identifier');
    const userSig = query.get('usersig');
    if (!identifier || !userSig) {
      refuse(
        CredentialErrorCode.MissingAccountOrSig,
        'identifier and usersig are required in the URL',
      );
    }
    const random = query.get('random') ?? '';
    if (!/^\d{1,10}$/.test(random) || Number(random) > 0xffff_ffff) {
      refuse(CredentialErrorCode.BadUrl, 'random must be an unsigned 32-bit integer');
    }
    if (query.get('contenttype') !== 'json') {
      refuse(CredentialErrorCode.BadUrl, 'contenttype must be json');
    }
    const doc = decodeUserSig(userSig);
    if (doc['TLS.identifier'] !== identifier) {
      refuse(CredentialErrorCode.IdentifierMismatch, `The UserSig was not made for ${identifier}`);
    }
    if (doc['TLS.sdkappid'] !== sdkAppID) {
      refuse(
        CredentialErrorCode.SdkAppIDMismatch,
        `The UserSig was not made for SDKAppID ${appID}`,
      );
    }
    if (!sameText(doc['TLS.sig'], expectedSignature(doc, secretKey))) {
      refuse(CredentialErrorCode.UserSigInvalid, 'UserSig verification failed');
    }
    if (doc['TLS.time'] + doc['TLS.expire'] < now() / 1000) {
      refuse(CredentialErrorCode.UserSigExpired, 'The UserSig has expired');
    }
    if (!admins.includes(identifier)) {
      refuse(CredentialErrorCode.AdminRequired, `${identifier} is not an app admin`);
    }
  };
}
