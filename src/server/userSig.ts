import tlsSigApiV2 from 'tls-sig-api-v2';

/** Options of {@link createUserSigSource}. */
export interface UserSigSourceOptions {
  sdkAppID: number;
  identifier: string;
  secretKey: string;
  /** Validity of each UserSig in seconds. Default: 86,400 (Tencent advises at least a day). */
  ttlSeconds?: number;
  /** Clock in milliseconds. Default: `Date.now`. */
  now?: () => number;
}

/**
 * The admin's UserSig, made with Tencent's own algorithm (`tls-sig-api-v2`) and reused
 * until shortly before it expires: a tenth of its validity, at most five minutes, early.
 */
export function createUserSigSource({
  sdkAppID,
  identifier,
  secretKey,
  ttlSeconds = 86_400,
  now = Date.now,
}: UserSigSourceOptions): () => string {
  const api = new tlsSigApiV2.Api(sdkAppID, secretKey);
  const renewAfterMs = (ttlSeconds - Math.min(300, ttlSeconds / 10)) * 1000;
  let cached: { userSig: string; renewAt: number } | undefined;
  return () => {
    const time = now();
    if (!cached || time >= cached.renewAt) {
      cached = { userSig: api.genUserSig(identifier, ttlSeconds), renewAt: time + renewAfterMs };
    }
    return cached.userSig;
  };
}
