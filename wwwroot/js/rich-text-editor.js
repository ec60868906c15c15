// The staff CMS's rich-text editor (loaded as a module by RichTextEditor.razor, never by a public page).
//
// Tiptap's schema is cut down to what the server's allow-list sanitiser (Portal.Content/Blocks/RichTextSanitizer.cs)
// keeps, so the editor cannot produce markup that saving would strip: paragraphs, h3/h4, bold, italic, underline,
// strike, bulleted and numbered lists, quotations, links (site-relative, http, https, mailto, tel) and simple tables,
// with no attribute beyond href, colspan and rowspan. Pasted HTML (Word, WPS, web pages) goes through the same schema,
// so its structure stays and its styles, classes and fonts go; Word's list paragraphs become real lists first.
//
// The editor owns its DOM. It hands its HTML to the textarea beside it (which Blazor binds with @onchange) on blur and
// after a pause in typing, never during an input method's composition; Blazor pushes a value back only when it changed
// from outside (a reload after saving). If this script does not load, the textarea stays visible and carries the value.

import { Editor, StarterKit, Heading, Link, OrderedList, Table, TableRow, TableHeader, TableCell } from '../lib/tiptap/tiptap.js';
import { wordListsToHtml } from './rich-text-paste.js';

const SYNC_DELAY_MS = 700;

/** Relative links and the schemes the sanitiser allows. */
export function allowedHref(href) {
  const value = (href ?? '').trim();
  if (value === '' || /[\u0000-\u001f\u007f\s]/.test(value)) {
    return false;
  }

  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value);
  return scheme === null ? !value.startsWith('//') : ['http', 'https', 'mailto', 'tel'].includes(scheme[1].toLowerCase());
}

const PortalHeading = Heading.extend({
  // The page title is h1 and block headings take h2: pasted headings of any level become h3 or h4.
  parseHTML() {
    return [1, 2, 3, 4, 5, 6].map((level) => ({ tag: `h${level}`, attrs: { level: level <= 3 ? 3 : 4 } }));
  },
}).configure({ levels: [3, 4] });

const PortalLink = Link.extend({
  addAttributes() {
    return { href: { default: null, parseHTML: (element) => element.getAttribute('href') } };
  },
}).configure({
  openOnClick: false,
  autolink: true,
  linkOnPaste: true,
  HTMLAttributes: { target: null, rel: null, class: null },
  isAllowedUri: (url) => allowedHref(url),
});

const PortalOrderedList = OrderedList.extend({
  addAttributes() {
    return {};
  },
  renderHTML() {
    return ['ol', 0];
  },
});

const PortalTable = Table.extend({
  renderHTML() {
    return ['table', ['tbody', 0]];
  },
  addKeyboardShortcuts() {
    // Tab moves between cells but leaves the table (and the editor) after the last one: no keyboard trap.
    return {
      Tab: () => this.editor.commands.goToNextCell(),
      'Shift-Tab': () => this.editor.commands.goToPreviousCell(),
    };
  },
}).configure({ resizable: false });

const cellAttributes = {
  colspan: { default: 1, parseHTML: (e) => Number(e.getAttribute('colspan') || 1), renderHTML: (a) => (a.colspan > 1 ? { colspan: a.colspan } : {}) },
  rowspan: { default: 1, parseHTML: (e) => Number(e.getAttribute('rowspan') || 1), renderHTML: (a) => (a.rowspan > 1 ? { rowspan: a.rowspan } : {}) },
  colwidth: { default: null, parseHTML: () => null, renderHTML: () => ({}) },
};
const PortalTableCell = TableCell.extend({ addAttributes: () => cellAttributes });
const PortalTableHeader = TableHeader.extend({ addAttributes: () => cellAttributes });

/** The extensions, in one place so that the schema is what the tests check. */
function extensions() {
  return [
    StarterKit.configure({
      heading: false,
      link: false,
      orderedList: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      dropcursor: false,
    }),
    PortalHeading,
    PortalLink,
    PortalOrderedList,
    PortalTable,
    TableRow,
    PortalTableHeader,
    PortalTableCell,
  ];
}

