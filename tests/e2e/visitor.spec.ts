import { expect, test } from '@playwright/test'

test.describe('a visitor', () => {
  test('follows the record from the home page to a win', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Resisting an increasingly hostile environment',
    )
    await page.getByRole('link', { name: 'The 2025 assembly in full' }).click()
    await expect(page).toHaveURL(/\/assemblies\/2025$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('PICUM General Assembly 2025')

    await page
      .getByRole('link', { name: 'Finding hope: wins and inspirations from the network' })
      .first()
      .click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Finding hope: wins and inspirations from the network',
    )
    const contribution = page.locator('.contribution', { hasText: 'Lucía Maquieira' })
    await expect(contribution).toContainText('Director')
    await expect(contribution).toContainText('Red Acoge')
    // Where it comes from, under what she said.
    await expect(contribution.locator('.source-line')).toHaveText(
      /^Source: Resisting an increasingly hostile environment: PICUM General Assembly 2025, PICUM — Finding hope/,
    )

    await contribution.getByRole('link', { name: 'Lucía Maquieira' }).first().click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lucía Maquieira')
    // Her role as the report recorded it, in 2025: not presented as today's.
    await expect(page.locator('.profile__role')).toHaveText(
      'Director, Red Acoge (as recorded in 2025)',
    )
    await expect(page.locator('main')).toContainText(
      'Finding hope: wins and inspirations from the network',
    )

    await page.locator('main').getByRole('link', { name: 'Red Acoge' }).first().click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Red Acoge')
    await expect(page.locator('main')).toContainText('Lucía Maquieira')
    await expect(page.getByRole('heading', { name: 'Wins presented by its people' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Wins credited to it' })).toHaveCount(0)

    await page
      .getByRole('link', { name: /Valencia floods/ })
      .first()
      .click()
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Valencia floods')
    await expect(page.locator('main')).toContainText('25,000')
    await expect(page.locator('main')).toContainText('Spain')
    await expect(page.locator('main')).toContainText('Presented by')
    await expect(page.locator('main .source-line')).toContainText(
      'Source: Resisting an increasingly hostile environment',
    )
  })

  test('lists the wins', async ({ page }) => {
    await page.goto('/wins')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    for (const title of [
      /Valencia floods/,
      /Surinamese/,
      /sex workers/,
      /arraigo/,
      /dependent partners/,
    ]) {
      await expect(page.getByRole('link', { name: title }).first()).toBeVisible()
    }
    // The report presents five wins; what speakers mentioned elsewhere is not one of them.
    await expect(page.locator('main').getByRole('link', { name: /pushbacks/ })).toHaveCount(0)
  })

  test('narrows the wins with the filters, and the URL can be shared', async ({ page }) => {
    await page.goto('/wins')
    await page.locator('#filter-country-ES').check()
    await page.getByRole('button', { name: 'Show wins' }).click()
    await expect(page).toHaveURL(/country=ES/)
    const list = page.locator('main')
    await expect(list.getByRole('link', { name: /Valencia floods/ }).first()).toBeVisible()
    await expect(list.getByRole('link', { name: /arraigo/ }).first()).toBeVisible()
    await expect(list.getByRole('link', { name: /Surinamese/ })).toHaveCount(0)

    // Combined with a kind, on a fresh load of the shared address.
    const shared = new URL(page.url())
    shared.searchParams.append('kind', 'regularisation')
    await page.goto(shared.pathname + shared.search)
    await expect(page.locator('#filter-country-ES')).toBeChecked()
    await expect(page.locator('#filter-kind-regularisation')).toBeChecked()
    await expect(list.getByRole('link', { name: /Valencia floods/ }).first()).toBeVisible()
    await expect(list.getByRole('link', { name: /sex workers/ })).toHaveCount(0)
  })

  test('searches the record from the header, accents optional', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('searchbox', { name: 'Search the record' }).fill('Lucia Maquieira')
    await page.getByRole('button', { name: 'Search', exact: true }).click()
    await expect(page).toHaveURL(/\/search\?q=Lucia\+Maquieira/)
    await expect(
      page.locator('main').getByRole('link', { name: 'Lucía Maquieira' }).first(),
    ).toBeVisible()

    await page.goto('/search?q=Surinam')
    await expect(
      page
        .locator('main')
        .getByRole('link', { name: /Surinamese/ })
        .first(),
    ).toBeVisible()
    await page.goto('/search?q=zzqxjnothing')
    await expect(page.locator('main')).toContainText(/nothing|no results/i)
  })

  test('gets a real 404 page for addresses that do not exist', async ({ page }) => {
    for (const path of [
      '/assemblies/abc',
      '/assemblies/99999',
      '/speakers/nobody-here',
      '/no/such/page',
      '/speakers/%E0%A4%A',
    ]) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
    }
  })

  test('gets the whole 404 page without JavaScript, with the site around it', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    for (const path of [
      '/assemblies/abc',
      '/speakers/nobody-here',
      '/wins/no-such-win',
      '/no/such/page',
      '/speakers/%E0%A4%A',
    ]) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText('Page not found')
      await expect(page.getByRole('navigation', { name: 'Main' }), path).toBeVisible()
      await expect(page.locator('meta[name="robots"]').first(), path).toHaveAttribute(
        'content',
        /noindex/,
      )
    }
    await context.close()
  })

  test('moves through the main navigation with the keyboard alone', async ({ page }) => {
    await page.goto('/')
    await page.keyboard.press('Tab')
    const skip = page.getByRole('link', { name: /skip to/i })
    await expect(skip).toBeFocused()
    await expect(skip).toBeVisible()

    // Tab on until the Speakers link in the main navigation has focus, then follow it.
    const speakers = page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Speakers' })
    for (
      let i = 0;
      i < 10 && !(await speakers.evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab')
    }
    await expect(speakers).toBeFocused()
    const outline = await speakers.evaluate((el) => getComputedStyle(el).outlineStyle)
    expect(outline).not.toBe('none')
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL(/\/speakers$/)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.locator('main')).toContainText('Fatima Diallo')
  })
})
