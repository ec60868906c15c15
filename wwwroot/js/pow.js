// Proof of work for public forms (ALTCHA v1, see docs: anti-bot guide).
//
// A form opts in with <form data-altcha-challenge='{"algorithm":"SHA-256","challenge":...}'>.
// This script finds the secret number n in 0..maxnumber for which hex(SHA-256(salt + n)) equals the
// challenge, and puts base64(JSON{algorithm, challenge, number, salt, signature}) into the form's hidden
// input named "altcha" (created if the form has none). The form carries data-altcha-state: "working",
// then "done" (or "failed" / "unavailable"); a submit while working waits for the work, then submits.
//
// Loaded as a file because the CSP is script-src 'self'. Without JavaScript (or without crypto.subtle,
// which needs HTTPS) nothing happens and the server accepts the tip unverified, under a stricter rate limit.
(() => {
  'use strict';

  const FIELD = 'altcha';
  const ATTRIBUTE = 'data-altcha-challenge';
  const STATE = 'data-altcha-state';
  // Digests computed per await: far fewer round trips than one at a time, and the page stays responsive.
  const BATCH = 128;

  // form -> { json, promise, payload }: the work for the challenge the form carries now.
  const work = new WeakMap();
  // Forms whose submission is held until the work is done.
  const waiting = new WeakSet();

  const isChallenge = (c) =>
    c !== null && typeof c === 'object' &&
    c.algorithm === 'SHA-256' &&
    typeof c.challenge === 'string' && /^[0-9a-f]{64}$/.test(c.challenge) &&
    Number.isInteger(c.maxnumber) && c.maxnumber >= 0 &&
    typeof c.salt === 'string' && typeof c.signature === 'string';

  const hexToBytes = (hex) => {
    const bytes = new Uint8Array(hex.length / 2);
    for (let i = 0; i < bytes.length; i++) {
      bytes[i] = parseInt(hex.substr(i * 2, 2), 16);
    }
    return bytes;
  };

  const sameBytes = (buffer, expected) => {
    const actual = new Uint8Array(buffer);
    if (actual.length !== expected.length) {
      return false;
    }
    for (let i = 0; i < actual.length; i++) {
      if (actual[i] !== expected[i]) {
        return false;
      }
    }
    return true;
  };

  // The number that solves the challenge, or null when there is none up to maxnumber.
  const solve = async (challenge) => {
    const encoder = new TextEncoder();
    const target = hexToBytes(challenge.challenge);
    for (let first = 0; first <= challenge.maxnumber; first += BATCH) {
      const last = Math.min(first + BATCH - 1, challenge.maxnumber);
      const digests = [];
      for (let n = first; n <= last; n++) {
        digests.push(crypto.subtle.digest('SHA-256', encoder.encode(challenge.salt + n)));
      }
      const results = await Promise.all(digests);
      for (let i = 0; i < results.length; i++) {
        if (sameBytes(results[i], target)) {
          return first + i;
        }
      }
    }
    return null;
  };

  const fieldOf = (form) => {
    let field = form.querySelector('input[name="' + FIELD + '"]');
    if (!field) {
      field = document.createElement('input');
      field.type = 'hidden';
      field.name = FIELD;
      form.appendChild(field);
    }
    return field;
  };

  const solveInto = async (form, entry) => {
    let challenge = null;
    try {
      challenge = JSON.parse(entry.json);
    } catch (e) {
      challenge = null;
    }
    if (!isChallenge(challenge) || !window.crypto || !crypto.subtle || typeof TextEncoder !== 'function') {
      form.setAttribute(STATE, 'unavailable');
      return;
    }

    fieldOf(form).value = '';
    form.setAttribute(STATE, 'working');
    let number = null;
    try {
      number = await solve(challenge);
    } catch (e) {
      number = null;
    }
    if (work.get(form) !== entry) {
      return; // a newer challenge replaced this one while it was being solved
    }
    if (number === null) {
      form.setAttribute(STATE, 'failed');
      return;
    }
    entry.payload = btoa(JSON.stringify({
      algorithm: challenge.algorithm,
      challenge: challenge.challenge,
      number: number,
      salt: challenge.salt,
      signature: challenge.signature,
    }));
    fieldOf(form).value = entry.payload;
    form.setAttribute(STATE, 'done');
  };

  // Waits for the form's current work, including work for a challenge that arrives meanwhile.
  const settled = async (form) => {
    let entry;
    do {
      entry = work.get(form);
      await entry.promise;
    } while (work.get(form) !== entry);
  };

  const onSubmit = (event) => {
    const form = event.currentTarget;
    const entry = work.get(form);
    if (form.getAttribute(STATE) !== 'working') {
      if (entry && entry.payload) {
        fieldOf(form).value = entry.payload; // the page may have re-rendered the hidden input
      }
      return;
    }

    event.preventDefault();
    if (waiting.has(form)) {
      return; // a second click while waiting: one submission is enough
    }
    waiting.add(form);
    const submitter = event.submitter && event.submitter.form === form ? event.submitter : null;
    settled(form).then(() => {
      waiting.delete(form);
      if (typeof form.requestSubmit === 'function') {
        // Goes through this handler again (now "done") and keeps the clicked button's name and value.
        if (submitter) {
          form.requestSubmit(submitter);
        } else {
          form.requestSubmit();
        }
      } else {
        HTMLFormElement.prototype.submit.call(form);
      }
    });
  };

  const start = (form) => {
    const json = form.getAttribute(ATTRIBUTE);
    const current = work.get(form);
    if (current && current.json === json) {
      return;
    }
    if (!current) {
      form.addEventListener('submit', onSubmit);
    }
    const entry = { json: json, promise: null, payload: null };
    work.set(form, entry);
    entry.promise = solveInto(form, entry);
  };

  const scan = (root) => {
    if (root.matches && root.matches('form[' + ATTRIBUTE + ']')) {
      start(root);
    }
    if (root.querySelectorAll) {
      root.querySelectorAll('form[' + ATTRIBUTE + ']').forEach(start);
    }
  };

  const init = () => {
    scan(document);
    // Blazor's enhanced navigation replaces page content without running scripts again: forms and
    // challenges that arrive later are picked up here.
    new MutationObserver((records) => {
      records.forEach((record) => {
        if (record.type === 'attributes') {
          scan(record.target);
        } else {
          record.addedNodes.forEach((node) => {
            if (node.nodeType === Node.ELEMENT_NODE) {
              scan(node);
            }
          });
        }
      });
    }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: [ATTRIBUTE] });
  };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
