// Custom browser commands of the browser projects (registered in vite.config.ts); they run in
// the Vitest server process, next to Playwright and the file system.
declare module 'vitest/browser' {
  interface BrowserCommands {
    /** e2e: Playwright's `page.mouse.wheel(deltaX, deltaY)` at the current mouse position. */
    mouseWheel: (deltaX: number, deltaY: number) => Promise<void>;
    /** bench-browser: appends `name=value unit` to the figures file (bench/record.ts). */
    recordFigure: (name: string, value: number, unit: string) => Promise<void>;
  }
}

export {};