const BUTTONS = [
  { key: 'paragraph', run: (c) => c.setParagraph(), active: (e) => e.isActive('paragraph') },
  { key: 'heading3', run: (c) => c.toggleHeading({ level: 3 }), active: (e) => e.isActive('heading', { level: 3 }), keys: 'Control+Alt+3' },
  { key: 'heading4', run: (c) => c.toggleHeading({ level: 4 }), active: (e) => e.isActive('heading', { level: 4 }), keys: 'Control+Alt+4' },
  { key: 'bold', run: (c) => c.toggleBold(), active: (e) => e.isActive('bold'), keys: 'Control+B' },
  { key: 'italic', run: (c) => c.toggleItalic(), active: (e) => e.isActive('italic'), keys: 'Control+I' },
  { key: 'bulletList', run: (c) => c.toggleBulletList(), active: (e) => e.isActive('bulletList'), keys: 'Control+Shift+8' },
  { key: 'orderedList', run: (c) => c.toggleOrderedList(), active: (e) => e.isActive('orderedList'), keys: 'Control+Shift+7' },
  { key: 'blockquote', run: (c) => c.toggleBlockquote(), active: (e) => e.isActive('blockquote'), keys: 'Control+Shift+B' },
  { key: 'link', panel: true, active: (e) => e.isActive('link'), keys: 'Control+K' },
  { key: 'table', run: (c) => c.insertTable({ rows: 3, cols: 3, withHeaderRow: true }), enabled: (e) => !e.isActive('table') },
  { key: 'addRow', run: (c) => c.addRowAfter(), enabled: (e) => e.isActive('table') },
  { key: 'addColumn', run: (c) => c.addColumnAfter(), enabled: (e) => e.isActive('table') },
  { key: 'deleteRow', run: (c) => c.deleteRow(), enabled: (e) => e.isActive('table') },
  { key: 'deleteColumn', run: (c) => c.deleteColumn(), enabled: (e) => e.isActive('table') },
  { key: 'deleteTable', run: (c) => c.deleteTable(), enabled: (e) => e.isActive('table') },
  { key: 'undo', run: (c) => c.undo(), enabled: (e) => e.can().undo(), keys: 'Control+Z' },
  { key: 'redo', run: (c) => c.redo(), enabled: (e) => e.can().redo(), keys: 'Control+Shift+Z' },
];

function element(tag, properties = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(properties)) {
    if (name === 'text') {
      node.textContent = value;
    } else if (value !== null && value !== undefined) {
      node.setAttribute(name, value);
    }
  }

  node.append(...children);
  return node;
}

/**
 * Turns the host element into an editor for the textarea's HTML. options: { labels, labelId, helpId, links: [{ group,
 * title, href }] }. Returns a handle with setContent(html) and destroy().
 */
