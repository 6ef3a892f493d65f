// The package ships no types; only what the proxy calls is declared.
declare module 'tls-sig-api-v2' {
  class Api {
    constructor(sdkAppID: number, secretKey: string);
    /** A UserSig for `userID`, valid `expireSeconds` from now. */
    genUserSig(userID: string, expireSeconds: number): string;
  }
  const tlsSigApiV2: { Api: typeof Api };
  export default tlsSigApiV2;
}
