// Word and WPS put lists on the clipboard as paragraphs styled "mso-list: l0 level2 lfo1", each starting with its
// bullet or number in a span styled "mso-list: Ignore". This turns runs of such paragraphs into real <ul>/<ol> (nested
// by level) before the editor's schema reads the paste; everything else is left for the schema, which keeps structure
// (headings, lists, tables, bold, italic, links) and drops styles, classes, fonts and spans.

const ORDERED_MARKER = /^\(?([0-9]+|[a-z]|[ivxlcdm]+|[一二三四五六七八九十]+)[.)、）]/i;

function listInfo(paragraph) {
  const style = paragraph.getAttribute('style') ?? '';
  const match = /mso-list:\s*(l\d+)\s+level(\d+)/i.exec(style);
  if (match === null || /mso-list:\s*Ignore/i.test(style)) {
    return null;
  }

  const marker = paragraph.querySelector('[style*="mso-list"]');
  const markerText = (marker?.textContent ?? '').replace(/\u00a0/g, ' ').trim();
  marker?.remove();
  return { list: match[1], level: Number(match[2]), ordered: ORDERED_MARKER.test(markerText) };
}

/** The pasted HTML with Word's list paragraphs made into lists; anything else unchanged. */
export function wordListsToHtml(html) {
  if (!/mso-list/i.test(html)) {
    return html;
  }

  const doc = new DOMParser().parseFromString(html, 'text/html');
  const paragraphs = [...doc.body.querySelectorAll('p')];
  let stack = []; // open lists, outermost first: { level, list }
  let previous = null;
  for (const paragraph of paragraphs) {
    const info = listInfo(paragraph);
    if (info === null) {
      stack = [];
      previous = null;
      continue;
    }

    if (previous === null || previous.nextElementSibling !== paragraph) {
      stack = [];
    }

    while (stack.length > 0 && stack[stack.length - 1].level > info.level) {
      stack.pop();
    }

    const top = stack[stack.length - 1];
    if (top && top.level === info.level && (top.ordered !== info.ordered || (info.level === 1 && top.id !== info.list))) {
      stack.pop(); // another list follows at the same level: a bulleted list, then a numbered one
    }

    const item = doc.createElement('li');
    item.append(...paragraph.childNodes);
    if (stack.length === 0 || stack[stack.length - 1].level < info.level) {
      const list = doc.createElement(info.ordered ? 'ol' : 'ul');
      if (stack.length === 0) {
        paragraph.before(list);
      } else {
        const parent = stack[stack.length - 1].list;
        (parent.lastElementChild ?? parent).append(list);
      }

      stack.push({ id: info.list, level: info.level, ordered: info.ordered, list });
    }

    stack[stack.length - 1].list.append(item);
    const placeholder = doc.createComment('list item');
    paragraph.replaceWith(placeholder);
    previous = placeholder;
  }

  return doc.body.innerHTML;
}