export function create(host, textarea, options) {
  const labels = options.labels;
  const ids = `${textarea.id}-rte`;
  let last = textarea.value;
  let timer = 0;

  const toolbar = element('div', { role: 'toolbar', 'aria-label': labels.toolbar, 'aria-controls': `${ids}-content`, class: 'rte-toolbar' });
  const buttons = BUTTONS.map((spec) => {
    const button = element('button', {
      type: 'button',
      class: `rte-button rte-${spec.key}`,
      text: labels[spec.key],
      title: spec.keys ? `${labels[spec.key]} (${spec.keys.replace('Control', 'Ctrl')})` : null,
      'aria-keyshortcuts': spec.keys ?? null,
      'aria-haspopup': spec.panel ? 'dialog' : null,
      'data-command': spec.key,
      tabindex: '-1',
    });
    button.addEventListener('mousedown', (event) => event.preventDefault()); // keep the editor's selection
    button.addEventListener('click', () => {
      if (button.getAttribute('aria-disabled') === 'true') {
        return;
      }

      if (spec.panel) {
        openLinkPanel();
      } else {
        focusText();
        spec.run(editor.chain()).run();
      }
    });
    toolbar.append(button);
    return { spec, button };
  });
  buttons[0].button.tabIndex = 0;

  // Roving focus: one tab stop for the toolbar, arrow keys within it (the WAI-ARIA toolbar pattern).
  toolbar.addEventListener('keydown', (event) => {
    const index = buttons.findIndex((b) => b.button === document.activeElement);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (next !== undefined && index >= 0) {
      event.preventDefault();
      focusButton((next + buttons.length) % buttons.length);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      focusText();
    }
  });

  /** Back to the text at once (Tiptap's focus command waits a frame, and a key typed meanwhile would be lost). */
  function focusText() {
    editor.view.focus();
  }

  function focusButton(index) {
    buttons.forEach((b, i) => { b.button.tabIndex = i === index ? 0 : -1; });
    buttons[index].button.focus();
  }

  const panel = buildLinkPanel();
  const content = element('div', { class: 'rte-editor' });
  host.append(toolbar, panel.root, content);

  const editor = new Editor({
    element: content,
    extensions: extensions(),
    content: textarea.value,
    editorProps: {
      attributes: {
        id: `${ids}-content`,
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': options.labelId,
        'aria-describedby': options.helpId,
        class: 'rte-content',
        lang: document.documentElement.lang || 'zh-CN',
      },
      transformPastedHTML: wordListsToHtml,
      handleKeyDown: (_view, event) => {
        if (event.altKey && event.key === 'F10') {
          event.preventDefault();
          focusButton(Math.max(0, buttons.findIndex((b) => b.button.tabIndex === 0)));
          return true;
        }

        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
          event.preventDefault();
          openLinkPanel();
          return true;
        }

        return false;
      },
    },
    onUpdate: () => schedule(),
    onBlur: () => sync(),
    onTransaction: () => refreshButtons(),
  });
  content.querySelector('.ProseMirror')?.addEventListener('compositionend', () => schedule());
  host.closest('.rte')?.classList.add('rte-ready');
  refreshButtons();

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(sync, SYNC_DELAY_MS);
  }

  /** Hands the HTML to the textarea, and so to Blazor; never in the middle of a composition. */
  function sync() {
    clearTimeout(timer);
    if (editor.isDestroyed || editor.view.composing) {
      return;
    }

    const html = output();
    if (html !== last) {
      last = html;
      textarea.value = html;
      textarea.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }

  /** The document's HTML without the empty paragraph the editor keeps at the end for the caret (after a table). */
  function output() {
    return editor.isEmpty ? '' : editor.getHTML().replace(/(<p><\/p>)+$/, '');
  }

  function refreshButtons() {
    for (const { spec, button } of buttons) {
      if (spec.active) {
        const pressed = spec.key !== 'link' && spec.key !== 'paragraph' ? String(spec.active(editor)) : null;
        if (pressed !== null) {
          button.setAttribute('aria-pressed', pressed);
        }
      }

      const enabled = spec.enabled ? spec.enabled(editor) : true;
      if (enabled) {
        button.removeAttribute('aria-disabled');
      } else {
        button.setAttribute('aria-disabled', 'true');
      }
    }
  }

  function buildLinkPanel() {
    const root = element('div', { role: 'group', 'aria-labelledby': `${ids}-link-title`, class: 'rte-link-panel', hidden: '' });
    const title = element('div', { id: `${ids}-link-title`, class: 'rte-link-title', text: labels.linkPanel });
    const search = element('input', { id: `${ids}-link-search`, type: 'search', autocomplete: 'off', 'aria-describedby': `${ids}-link-found` });
    const found = element('div', { id: `${ids}-link-found`, class: 'rte-link-found', role: 'status' });
    const select = element('select', { id: `${ids}-link-site` });
    fill(options.links ?? []);

    // The select offers the newest items; a word of a title finds any other (on the server, after a pause in typing).
    function fill(links) {
      select.replaceChildren(element('option', { value: '', text: labels.linkChoose }));
      const groups = new Map();
      for (const link of links) {
        if (!groups.has(link.group)) {
          groups.set(link.group, element('optgroup', { label: link.group }));
          select.append(groups.get(link.group));
        }

        groups.get(link.group).append(element('option', { value: link.href, text: link.title }));
      }

      found.textContent = links.length === 0 ? labels.linkNoMatch : '';
    }

    let searching = 0;
    let pause;
    search.addEventListener('input', () => {
      clearTimeout(pause);
      pause = setTimeout(async () => {
        const asked = ++searching;
        try {
          const links = await options.search.invokeMethodAsync('SearchLinks', search.value.trim());
          if (asked === searching) {
            fill(links);
          }
        } catch {
          // The circuit is busy or gone: the list stays as it was, and a path can still be typed.
        }
      }, 300);
    });

    const input = element('input', { id: `${ids}-link-href`, type: 'text', inputmode: 'url', autocomplete: 'off', 'aria-describedby': `${ids}-link-error` });
    const error = element('div', { id: `${ids}-link-error`, class: 'rte-link-error', role: 'alert' });
    const apply = element('button', { type: 'button', class: 'rte-button', text: labels.linkApply });
    const remove = element('button', { type: 'button', class: 'rte-button', text: labels.linkRemove });
    const cancel = element('button', { type: 'button', class: 'rte-button', text: labels.linkCancel });
    root.append(
      title,
      element('label', { for: search.id, text: labels.linkSearch }), search, found,
      element('label', { for: select.id, text: labels.linkSite }), select,
      element('label', { for: input.id, text: labels.linkHref }), input,
      error,
      element('div', { class: 'rte-link-actions' }, [apply, remove, cancel]));

    select.addEventListener('change', () => { input.value = select.value; });
    apply.addEventListener('click', () => applyLink());
    remove.addEventListener('click', () => { focusText(); editor.chain().extendMarkRange('link').unsetLink().run(); close(); });
    cancel.addEventListener('click', () => close());
    root.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close();
      } else if (event.key === 'Enter' && event.target === search) {
        event.preventDefault();
        select.focus();
      } else if (event.key === 'Enter' && event.target === input) {
        event.preventDefault();
        applyLink();
      }
    });

    function applyLink() {
      const href = input.value.trim();
      if (href === '') {
        focusText();
        editor.chain().extendMarkRange('link').unsetLink().run();
        close();
        return;
      }

      if (!allowedHref(href)) {
        error.textContent = labels.linkInvalid;
        input.setAttribute('aria-invalid', 'true');
        input.focus();
        return;
      }

      const chosen = select.selectedOptions[0];
      if (editor.state.selection.empty && !editor.isActive('link')) {
        const text = chosen && chosen.value === href ? chosen.textContent : href;
        focusText();
        editor.chain().insertContent({ type: 'text', text, marks: [{ type: 'link', attrs: { href } }] }).run();
      } else {
        focusText();
        editor.chain().extendMarkRange('link').setLink({ href }).run();
      }

      close();
    }

    function close() {
      root.hidden = true;
      error.textContent = '';
      input.removeAttribute('aria-invalid');
      focusText();
    }

    return {
      root,
      open() {
        input.value = editor.getAttributes('link').href ?? '';
        select.value = [...select.options].some((o) => o.value === input.value) ? input.value : '';
        root.hidden = false;
        select.focus();
      },
    };
  }

  function openLinkPanel() {
    panel.open();
  }

  return {
    setContent(html) {
      last = html ?? '';
      editor.commands.setContent(last, { emitUpdate: false });
    },
    /** The HTML as it would be handed over now (for tests and for saving right away). */
    html() {
      return output();
    },
    flush() {
      sync();
    },
    destroy() {
      clearTimeout(timer);
      editor.destroy();
    },
  };
}
