import { expect, test } from '@playwright/test'

import { pageTypes } from './helpers'

/** Full-page screenshots of every public page type, for a person to look at (gitignored). */
for (const width of [390, 1280]) {
  test.describe(`screenshots at ${width} px`, () => {
    test.use({ viewport: { width, height: 900 } })
    for (const [name, path] of pageTypes) {
      test(name, async ({ page }) => {
        await page.goto(path)
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
        // Nothing may overflow sideways on a phone.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        )
        expect(overflow).toBeLessThanOrEqual(0)
        await page.screenshot({
          path: `tests/e2e/screenshots/${width}/${name}.png`,
          fullPage: true,
        })
      })
    }
  })
}
