// Screenshots of stories in Debian's Chromium for docs/screenshots, and a check that no story
// load logs a failed request. Usage: node scripts/screenshots.mjs [storybook url] (default: a
// running `npm run dev`, http://127.0.0.1:6006).
import { execFileSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from './chromium-launch.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:6006';
const out = new URL('../docs/screenshots/', import.meta.url);

/** file, story id, toolbar globals, viewport width, optional state to wait for. */
const SHOTS = [
  ['follow-button.png', 'components-followbutton--sizes-and-variants', {}, 900],
  ['follow-button-dark.png', 'components-followbutton--sizes-and-variants', { theme: 'dark' }, 900],
  ['follow-counts.png', 'components-followcounts--huge-numbers', {}, 700],
  ['follower-list.png', 'components-followerlist--following', {}, 700],
  ['follower-list-loading.png', 'components-followerlist--slow-network', {}, 700, 'loading'],
  ['follower-list-empty.png', 'components-followerlist--empty', {}, 700],
  ['follow-panel.png', 'components-followpanel--tabs', {}, 800],
  ['avatar.png', 'components-avatar--sizes', {}, 700],
  ['profile-card.png', 'components-profilecard--with-known-followers', {}, 600, 'played'],
  ['profile-card-dark.png', 'components-profilecard--default', { theme: 'dark' }, 600],
  ['known-followers.png', 'components-knownfollowers--many', {}, 700, 'played'],
  ['profile-hover-card.png', 'components-profilehovercard--on-hover', {}, 700, 'dialog'],
  ['profile-page.png', 'pages-profile-page--profile', {}, 1280],
  ['profile-page-375.png', 'pages-profile-page--profile', {}, 375],
  ['profile-page-zh-cn.png', 'pages-profile-page--profile', { locale: 'zh-CN' }, 1280],
  ['dark.png', 'pages-profile-page--profile', { theme: 'dark' }, 1280],
  ['rtl.png', 'pages-profile-page--profile', { direction: 'rtl' }, 1280],
];

/**
 * The fonts packages whose scripts the stories show (Chinese names, emoji names) that
 * fontconfig cannot find; empty where there is no `fc-list` (macOS and Windows ship both).
 */
function missingFontPackages() {
  const has = (pattern) => {
    try {
      return execFileSync('fc-list', [pattern, 'family'], { encoding: 'utf8' }).trim() !== '';
    } catch {
      return true;
    }
  };
  return [
    ...(has(':lang=zh-cn') ? [] : ['fonts-noto-cjk']),
    ...(has(':charset=1f600:color=true') ? [] : ['fonts-noto-color-emoji']),
  ];
}

// Without them Chromium draws empty boxes, and the shots would replace good ones with those.
const missing = missingFontPackages();
if (missing.length > 0) {
  console.error(
    `screenshots need fonts for the stories' names: apt-get install -y ${missing.join(' ')}`,
  );
  process.exit(1);
}

const browser = await chromium.launch(chromiumLaunchOptions);
await mkdir(out, { recursive: true });
const failures = [];
try {
  for (const [file, id, globals, width, wait] of SHOTS) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    page.on('response', (response) => {
      if (response.status() >= 400) failures.push(`${id}: ${response.status()} ${response.url()}`);
    });
    const g = Object.entries(globals)
      .map(([k, v]) => `${k}:${v}`)
      .join(';');
    await page.goto(`${base}/iframe.html?id=${id}&viewMode=story${g ? `&globals=${g}` : ''}`);
    await page.waitForSelector('.rfk-sb-frame');
    if (wait === 'loading') await page.waitForSelector('[data-state="loading"]');
    // Stories whose play opens something: the shot shows it open.
    else if (wait === 'played') await page.waitForSelector('[aria-expanded="true"]');
    else if (wait === 'dialog') await page.waitForSelector('[role="dialog"]');
    else await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
    // The Storybook-only Simulate bar is not part of the kit.
    await page.addStyleTag({ content: '.rfk-sb-simulate { display: none; }' });
    await page.waitForTimeout(400);
    await page.screenshot({ path: fileURLToPath(new URL(file, out)), fullPage: true });
    await page.close();
    console.log(`wrote docs/screenshots/${file}`);
  }
} finally {
  await browser.close();
}
if (failures.length > 0) {
  console.error(`failed requests:\n${failures.join('\n')}`);
  process.exitCode = 1;
}
