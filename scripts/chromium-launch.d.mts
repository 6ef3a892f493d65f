/** Playwright launch options for Debian's Chromium (see chromium-launch.mjs). */
export declare const chromiumLaunchOptions: { executablePath: string; args: string[] };
