/**
 * Sources and citations: a source's file is a PDF judged by its bytes and served to the public
 * only while the source is published; a cited source cannot be deleted; `hasSource` follows the
 * citations whatever a client sends; the search index follows a source's details.
 */
import { searchRecord } from '@/lib/queries/search'
import { inspectPdf, pdfMessages } from '@/lib/security/pdfFiles'
import { MINIMAL_PDF as PDF } from '@/tests/fixtures/pdf'
import { make, pngBytes } from '@/tests/helpers/factories'
import { rest } from '@/tests/helpers/rest'
import { setupRecord } from '@/tests/helpers/setup'

const app = setupRecord({ staff: ['admin', 'editor'], signIn: ['editor'] })

/** POST /api/sources as the admin's upload form sends it: the file and the fields. */
async function postSource(
  file: { bytes: Buffer; name: string; type: string } | null,
  fields: Record<string, unknown>,
  as: string | null = app.editorToken,
): Promise<Response> {
  const form = new FormData()
  if (file)
    form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name)
  form.append('_payload', JSON.stringify(fields))
  const encoded = new Response(form)
  return rest('/sources', {
    method: 'POST',
    headers: { 'Content-Type': encoded.headers.get('Content-Type')! },
    body: await encoded.arrayBuffer(),
    token: as ?? undefined,
  })
}

describe('a source’s file', () => {
  it('is accepted as a PDF, stored as one whatever its name, and served only while published', async () => {
    const created = await postSource(
      { bytes: PDF, name: 'report.bin', type: 'application/octet-stream' },
      { title: 'A report in PDF', publisher: 'PICUM', _status: 'draft' },
    )
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as {
      doc: { id: number; filename: string; mimeType: string }
    }
    expect(doc.filename).toMatch(/\.pdf$/)
    expect(doc.mimeType).toBe('application/pdf')
    const file = `/sources/file/${encodeURIComponent(doc.filename)}`

    // A draft's file is staff's only.
    expect((await rest(file)).status).toBe(403)
    expect((await rest(file, { token: app.editorToken })).status).toBe(200)

    await app.payload.update({ collection: 'sources', id: doc.id, data: { _status: 'published' } })
    const served = await rest(file)
    expect(served.status).toBe(200)
    expect(served.headers.get('Content-Type')).toBe('application/pdf')
    expect(Buffer.from(await served.arrayBuffer()).equals(PDF)).toBe(true)

    // Unpublished again, it is gone from the public.
    await app.payload.update({ collection: 'sources', id: doc.id, data: { _status: 'draft' } })
    expect((await rest(file)).status).toBe(403)
    // A name that is no file is a 404 for staff, and no more than a 403 for the public.
    expect(
      (await rest('/sources/file/no-such-report.pdf', { token: app.editorToken })).status,
    ).toBe(404)
    expect((await rest('/sources/file/%20', { token: app.editorToken })).status).toBe(404)
    expect((await rest('/sources/file/no-such-report.pdf')).status).toBe(403)
  })

  it.each([
    [
      'an image named .pdf',
      async () => pngBytes(),
      'report.pdf',
      /^This file is not a PDF document,/,
    ],
    [
      'an HTML page',
      async () => Buffer.from('<!DOCTYPE html><html><script>alert(1)</script></html>'),
      'report.pdf',
      /not a PDF document \(its content is an HTML page\)/,
    ],
    [
      'a PDF cut short',
      async () => PDF.subarray(0, PDF.indexOf('xref')),
      'report.pdf',
      new RegExp(pdfMessages.truncated.slice(0, 40)),
    ],
  ])('refuses %s with a 400 that says why', async (_label, bytes, name, message) => {
    const before = await app.payload.count({ collection: 'sources' })
    const response = await postSource(
      { bytes: await bytes(), name, type: 'application/pdf' },
      { title: 'Not really a PDF', publisher: 'PICUM' },
    )
    expect(response.status).toBe(400)
    const { errors } = (await response.json()) as { errors: Array<{ message: string }> }
    expect(errors[0]!.message).toMatch(message)
    expect(await app.payload.count({ collection: 'sources' })).toEqual(before)
  })

  it('is optional: a source can be a title, a publisher and a link', async () => {
    const response = await postSource(null, {
      title: 'A report online',
      publisher: 'PICUM',
      link: 'https://example.org/report',
    })
    expect(response.status).toBe(201)
    const bad = await postSource(null, { title: 'x', publisher: 'y', link: 'javascript:alert(1)' })
    expect(bad.status).toBe(400)
  })

  it('cannot be uploaded by a visitor', async () => {
    const response = await postSource(
      { bytes: PDF, name: 'report.pdf', type: 'application/pdf' },
      { title: 'Anonymous', publisher: 'Nobody' },
      null,
    )
    expect(response.status).toBe(403)
    expect(
      await app.payload.count({ collection: 'sources', where: { title: { equals: 'Anonymous' } } }),
    ).toEqual({ totalDocs: 0 })
  })

  it('is judged the same through the Local API', () => {
    expect(inspectPdf(PDF)).toEqual({ ok: true })
    expect(inspectPdf(Buffer.from('%PDF-9.9 nonsense %%EOF'))).toMatchObject({
      ok: false,
      status: 400,
    })
  })
})

