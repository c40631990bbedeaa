// What a calculator's "Print plan" sends to the printer, as a PDF.
//
// The widget prints its plan alone from a hidden same-origin frame
// (web/widget/plan.js, printPlanAlone). Headless Chromium cannot print a frame
// to a file, so the frame's print() is caught when it is called: the frame's
// document as it stands then — its DOM with the shadow roots, its constructed
// stylesheets as text — is laid out again in a page of its own, and that page
// is printed with page.pdf() under the print media and its @page size. The
// host page's own window.print() is counted, never run.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

// Installs the catch in `page` (again after each navigation).
export async function catchPrints(page) {
  await page.evaluate(() => {
    window.__pagePrints = 0;
    window.__framePrints = [];
    window.print = () => { window.__pagePrints += 1; };
    const css = (sheets) => sheets.flatMap((sheet) => [...sheet.cssRules]).map((rule) => rule.cssText).join('\n');
    const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
    function serialize(frame, doc) {
      // (the frame itself is left as it is: it lives under the host page's CSP)
      const roots = [...doc.querySelectorAll('*')].map((node) => node.shadowRoot).filter(Boolean);
      let index = 0;
      const body = doc.body.getHTML({ shadowRoots: roots }).replace(/<template shadowrootmode="open"[^>]*>/g,
        (tag) => `${tag}<style>${css(roots[index++].adoptedStyleSheets)}</style>`);
      const lang = doc.documentElement.lang;
      return {
        lang,
        title: doc.title,
        // the frame as the page shows it: it must take no room
        frameBox: (({ width, height }) => ({ width, height }))(frame.getBoundingClientRect()),
        html: `<!doctype html><html lang="${escape(lang)}"><head><meta charset="utf-8"><title>${escape(doc.title)}</title>`
          + `<style>${css(doc.adoptedStyleSheets)}</style></head><body>${body}</body></html>`,
      };
    }
    const contentWindow = Object.getOwnPropertyDescriptor(HTMLIFrameElement.prototype, 'contentWindow').get;
    Object.defineProperty(HTMLIFrameElement.prototype, 'contentWindow', {
      configurable: true,
      get() {
        const win = contentWindow.call(this);
        if (win && !win.print.caught) {
          const frame = this;
          const caught = () => window.__framePrints.push(serialize(frame, win.document));
          caught.caught = true;
          win.print = caught;
        }
        return win;
      },
    });
  });
}

// Presses the print button `button` (a locator) and returns what the frame
// printed: {lang, title, frameBox, html}, and how often the page printed itself.
export async function pressPrint(page, button) {
  const before = await page.evaluate(() => window.__framePrints.length);
  await button.click();
  await page.waitForFunction((n) => window.__framePrints.length > n, before);
  return page.evaluate(() => ({ ...window.__framePrints.at(-1), pagePrints: window.__pagePrints }));
}

// The printed document as a PDF in `file`: {pages, text (pdftotext), layout (pdftotext -layout)}.
export async function printToPdf(context, printed, file) {
  const paper = await context.newPage();
  await paper.setContent(printed.html, { waitUntil: 'load' });
  writeFileSync(file, await paper.pdf({ preferCSSPageSize: true }));
  await paper.close();
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)[1]),
    info,
    text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }),
    layout: execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }),
  };
}
