// Quick exit (Components/Public/PublicSite/QuickExit.razor; docs/reporting.md#quick-exit).
//
// Without this script the link is a plain link to the neutral site. With it:
// - Esc pressed three times within five seconds leaves too (GOV.UK's window for its Shift presses); not while an
//   input method is composing, where Esc cancels a pinyin candidate and must not throw a reporter out;
// - on leaving, the page is blanked at once and location.replace puts the neutral site in this page's history entry,
//   so Back does not come back here;
// - on the tip pages (data-quick-exit-replace), the entry loses any posted form data (history.replaceState), so Back
//   or reload never posts a receipt number and passphrase again, and a link followed from the page replaces it, so
//   tip pages do not pile up in the tab's history. A form submission still adds an entry: that no script can undo.
(() => {
  'use strict';

  const PRESSES = 3;
  const WINDOW_MS = 5000;

  const link = document.querySelector('a[data-quick-exit-link]');
  if (!link) {
    return;
  }

  const hint = document.querySelector('[data-quick-exit-escape]');
  if (hint) {
    hint.hidden = false;
  }

  let leaving = false;
  const leave = (url) => {
    if (leaving) {
      return;
    }
    leaving = true;
    document.documentElement.classList.add('quick-exit-leaving');
    document.title = '';
    window.location.replace(url);
  };

  const plainClick = (event) =>
    event.button === 0 && !event.ctrlKey && !event.metaKey && !event.shiftKey && !event.altKey && !event.defaultPrevented;

  link.addEventListener('click', (event) => {
    if (plainClick(event)) {
      event.preventDefault();
      leave(link.href);
    }
  });

  let presses = [];
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.repeat || event.isComposing) {
      return;
    }
    const now = Date.now();
    presses = presses.filter((at) => now - at < WINDOW_MS);
    presses.push(now);
    if (presses.length >= PRESSES) {
      leave(link.href);
    }
  });

  if (!link.hasAttribute('data-quick-exit-replace')) {
    return;
  }

  window.history.replaceState(window.history.state, '', window.location.href);

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (!target || target === link || !plainClick(event) || target.hasAttribute('download') || (target.target && target.target !== '_self')) {
      return;
    }
    const url = new URL(target.href, document.baseURI);
    if (url.origin !== window.location.origin || (url.hash && url.pathname === window.location.pathname && url.search === window.location.search)) {
      return;
    }
    event.preventDefault();
    window.location.replace(url.href);
  });
})();
