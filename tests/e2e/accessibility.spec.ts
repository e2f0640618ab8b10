import { expect, test } from '@playwright/test'

import { pageTypes, seriousViolations } from './helpers'

test.describe('accessibility (axe-core, WCAG 2.2 A/AA)', () => {
  for (const [name, path] of pageTypes) {
    test(`the ${name} page has no serious or critical violations`, async ({ page }) => {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1)
      expect(await page.locator('html').getAttribute('lang')).toBe('en')
      expect(await seriousViolations(page)).toEqual([])
    })
  }
})