describe('citations', () => {
  it('keep a cited source from being deleted, naming where it is cited', async () => {
    const source = await make.source(app.payload)
    await make.win(app.payload, 'published', {
      title: 'A win that cites',
      citations: [{ source: source.id }],
    })
    const refused = await rest(`/sources/${source.id}`, {
      method: 'DELETE',
      token: app.editorToken,
    })
    expect(refused.status).toBe(409)
    expect(JSON.stringify(await refused.json())).toContain('1 win (“A win that cites”)')
  })

  it('set hasSource from the record, whatever a client sends, through partial updates too', async () => {
    const source = await make.source(app.payload)
    const win = await make.win(app.payload, 'published', { hasSource: true })
    expect(win.hasSource).toBe(false)
    const cited = await app.payload.update({
      collection: 'wins',
      id: win.id,
      data: { citations: [{ source: source.id, locator: 'p. 3' }] },
    })
    expect(cited.hasSource).toBe(true)
    const renamed = await app.payload.update({
      collection: 'wins',
      id: win.id,
      data: { title: 'Renamed' },
    })
    expect(renamed.hasSource).toBe(true)
    const uncited = await app.payload.update({
      collection: 'wins',
      id: win.id,
      data: { citations: [], hasSource: true },
    })
    expect(uncited.hasSource).toBe(false)
  })

  it('count a session as sourced only when it and every contribution cite a source', async () => {
    const source = await make.source(app.payload)
    const speaker = await make.speaker(app.payload)
    const cite = [{ source: source.id }]
    const session = await make.session(app.payload, 'published', {
      citations: cite,
      contributions: [{ speaker: speaker.id, citations: cite }, { speaker: speaker.id }],
    })
    expect(session.hasSource).toBe(false)
    const complete = await app.payload.update({
      collection: 'sessions',
      id: session.id,
      data: {
        contributions: (session.contributions ?? []).map((row) => ({ ...row, citations: cite })),
      },
    })
    expect(complete.hasSource).toBe(true)
    // Staff find the records without a source with a filter on the list.
    const { docs } = await app.payload.find({
      collection: 'sessions',
      where: { hasSource: { equals: false } },
      depth: 0,
    })
    expect(docs.map((doc) => doc.id)).not.toContain(session.id)
  })

  it('give search results their source line, which follows the source and its publication', async () => {
    const source = await make.source(app.payload, 'published', {
      title: 'Wombat report',
      year: 2023,
    })
    const win = await make.win(app.payload, 'published', {
      title: 'Quokka regularisation',
      citations: [{ source: source.id, locator: 'Section 1' }],
    })
    const lines = async () => {
      const results = await searchRecord({
        q: 'quokka',
        type: null,
        year: null,
        country: null,
        page: 1,
        truncated: false,
      })
      if (results.status !== 'done') throw new Error('no search')
      return results.hits.find((hit) => hit.id === win.id)?.sources
    }
    expect(await lines()).toEqual(['Source: Wombat report, PICUM, 2023 — Section 1'])
    await app.payload.update({
      collection: 'sources',
      id: source.id,
      data: { title: 'Numbat report' },
    })
    expect(await lines()).toEqual(['Source: Numbat report, PICUM, 2023 — Section 1'])
    await app.payload.update({ collection: 'sources', id: source.id, data: { _status: 'draft' } })
    expect(await lines()).toEqual([])
  })
})
